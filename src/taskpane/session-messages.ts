import type { PackageProblem } from '../adapters/xlsx-package/package-error';
import type { WorkbookGrids } from '../workbook/grid';
import type { WritePlan } from '../workbook/sheet-spec';

/** What the page asks of the workbook worker; each request carries an id its answer repeats. */
export type SessionRequest =
  | { readonly id: number; readonly kind: 'open'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly kind: 'startEmpty' }
  | { readonly id: number; readonly kind: 'grids' }
  | { readonly id: number; readonly kind: 'write'; readonly plan: WritePlan }
  | { readonly id: number; readonly kind: 'bytes' };

export type SessionAnswer =
  | { readonly id: number; readonly ok: true; readonly value: string | WorkbookGrids | Uint8Array | undefined }
  | { readonly id: number; readonly ok: false; readonly problem?: PackageProblem; readonly detail?: string; readonly message: string };
