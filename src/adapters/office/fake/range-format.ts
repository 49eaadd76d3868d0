import type { Area } from './address';
import { cellAt, ensureCell, forEachCell, prune } from './cells';
import { FakeClientObject, FakeProxy, type FakeQueue } from './client-object';
import type { ApiMember } from './requirement-sets';
import { fail, FakeErrorCode } from './errors';
import { checkColor, checkOneOf, type RangeLocator, type RangeTarget, requireArea } from './range-target';
import type { BorderState, CellBorders, CellState, FontState, SheetState, WorkbookState } from './state';

type CellVisitor = (cell: CellState, row: number, column: number) => void;

function eachCellOf(target: RangeTarget, visit: CellVisitor): void {
  const area = requireArea(target);
  forEachCell(area, (row, column) => {
    visit(ensureCell(target.sheet, row, column), row, column);
    prune(target.sheet, row, column);
  });
}

function eachCell(state: WorkbookState, locator: RangeLocator, visit: CellVisitor): void {
  eachCellOf(locator.resolve(state), visit);
}

function topLeft(state: WorkbookState, locator: RangeLocator): CellState {
  const target = locator.resolve(state);
  const area = requireArea(target);
  return cellAt(target.sheet, area.top, area.left) ?? {};
}

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'] as const;
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;

/** Points, as Office.js measures column widths; Excel caps a column at 255 characters. */
const MAX_COLUMN_POINTS = 255 * 7 * 0.75 + 5;

/** A font property on every cell of the target; shared by ranges and range areas. */
export function setFont(target: RangeTarget, name: keyof FontState, value: unknown): void {
  eachCellOf(target, (cell) => {
    cell.font = { ...cell.font, [name]: value };
  });
}

export function checkUnderline(value: unknown): string {
  return checkOneOf(value, ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'], 'underline');
}

/** Points, as Excel takes a row height. */
export function checkRowHeight(value: unknown): number {
  if (typeof value !== 'number' || value < 0 || value > 409) fail(FakeErrorCode.invalidArgument, `Row height ${String(value)} is out of range.`);
  return value;
}

/** The height of every row the target spans; shared by ranges and range areas. */
export function setRowHeight(target: RangeTarget, height: number): void {
  const area = requireArea(target);
  if (area.bottom - area.top >= 100_000) fail(FakeErrorCode.generalException, 'The fake Excel sets heights of ordinary row ranges only.');
  for (let row = area.top; row <= area.bottom; row++) target.sheet.rowHeights.set(row, height);
}

/**
 * `Excel.RangeFont`. Colours: "HTML color code representation of the text color (e.g., #FF0000
 * represents Red)" (JSDoc); the fake takes `#RRGGBB` only, which is all the add-in writes. The
 * font name "should not be greater than 31 characters" (JSDoc).
 */
export class FakeRangeFont extends FakeClientObject {
  protected readonly typeName = 'RangeFont';

  constructor(queue: FakeQueue, path: string, private readonly locator: RangeLocator, via: string) {
    super(queue, path, via);
  }

  private set(name: keyof FontState, value: unknown, check: () => void = () => undefined): void {
    this.write(`RangeFont.${name}` as ApiMember, value, (state) => {
      check();
      setFont(this.locator.resolve(state), name, value);
    });
  }

  set bold(value: boolean) { this.set('bold', Boolean(value)); }
  get bold(): boolean { return this.loaded('bold'); }
  set italic(value: boolean) { this.set('italic', Boolean(value)); }
  get italic(): boolean { return this.loaded('italic'); }
  set strikethrough(value: boolean) { this.set('strikethrough', Boolean(value)); }
  get strikethrough(): boolean { return this.loaded('strikethrough'); }
  set name(value: string) {
    this.set('name', value, () => {
      if (typeof value !== 'string' || value === '' || value.length > 31) fail(FakeErrorCode.invalidArgument, `"${String(value)}" is not a font name of 1 to 31 characters.`);
    });
  }
  get name(): string { return this.loaded('name'); }
  set size(value: number) {
    if (typeof value !== 'number' || value < 1 || value > 409) fail(FakeErrorCode.invalidArgument, `Font size ${value} is out of range.`);
    this.set('size', value);
  }
  get size(): number { return this.loaded('size'); }
  set color(value: string) { this.set('color', checkColor(value)); }
  get color(): string { return this.loaded('color'); }
  set underline(value: string) { this.set('underline', checkUnderline(value)); }
  get underline(): string { return this.loaded('underline'); }

  protected scalarProperties(): readonly string[] {
    return ['bold', 'italic', 'strikethrough', 'name', 'size', 'color', 'underline'];
  }

  protected read(state: WorkbookState, names: readonly string[]): Map<string, unknown> {
    const font: FontState = topLeft(state, this.locator).font ?? {};
    return new Map(names.map((name) => [name, font[name as keyof FontState] ?? null]));
  }
}

export class FakeRangeFill extends FakeClientObject {
  protected readonly typeName = 'RangeFill';

  constructor(queue: FakeQueue, path: string, private readonly locator: RangeLocator, via: string) {
    super(queue, path, via);
  }

  set color(value: string) {
    const color = checkColor(value);
    this.write('RangeFill.color', color, (state) => eachCell(state, this.locator, (cell) => { cell.fill = color; }));
  }
  get color(): string { return this.loaded('color'); }

  clear(): void {
    this.call('RangeFill.clear', undefined, (state) => eachCell(state, this.locator, (cell) => { cell.fill = undefined; }));
  }

  protected scalarProperties(): readonly string[] { return ['color']; }

  protected read(state: WorkbookState, names: readonly string[]): Map<string, unknown> {
    return new Map(names.map((name) => [name, topLeft(state, this.locator).fill ?? null]));
  }
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
const EDGES: readonly Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];

/** The cell sides an edge of a range stands for: Excel keeps a border per cell side. */
function sidesOf(edge: Edge, area: Area, row: number, column: number): (keyof CellBorders)[] {
  switch (edge) {
    case 'EdgeTop': return row === area.top ? ['top'] : [];
    case 'EdgeBottom': return row === area.bottom ? ['bottom'] : [];
    case 'EdgeLeft': return column === area.left ? ['left'] : [];
    case 'EdgeRight': return column === area.right ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(row > area.top ? (['top'] as const) : []), ...(row < area.bottom ? (['bottom'] as const) : [])];
    case 'InsideVertical':
      return [...(column > area.left ? (['left'] as const) : []), ...(column < area.right ? (['right'] as const) : [])];
  }
}

