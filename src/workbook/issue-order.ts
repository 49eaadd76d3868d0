import type { Issue } from '../engine/issues';
import { columnIndex } from './grid';

/**
 * Issues in the order a person fixes them: month-wide first, then by the workbook's sheet
 * order, row and column. The sort is stable, so equal places keep the order they were found in.
 */
export function inWorkbookOrder(issues: readonly Issue[], sheetOrder: readonly string[]): Issue[] {
  const sheetIndex = new Map(sheetOrder.map((name, index) => [name, index]));
  const place = (issue: Issue): [number, number, number] => {
    if (issue.sheet === undefined) return [-1, 0, 0];
    const match = /^([A-Z]+)(\d+)$/.exec(issue.cell ?? '');
    const sheet = sheetIndex.get(issue.sheet) ?? sheetOrder.length;
    return match ? [sheet, Number(match[2]), columnIndex(match[1])] : [sheet, 0, 0];
  };
  const keyed = issues.map((issue, index) => ({ issue, index, place: place(issue) }));
  keyed.sort((a, b) => a.place[0] - b.place[0] || a.place[1] - b.place[1] || a.place[2] - b.place[2] || a.index - b.index);
  return keyed.map((entry) => entry.issue);
}
