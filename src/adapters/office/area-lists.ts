/**
 * Longest address string the write gives `Worksheet.getRanges`. Office.js documents no limit
 * for it, and none can be tried without a real Excel; VBA's `Range()` refuses address strings
 * longer than 255 characters, so that known limit is kept.
 */
export const MAX_AREA_LIST_LENGTH = 255;

/** Ranges that take one value (a row height, a link colour), by A1 address. */
export interface AreaRun<V> {
  readonly address: string;
  readonly value: V;
}

/** Comma-joined addresses (`"3:5,9:9,12:20"`) that one `getRanges` operation sets to `value`. */
export type AreaList<V> = AreaRun<V>;

/**
 * Runs grouped by value, each group's addresses joined with commas, in order, into as few lists
 * as keep within `limit` characters; groups come in the order their values first appear. An
 * address longer than the limit by itself (none that A1 can spell is) would make a list alone.
 */
export function areaLists<V>(runs: readonly AreaRun<V>[], limit = MAX_AREA_LIST_LENGTH): AreaList<V>[] {
  const byValue = new Map<V, string[]>();
  for (const run of runs) {
    const addresses = byValue.get(run.value);
    if (addresses) addresses.push(run.address);
    else byValue.set(run.value, [run.address]);
  }
  const lists: AreaList<V>[] = [];
  for (const [value, addresses] of byValue) {
    let current = '';
    for (const address of addresses) {
      if (current !== '' && current.length + 1 + address.length > limit) {
        lists.push({ address: current, value });
        current = '';
      }
      current = current === '' ? address : `${current},${address}`;
    }
    if (current !== '') lists.push({ address: current, value });
  }
  return lists;
}
