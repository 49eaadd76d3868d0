import type { WorkbookGrids } from './grid';
import { sameSheetName } from './layout/sheet-names';
import type { WritePlan } from './sheet-spec';

/**
 * For tests: the grids a reader would find after `plan` is written into the workbook `grids`
 * describes (the sheets removed, replaced by name, or added after the others). The cells are
 * the values the plan describes, as both renderers write them.
 */
export function gridsAfter(grids: WorkbookGrids, plan: WritePlan): WorkbookGrids {
  const gone = (name: string): boolean =>
    plan.remove.some((removed) => sameSheetName(removed, name)) || plan.sheets.some((spec) => sameSheetName(spec.name, name));
  const written = plan.sheets.map((spec) => ({ name: spec.name, rows: spec.rows, visibility: spec.visibility }));
  // A replaced sheet keeps its place; a new one goes last.
  const placed = grids.sheets.flatMap((sheet) => {
    if (!gone(sheet.name)) return [sheet];
    return written.filter((spec) => sameSheetName(spec.name, sheet.name));
  });
  const added = written.filter((spec) => !grids.sheets.some((sheet) => sameSheetName(sheet.name, spec.name)));
  return { sheets: [...placed, ...added] };
}
