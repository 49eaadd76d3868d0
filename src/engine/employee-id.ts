const DIGITS = /^\d+$/;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Order of employee IDs in the scorecard: numeric IDs by value (999 before 1001), otherwise
 * by text. IDs are text (SPEC §2), but teams number their staff and expect numeric order.
 */
export function compareEmployeeIds(a: string, b: string): number {
  if (DIGITS.test(a) && DIGITS.test(b)) {
    const valueA = a.replace(/^0+/, '');
    const valueB = b.replace(/^0+/, '');
    const byValue = valueA.length - valueB.length || compareText(valueA, valueB);
    if (byValue !== 0) return byValue;
  }
  return compareText(a, b);
}
