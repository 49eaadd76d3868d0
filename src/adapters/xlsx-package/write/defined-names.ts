import { parseRange } from '../../../workbook/cell-range';
import { columnLetter } from '../../../workbook/grid';
import type { SheetSpec } from '../../../workbook/sheet-spec';
import type { NewDefinedName } from './workbook-edit';

const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

function absoluteArea(sheet: string, range: string): string {
  const area = parseRange(range);
  const corner = (row: number, column: number) => `$${columnLetter(column)}$${row + 1}`;
  return `${quoted(sheet)}!${corner(area.top, area.left)}:${corner(area.bottom, area.right)}`;
}

/**
 * The names Excel keeps for a sheet's print titles, print area and filter, local to the sheet
 * at `position` of the tab order: `_xlnm.Print_Titles` (`'Sheet'!$5:$5`), `_xlnm.Print_Area`
 * and the hidden `_xlnm._FilterDatabase`, which Excel writes beside every `autoFilter`.
 */
export function sheetDefinedNames(spec: SheetSpec, position: number): NewDefinedName[] {
  const names: NewDefinedName[] = [];
  if (spec.autoFilter) names.push({ name: '_xlnm._FilterDatabase', sheetIndex: position, formula: absoluteArea(spec.name, spec.autoFilter), hidden: true });
  if (spec.print?.printArea) names.push({ name: '_xlnm.Print_Area', sheetIndex: position, formula: absoluteArea(spec.name, spec.print.printArea) });
  const rows = spec.print?.repeatRows;
  if (rows) names.push({ name: '_xlnm.Print_Titles', sheetIndex: position, formula: `${quoted(spec.name)}!$${rows.first}:$${rows.last}` });
  return names;
}
