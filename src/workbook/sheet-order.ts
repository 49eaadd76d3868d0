/** A sheet as ordering sees it. */
export interface PlacedSheet {
  readonly name: string;
  readonly visible: boolean;
}

const key = (name: string): string => name.toLowerCase();

/**
 * The workbook's sheet order after a write. Existing sheets keep their places (input sheets
 * stay first); a replaced visible sheet keeps the place of the one it replaces; new visible
 * sheets follow the existing ones, ahead of any trailing hidden sheets; hidden sheets of the
 * plan (the history) go last. Names compare case-insensitively, as Excel does.
 */
export function sheetOrder(
  existing: readonly PlacedSheet[],
  plan: { readonly sheets: readonly PlacedSheet[]; readonly remove: readonly string[] },
): string[] {
  const planned = new Map(plan.sheets.map((sheet) => [key(sheet.name), sheet]));
  const removed = new Set(plan.remove.map(key));
  const kept: PlacedSheet[] = [];
  for (const sheet of existing) {
    if (removed.has(key(sheet.name))) continue;
    const replacement = planned.get(key(sheet.name));
    if (replacement && !replacement.visible) continue;
    kept.push(replacement ?? sheet);
  }
  const existingNames = new Set(kept.map((sheet) => key(sheet.name)));
  const added = plan.sheets.filter((sheet) => sheet.visible && !existingNames.has(key(sheet.name)));
  let insertAt = kept.length;
  while (insertAt > 0 && !kept[insertAt - 1].visible) insertAt--;
  kept.splice(insertAt, 0, ...added);
  const hidden = plan.sheets.filter((sheet) => !sheet.visible);
  return [...kept, ...hidden].map((sheet) => sheet.name);
}
