import { type Area, parseArea, splitSheetAddress } from './address';
import { fail, FakeErrorCode } from './errors';
import type { SheetRef } from './sheet-ref';
import type { SheetState, WorkbookState } from './state';

/** Where a range proxy points at sync time; undefined area for an empty used range (a null object). */
export interface RangeTarget {
  readonly sheet: SheetState;
  readonly area: Area | undefined;
}

/** What a range proxy knows how to resolve; shared by ranges, formats and sub-objects. */
export interface RangeLocator {
  readonly sheetRef: SheetRef;
  readonly resolve: (state: WorkbookState) => RangeTarget;
}

export function requireArea(target: RangeTarget): Area {
  return target.area ?? fail(FakeErrorCode.itemNotFound, 'The range does not exist (null object).');
}

/** A range given to a method as a proxy or an address string; it must lie on `sheet`. */
export function areaOnSheet(
  state: WorkbookState,
  sheet: SheetState,
  argument: { readonly locator: RangeLocator } | string,
): Area {
  if (typeof argument === 'string') {
    const { sheet: named, address } = splitSheetAddress(argument);
    if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
      fail(FakeErrorCode.invalidArgument, `The range ${argument} is not on sheet ${sheet.name}.`);
    }
    return parseArea(address);
  }
  const target = argument.locator.resolve(state);
  if (target.sheet.id !== sheet.id) fail(FakeErrorCode.invalidArgument, `The range is not on sheet ${sheet.name}.`);
  return requireArea(target);
}

export function checkColor(value: unknown): string {
  if (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value)) {
    fail(FakeErrorCode.invalidArgument, `"${String(value)}" is not a #RRGGBB colour.`);
  }
  return value.toUpperCase();
}

export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], property: string): T {
  if (!allowed.includes(value as T)) fail(FakeErrorCode.invalidArgument, `"${String(value)}" is not a valid ${property}.`);
  return value as T;
}

export function checkCount(value: unknown, property: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(FakeErrorCode.invalidArgument, `${property} must be a whole number ≥ 0, not ${String(value)}.`);
  }
  return value;
}
