import { columnLetter } from '../../workbook/grid';
import type { SheetSpec } from '../../workbook/sheet-spec';
import { areaAddress, parseArea } from './a1';
import { type AreaList, areaLists } from './area-lists';
import type { Capabilities } from './capabilities';
import { applyStyle, columnWidthPoints, HYPERLINK_COLOR, setNumberFormat, styleOperations } from './cell-style';
import { estimateBytes, type WriteStep } from './payload';
import type { StyleAreas } from './style-areas';
import type { SheetHolder } from './tabs';

/** Styles, links or address lists per step: small steps let the batches fill up evenly. */
const ITEMS_PER_STEP = 250;

function inGroups<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

/**
 * Widths, hidden columns and column number formats, before any value: a text column is
 * formatted `@` first so that nothing written into it is read as a number or a formula.
 *
 * Width and visibility belong to the column and are set on the whole column. A number format is
 * a cell-level property, which Excel refuses on an unbounded range ("You can't set cell-level
 * properties like values, numberFormat, or formula on an unbounded range", learn.microsoft.com,
 * "Read or write to an unbounded range"): it is set over the rows the tab writes (`A1:A40`).
 */
export function columnStep(tab: SheetHolder, spec: SheetSpec): WriteStep[] {
  if (spec.columns.length === 0) return [];
  const lastRow = spec.rows.length;
  const columns = spec.columns.map((definition, index) => ({
    letter: columnLetter(index),
    points: columnWidthPoints(definition.width),
    hidden: definition.hidden === true,
    format: lastRow > 0 ? (definition.text ? '@' : definition.numberFormat) : undefined,
  }));
  const operations = columns.reduce((sum, column) => sum + 1 + (column.hidden ? 1 : 0) + (column.format ? 1 : 0), 0);
  return [
    {
      bytes: estimateBytes(columns, operations),
      queue: () => {
        for (const column of columns) {
          const whole = tab.sheet.getRange(`${column.letter}:${column.letter}`);
          whole.format.columnWidth = column.points;
          if (column.hidden) whole.columnHidden = true;
          if (column.format) setNumberFormat(tab.sheet.getRange(`${column.letter}1:${column.letter}${lastRow}`), column.format);
        }
      },
    },
  ];
}

/** Consecutive rows of one height, as `first:last` row addresses. */
function heightRuns(heights: NonNullable<SheetSpec['rowHeights']>): { readonly rows: string; readonly height: number }[] {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  const runs: { first: number; last: number; height: number }[] = [];
  for (const { row, height } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1 && last.height === height) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs.map((run) => ({ rows: `${run.first}:${run.last}`, height: run.height }));
}

/**
 * Rows the layout gives a height (for wrapped text); Excel would not grow them by itself here.
 * Neighbouring rows of one height are one run: a details tab of 36,000 rows has some 24,000
 * two-line rows but only a third as many runs of them, between one-line rows. Where the host
 * has `getRanges` (ExcelApi 1.9), one operation sets a height on a list of runs (`"3:5,9:9"`),
 * some twenty of them; elsewhere each run takes an operation of its own.
 *
 * Setting the commonest height first and then only the others saves nothing (measured at 5,000
 * employees): all but two of the 24,000 rows given a height have the commonest one, so the runs
 * stay as many, and over the whole span the one-line rows between them would need Excel's
 * default height back, as many lists again.
 */
export function rowHeightStep(tab: SheetHolder, spec: SheetSpec, capabilities: Capabilities): WriteStep[] {
  const runs = heightRuns(spec.rowHeights ?? []);
  if (capabilities.rangeAreas) {
    const lists = areaLists(runs.map(({ rows, height }) => ({ address: rows, value: height })));
    return inGroups(lists, ITEMS_PER_STEP).map((group) => ({
      // Office.js sends each list once, as the argument of the getRanges object it sets.
      bytes: estimateBytes(group, group.length),
      queue: () => group.forEach(({ address, value }) => (tab.sheet.getRanges(address).format.rowHeight = value)),
    }));
  }
  return inGroups(runs, ITEMS_PER_STEP).map((group) => ({
    bytes: estimateBytes(group, group.length),
    queue: () => group.forEach(({ rows, height }) => (tab.sheet.getRange(rows).format.rowHeight = height)),
  }));
}

/** Merges go after the values: a merge keeps only its first cell's value. */
export function mergeStep(tab: SheetHolder, spec: SheetSpec): WriteStep[] {
  if (spec.merges.length === 0) return [];
  return [{ bytes: estimateBytes(spec.merges, spec.merges.length), queue: () => spec.merges.forEach((merge) => tab.sheet.getRange(merge).merge(false)) }];
}

export function styleSteps(tab: SheetHolder, spec: SheetSpec): WriteStep[] {
  return inGroups(spec.styles, ITEMS_PER_STEP).map((group) => ({
    bytes: estimateBytes(group, group.reduce((sum, styled) => sum + styleOperations(styled.style), 0)),
    queue: () => group.forEach(({ range, style }) => applyStyle(tab.sheet.getRange(range), style)),
  }));
}

interface LinkCell {
  readonly row: number;
  readonly column: number;
  readonly color: string;
}

/** Link cells as vertical runs of one colour: each run is formatted in one go. */
function linkRuns(cells: readonly LinkCell[]): { readonly address: string; readonly color: string }[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { top: number; bottom: number; column: number; color: string }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.bottom === cell.row - 1 && last.color === cell.color) last.bottom = cell.row;
    else runs.push({ top: cell.row, bottom: cell.row, column: cell.column, color: cell.color });
  }
  return runs.map((run) => ({ address: areaAddress({ top: run.top, left: run.column, bottom: run.bottom, right: run.column }), color: run.color }));
}

/** Underlined, in the link's colour: two operations per range or list of ranges. */
function formatLinks(font: Excel.RangeFont, color: string): void {
  font.underline = 'Single';
  font.color = color;
}

function linkListSteps(tab: SheetHolder, lists: readonly AreaList<string>[]): WriteStep[] {
  return inGroups(lists, ITEMS_PER_STEP).map((group) => ({
    // Office.js sends each list once, as the argument of the getRanges object both operations set.
    bytes: estimateBytes(group, group.length * 2),
    queue: () => group.forEach(({ address, value }) => formatLinks(tab.sheet.getRanges(address).format.font, value)),
  }));
}

/**
 * Link cells look as Excel draws its Hyperlink style (blue, underlined) unless the cell's style
 * sets a colour. Neighbouring link cells of one colour are one run; rows without a link break a
 * details tab's link column into thousands of them. Where the host has `getRanges` (ExcelApi
 * 1.9) the runs of one colour are formatted a list at a time, elsewhere a run at a time. The
 * links themselves are HYPERLINK formulas written with the values (value-steps.ts).
 */
export function hyperlinkSteps(tab: SheetHolder, spec: SheetSpec, styles: StyleAreas, capabilities: Capabilities): WriteStep[] {
  const runs = linkRuns(
    spec.hyperlinks.map((link) => {
      const { top, left } = parseArea(link.cell);
      return { row: top, column: left, color: styles.styleAt(top, left, 'fontColor') ?? HYPERLINK_COLOR };
    }),
  );
  if (capabilities.rangeAreas) return linkListSteps(tab, areaLists(runs.map(({ address, color }) => ({ address, value: color }))));
  return inGroups(runs, ITEMS_PER_STEP).map((group) => ({
    bytes: estimateBytes(group, group.length * 2),
    queue: () => group.forEach((run) => formatLinks(tab.sheet.getRange(run.address).format.font, run.color)),
  }));
}
