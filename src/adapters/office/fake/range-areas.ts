import { type Area, MAX_COLUMNS, MAX_ROWS } from './address';
import { FakeClientObject, FakeProxy, type FakeQueue } from './client-object';
import { fail, FakeErrorCode } from './errors';
import { checkRowHeight, checkUnderline, setFont, setRowHeight } from './range-format';
import { areaOnSheet, checkColor, type RangeTarget } from './range-target';
import type { ApiMember } from './requirement-sets';
import type { SheetRef } from './sheet-ref';
import type { FontState, WorkbookState } from './state';

/** Where a range areas proxy points at sync time: one target per area, in the address's order. */
type AreasOf = (state: WorkbookState) => readonly RangeTarget[];

/**
 * The pieces of a `getRanges` address: "A string containing the comma-separated or
 * semicolon-separated addresses or names of the individual ranges. For example, "A1:B2, A5:B5"
 * or "A1:B2; A5:B5"" (JSDoc), split outside quoted sheet names.
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
 * The areas an address names on the proxy's sheet, checked when the request runs: an empty
 * piece, a malformed one, or one on another sheet is refused. "If not specified, a `RangeAreas`
 * object for the entire worksheet is returned" (JSDoc). Names of ranges, which the JSDoc also
 * allows, are refused: the fake has no defined names. How long an address may be is not
 * documented.
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

/** `Excel.RangeFont` reached through range areas: each set applies to every area, in one operation. */
export class FakeRangeAreasFont extends FakeProxy {
  constructor(queue: FakeQueue, path: string, private readonly areas: AreasOf, via: string) {
    super(queue, path, via);
  }

  private set(name: keyof FontState, value: unknown): void {
    this.enqueueWrite(`RangeFont.${name}` as ApiMember, value, (state) => this.areas(state).forEach((target) => setFont(target, name, value)));
  }

  set color(value: string) { this.set('color', checkColor(value)); }
  set underline(value: string) { this.set('underline', checkUnderline(value)); }
}

/** `Excel.RangeFormat` reached through range areas: the members the add-in sets through `getRanges`. */
export class FakeRangeAreasFormat extends FakeProxy {
  private fontProxy?: FakeRangeAreasFont;

  constructor(queue: FakeQueue, path: string, private readonly areas: AreasOf, via: string) {
    super(queue, path, via);
  }

  get font(): FakeRangeAreasFont {
    return (this.fontProxy ??= new FakeRangeAreasFont(this.queue, `${this.objectPath}.font`, this.areas, this.reach('RangeFormat.font')));
  }

  /** Points; applies to every row any area spans. */
  set rowHeight(value: number) {
    const height = checkRowHeight(value);
    this.enqueueWrite('RangeFormat.rowHeight', height, (state) => this.areas(state).forEach((target) => setRowHeight(target, height)));
  }
}

/**
 * `Excel.RangeAreas`: rectangles of one sheet, from `Worksheet.getRanges`. Its address travels
 * in the path of every operation queued through it, so it counts in the request.
 */
export class FakeRangeAreas extends FakeClientObject {
  protected readonly typeName = 'RangeAreas';
  private formatProxy?: FakeRangeAreasFormat;

  constructor(queue: FakeQueue, path: string, private readonly sheetRef: SheetRef, private readonly address: string | undefined, via: string) {
    super(queue, path, via);
  }

  get format(): FakeRangeAreasFormat {
    return (this.formatProxy ??= new FakeRangeAreasFormat(this.queue, `${this.objectPath}.format`, areasOf(this.sheetRef, this.address), this.reach('RangeAreas.format')));
  }

  protected scalarProperties(): readonly string[] { return []; }

  protected read(): Map<string, unknown> {
    return fail(FakeErrorCode.generalException, 'The fake Excel does not read range areas back; use its snapshot.');
  }
}
