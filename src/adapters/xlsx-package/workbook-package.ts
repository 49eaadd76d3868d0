/**
 * Workbook files edited as packages (SPEC §4.1), the same code on the command line, in the web
 * page and in its worker: no Node-only API here. Open the bytes, read the grids a compute
 * needs, apply a plan; every part the plan does not own is copied as it was stored.
 */
export { openPackage, workbookContentTypes, type WorkbookKind, type WorkbookPackage } from './read/open-package';
export { readGrids } from './read/read-grids';
export { applyPlan } from './write/apply-plan';
export { emptyWorkbookBytes, joined } from './write/new-workbook';
export { PackageError, isPackageError, type PackageProblem } from './package-error';
export type { DeflateCodec } from './zip/codec';
