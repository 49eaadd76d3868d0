import type { WritePlan } from '../../workbook/sheet-spec';
import { sheetOrder } from '../../workbook/sheet-order';

/** A sheet of the workbook as the write found it. */
export interface ExistingSheet {
  readonly id: string;
  readonly name: string;
  readonly visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';
  readonly proxy: Excel.Worksheet;
}

export const isVisible = (sheet: ExistingSheet): boolean => sheet.visibility === 'Visible';

/** Where step builders find the worksheet they write, once it exists. */
export interface SheetHolder {
  readonly sheet: Excel.Worksheet;
}

/** A plan's sheet while it is written: under a temporary name, renamed at the end. */
export class TemporaryTab implements SheetHolder {
  private worksheet?: Excel.Worksheet;

  constructor(
    readonly temporaryName: string,
    readonly finalName: string,
  ) {}

  add(context: Excel.RequestContext): void {
    this.worksheet = context.workbook.worksheets.add(this.temporaryName);
  }

  get sheet(): Excel.Worksheet {
    if (!this.worksheet) throw new Error(`${this.finalName} is used before it is added`);
    return this.worksheet;
  }
}

/** `count` names starting with `prefix` that no sheet has (ignoring case): `~sc1`, `~sc2`, … */
export function freeNames(prefix: string, count: number, taken: readonly string[]): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${prefix}${n}`;
    if (!used.has(name.toLowerCase())) names.push(name);
  }
  return names;
}

const key = (name: string) => name.toLowerCase();

/** The existing sheets a plan replaces (same name, ignoring case) or removes. */
export function outgoingSheets(plan: WritePlan, existing: readonly ExistingSheet[]): ExistingSheet[] {
  const names = new Set([...plan.sheets.map((spec) => key(spec.name)), ...plan.remove.map(key)]);
  return existing.filter((sheet) => names.has(key(sheet.name)));
}

/**
 * The end of the last write request, queued behind everything else, and every step of it
 * reversible: the sheets being replaced or removed are renamed aside and hidden (never very
 * hidden, so that they can be deleted), the new tabs
 * take their final names, the tabs are put in order and the chosen one is shown. The old
 * sheets are deleted right behind it, in the same request (`queueDeletes`).
 */
export function queueSwap(
  context: Excel.RequestContext,
  plan: WritePlan,
  existing: readonly ExistingSheet[],
  tabs: readonly TemporaryTab[],
  previouslyActive: string | undefined,
): void {
  const outgoing = outgoingSheets(plan, existing);
  const parking = freeNames('~old', outgoing.length, [...existing.map((sheet) => sheet.name), ...tabs.map((tab) => tab.temporaryName)]);

  outgoing.forEach((sheet, index) => {
    sheet.proxy.name = parking[index];
    // Hidden, never very hidden: Excel refuses to delete a very hidden sheet (queueDeletes).
    if (sheet.visibility !== 'Hidden') sheet.proxy.visibility = 'Hidden';
  });
  for (const tab of tabs) tab.sheet.name = tab.finalName;

  const order = sheetOrder(
    existing.map((sheet) => ({ name: sheet.name, visible: isVisible(sheet) })),
    { sheets: plan.sheets.map((spec) => ({ name: spec.name, visible: spec.visibility === 'visible' })), remove: plan.remove },
  );
  order.forEach((name, position) => (context.workbook.worksheets.getItem(name).position = position));

  const wanted = plan.activate ?? previouslyActive;
  if (wanted === undefined) return;
  const spec = plan.sheets.find((candidate) => key(candidate.name) === key(wanted));
  const kept = existing.find((sheet) => key(sheet.name) === key(wanted) && !outgoing.includes(sheet));
  if (spec && spec.visibility === 'visible') tabs[plan.sheets.indexOf(spec)].sheet.activate();
  else if (kept && isVisible(kept)) kept.proxy.activate();
}

/**
 * Deletes a sheet. `Worksheet.delete`: "if the worksheet's visibility is set to "VeryHidden", the
 * delete operation will fail with an `InvalidOperation` exception. You should first change its
 * visibility to hidden or visible before deleting it" (@types/office-js). Every site that deletes
 * a sheet goes through here with the visibility the sheet has by then.
 */
export function queueDelete(sheet: Excel.Worksheet, visibility: ExistingSheet['visibility']): void {
  if (visibility === 'VeryHidden') sheet.visibility = 'Hidden';
  sheet.delete();
}

/**
 * Deletes the sheets `queueSwap` set aside (and made hidden): the point after which the old tabs
 * are gone, so it comes last.
 */
export function queueDeletes(outgoing: readonly ExistingSheet[]): void {
  for (const sheet of outgoing) queueDelete(sheet.proxy, 'Hidden');
}
