import { type Area, MAX_COLUMNS, MAX_ROWS } from './address';
import { FakeClientObject, type FakeQueue } from './client-object';
import { fail, FakeErrorCode } from './errors';
import { checkRowHeight, checkUnderline, setFont, setRowHeight } from './range-format';
import { areaOnSheet, checkColor, type RangeTarget } from './range-target';
import type { SheetRef } from './sheet-ref';
import type { FontState, WorkbookState } from './state';

/** `Worksheet.getRanges` and everything reached through it belong to ExcelApi 1.9. */
const RANGE_AREAS_API = '1.9';

/** Where a range areas proxy points at sync time: one target per area, in the address's order. */
type AreasOf = (state: WorkbookState) => readonly RangeTarget[];

/**
 * The pieces of a `getRanges` address: separated by commas or semicolons (as Office.js
 * documents), except inside a quoted sheet name.
 */
function addressParts(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const character of address) {
    if (character === "'") quoted = !quoted;
    if (!quoted && (character === ',' || character === ';')) {
      parts.push(current);
      current = '';
    } else current += character;
  }
  parts.push(current);
  return parts;
}

/**
 * The areas an address names on the proxy's sheet, checked when the request runs, as Excel
 * checks them: an empty address or area, a malformed one, or one on another sheet is refused.
 */
function areasOf(sheetRef: SheetRef, address: string | undefined): AreasOf {
  return (state) => {
    const sheet = sheetRef.get(state);
    if (address === undefined) return [{ sheet, area: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } }];
    return addressParts(address).map((part) => {
      if (part.trim() === '') fail(FakeErrorCode.invalidArgument, `The address "${address}" has an empty area.`);
      const area: Area = areaOnSheet(state, sheet, part.trim());
      return { sheet, area };
    });
  };
}

/** `Excel.RangeFont` of range areas: each set applies to every area, in one operation. */
export class FakeRangeAreasFont extends FakeClientObject {
  constructor(queue: FakeQueue, path: string, private readonly areas: AreasOf) {
    super(queue, path);
  }

  private set(name: keyof FontState, value: unknown): void {
    this.write(name, value, (state) => this.areas(state).forEach((target) => setFont(target, name, value)), RANGE_AREAS_API);
  }

  set color(value: string) { this.set('color', checkColor(value)); }
  set underline(value: string) { this.set('underline', checkUnderline(value)); }

  protected scalarProperties(): readonly string[] { return []; }

  protected read(): Map<string, unknown> {
    return fail(FakeErrorCode.generalException, 'The fake Excel does not read range areas back; use its snapshot.');
  }
}

/** `Excel.RangeFormat` of range areas: the members the add-in sets through `getRanges`. */
export class FakeRangeAreasFormat extends FakeClientObject {
  readonly font: FakeRangeAreasFont;

  constructor(queue: FakeQueue, path: string, private readonly areas: AreasOf) {
    super(queue, path);
    this.font = new FakeRangeAreasFont(queue, `${path}.font`, areas);
  }

  /** Points; applies to every row any area spans. */
  set rowHeight(value: number) {
    const height = checkRowHeight(value);
    this.write('rowHeight', height, (state) => this.areas(state).forEach((target) => setRowHeight(target, height)), RANGE_AREAS_API);
  }

  protected scalarProperties(): readonly string[] { return []; }

  protected read(): Map<string, unknown> {
    return fail(FakeErrorCode.generalException, 'The fake Excel does not read range areas back; use its snapshot.');
  }
}

/**
 * `Excel.RangeAreas` (ExcelApi 1.9): rectangles of one sheet, from `Worksheet.getRanges`. Its
 * address travels in the path of every operation queued through it, so it counts in the request.
 */
export class FakeRangeAreas extends FakeClientObject {
  readonly format: FakeRangeAreasFormat;

  constructor(queue: FakeQueue, path: string, sheetRef: SheetRef, address: string | undefined) {
    super(queue, path);
    this.format = new FakeRangeAreasFormat(queue, `${path}.format`, areasOf(sheetRef, address));
  }

  protected scalarProperties(): readonly string[] { return []; }

  protected read(): Map<string, unknown> {
    return fail(FakeErrorCode.generalException, 'The fake Excel does not read range areas back; use its snapshot.');
  }
}