export class FakeRangeBorder extends FakeClientObject {
  protected readonly typeName = 'RangeBorder';

  constructor(queue: FakeQueue, path: string, private readonly locator: RangeLocator, private readonly edge: Edge, via: string) {
    super(queue, path, via);
  }

  private update(name: keyof BorderState, value: string): void {
    this.write(`RangeBorder.${name}` as ApiMember, value, (state) => {
      const target = this.locator.resolve(state);
      const area = requireArea(target);
      eachCell(state, this.locator, (cell, row, column) => {
        for (const side of sidesOf(this.edge, area, row, column)) {
          if (name === 'style' && value === 'None') {
            if (cell.borders) cell.borders = { ...cell.borders, [side]: undefined };
            continue;
          }
          const current: BorderState = cell.borders?.[side] ?? { style: 'Continuous' };
          cell.borders = { ...cell.borders, [side]: { ...current, [name]: value } };
        }
      });
    });
  }

  set style(value: string) { this.update('style', checkOneOf(value, ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'], 'border style')); }
  get style(): string { return this.loaded('style'); }
  set weight(value: string) { this.update('weight', checkOneOf(value, ['Hairline', 'Thin', 'Medium', 'Thick'], 'border weight')); }
  get weight(): string { return this.loaded('weight'); }
  set color(value: string) { this.update('color', checkColor(value)); }
  get color(): string { return this.loaded('color'); }

  protected scalarProperties(): readonly string[] { return ['style', 'weight', 'color']; }

  protected read(): Map<string, unknown> {
    return fail(FakeErrorCode.generalException, 'The fake Excel does not read borders back; use its snapshot.');
  }
}

export class FakeRangeBorderCollection extends FakeProxy {
  constructor(queue: FakeQueue, path: string, private readonly locator: RangeLocator, via: string) {
    super(queue, path, via);
  }

  /** "Gets a border object using its name" (JSDoc); the fake knows the six edges the add-in could use. */
  getItem(index: string): FakeRangeBorder {
    const via = this.reach('RangeBorderCollection.getItem', 'call');
    if (!EDGES.includes(index as Edge)) fail(FakeErrorCode.invalidArgument, `"${index}" is not a border the fake supports.`);
    return new FakeRangeBorder(this.queue, `${this.objectPath}.getItem(${index})`, this.locator, index as Edge, via);
  }
}

/** `Excel.RangeFormat` of a range. */
export class FakeRangeFormat extends FakeClientObject {
  protected readonly typeName = 'RangeFormat';
  private parts: { font?: FakeRangeFont; fill?: FakeRangeFill; borders?: FakeRangeBorderCollection } = {};

  constructor(queue: FakeQueue, path: string, private readonly locator: RangeLocator, via: string) {
    super(queue, path, via);
  }

  get font(): FakeRangeFont {
    return (this.parts.font ??= new FakeRangeFont(this.queue, `${this.objectPath}.font`, this.locator, this.reach('RangeFormat.font')));
  }

  get fill(): FakeRangeFill {
    return (this.parts.fill ??= new FakeRangeFill(this.queue, `${this.objectPath}.fill`, this.locator, this.reach('RangeFormat.fill')));
  }

  get borders(): FakeRangeBorderCollection {
    return (this.parts.borders ??= new FakeRangeBorderCollection(this.queue, `${this.objectPath}.borders`, this.locator, this.reach('RangeFormat.borders')));
  }

  set horizontalAlignment(value: string) {
    const checked = checkOneOf(value, HORIZONTAL, 'horizontal alignment');
    this.write('RangeFormat.horizontalAlignment', checked, (state) => eachCell(state, this.locator, (cell) => { cell.horizontalAlignment = checked; }));
  }
  get horizontalAlignment(): string { return this.loaded('horizontalAlignment'); }

  set verticalAlignment(value: string) {
    const checked = checkOneOf(value, VERTICAL, 'vertical alignment');
    this.write('RangeFormat.verticalAlignment', checked, (state) => eachCell(state, this.locator, (cell) => { cell.verticalAlignment = checked; }));
  }
  get verticalAlignment(): string { return this.loaded('verticalAlignment'); }

  set wrapText(value: boolean) {
    this.write('RangeFormat.wrapText', Boolean(value), (state) => eachCell(state, this.locator, (cell) => { cell.wrapText = Boolean(value); }));
  }
  get wrapText(): boolean { return this.loaded('wrapText'); }

  /**
   * Points: "Specifies the width of all columns within the range" (JSDoc). A column's property,
   * not a cell's, so whole columns are allowed ("Read or write to an unbounded range" forbids
   * cell-level properties only).
   */
  set columnWidth(value: number) {
    if (typeof value !== 'number' || value < 0 || value > MAX_COLUMN_POINTS) {
      fail(FakeErrorCode.invalidArgument, `Column width ${value} is out of range.`);
    }
    this.write('RangeFormat.columnWidth', value, (state) => {
      const target = this.locator.resolve(state);
      const area = requireArea(target);
      for (let column = area.left; column <= area.right; column++) columnState(target.sheet, column).width = value;
    });
  }
  get columnWidth(): number { return this.loaded('columnWidth'); }

  /** Points: "The height of all rows in the range" (JSDoc); a row's property, so whole rows are allowed. */
  set rowHeight(value: number) {
    const height = checkRowHeight(value);
    this.write('RangeFormat.rowHeight', height, (state) => setRowHeight(this.locator.resolve(state), height));
  }
  get rowHeight(): number { return this.loaded('rowHeight'); }

  protected scalarProperties(): readonly string[] {
    return ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'columnWidth', 'rowHeight'];
  }

  protected read(state: WorkbookState, names: readonly string[]): Map<string, unknown> {
    const target = this.locator.resolve(state);
    const area = requireArea(target);
    const cell = topLeft(state, this.locator);
    const values: Record<string, unknown> = {
      horizontalAlignment: cell.horizontalAlignment ?? 'General',
      verticalAlignment: cell.verticalAlignment ?? 'Bottom',
      wrapText: cell.wrapText ?? false,
      columnWidth: target.sheet.columns.get(area.left)?.width ?? 48,
      rowHeight: target.sheet.rowHeights.get(area.top) ?? 15,
    };
    return new Map(names.map((name) => [name, values[name]]));
  }
}

export function columnState(sheet: SheetState, column: number): { width?: number; hidden?: boolean; numberFormat?: string } {
  let state = sheet.columns.get(column);
  if (!state) {
    state = {};
    sheet.columns.set(column, state);
  }
  return state;
}
