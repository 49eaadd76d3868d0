import { type ExistingSheet, queueDelete } from './tabs';

type SyncFn = () => Promise<void>;

/**
 * Undoes a write that failed before its old sheets were deleted: the sheets it added go, the
 * sheets it renamed or hid get their names and visibility back, every sheet its place, and the
 * sheet that was showing is shown again.
 */
export async function putBack(
  context: Excel.RequestContext,
  existing: readonly ExistingSheet[],
  ours: ReadonlySet<string>,
  activeId: string,
  sync: SyncFn,
): Promise<void> {
  const sheets = context.workbook.worksheets.load('items/id,items/name,items/visibility');
  const active = context.workbook.worksheets.getActiveWorksheet().load('id');
  await sync();
  const original = new Map(existing.map((sheet) => [sheet.id, sheet]));
  const added = sheets.items.filter((sheet) => !original.has(sheet.id) && ours.has(sheet.name.toLowerCase()));
  const changed = sheets.items.filter((sheet) => {
    const before = original.get(sheet.id);
    return before !== undefined && (before.name !== sheet.name || before.visibility !== sheet.visibility);
  });
  // The swap may have moved the old sheets while putting the tabs in order.
  const order = sheets.items.filter((sheet) => original.has(sheet.id)).map((sheet) => sheet.id);
  const moved = order.some((id, index) => id !== existing[index]?.id);
  if (added.length === 0 && changed.length === 0 && !moved && active.id === activeId) return;
  for (const sheet of changed) {
    const before = original.get(sheet.id) as ExistingSheet;
    sheet.visibility = before.visibility;
  }
  // A new tab may already be very hidden (the history): queueDelete makes it hidden first.
  for (const sheet of added) queueDelete(sheet, sheet.visibility);
  for (const sheet of changed) sheet.name = (original.get(sheet.id) as ExistingSheet).name;
  if (moved) existing.forEach((sheet, position) => (context.workbook.worksheets.getItem(sheet.id).position = position));
  context.workbook.worksheets.getItem(activeId).activate();
  await sync();
}

/**
 * After a failed request: whether the old sheets had started to go. Their deletes close the
 * last request, behind the swap, so a missing one means the new tabs are in place; then the
 * write is finished by deleting the rest, and nothing is put back.
 */
export async function finishedSwap(context: Excel.RequestContext, outgoing: readonly ExistingSheet[], sync: SyncFn): Promise<boolean> {
  if (outgoing.length === 0) return false;
  const left = outgoing.map((sheet) => context.workbook.worksheets.getItemOrNullObject(sheet.id).load('id,visibility'));
  await sync();
  const remaining = left.filter((sheet) => !sheet.isNullObject);
  if (remaining.length === outgoing.length) return false;
  if (remaining.length > 0) {
    for (const sheet of remaining) queueDelete(sheet, sheet.visibility);
    await sync();
  }
  return true;
}
