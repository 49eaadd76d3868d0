import type { SheetSpec, WritePlan } from '../../workbook/sheet-spec';
import { type Capabilities, noCapabilities, type SkippedFeature } from './capabilities';
import { syncWithDateSystem } from './date-probe';
import { columnStep, hyperlinkSteps, mergeStep, rowHeightStep, styleSteps } from './decor-steps';
import { featureStep } from './feature-steps';
import { estimateBytes, packSteps, REQUEST_BUDGET_BYTES, type WriteStep } from './payload';
import { planNameProblems } from './sheet-names';
import { StyleAreas } from './style-areas';
import { type ExistingSheet, freeNames, outgoingSheets, queueDeletes, queueSwap, TemporaryTab } from './tabs';
import { valueSteps } from './value-steps';

export interface RenderOptions {
  /** What the host supports beyond ExcelApi 1.7; default none (detected by the caller). */
  readonly capabilities?: Capabilities;
  /** Estimated bytes per request; default 4 MB. */
  readonly budgetBytes?: number;
}

/** How a write went, for logs and for the size tests. */
export interface RenderReport {
  /** `context.sync()` calls the write made. */
  readonly syncs: number;
  /** Requests that carried the plan (the first read and the rollback not counted). */
  readonly writeBatches: number;
  /** The largest estimated request, in bytes. */
  readonly largestBatchBytes: number;
  /** All the write requests together, estimated, in bytes. */
  readonly estimatedBytes: number;
  readonly date1904: boolean;
  /** Features of the plan the host could not render. */
  readonly skipped: readonly SkippedFeature[];
}

/** A plan Excel would refuse, found before anything was written. */
export class PlanRejected extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`工作表名称不被 Excel 接受，未写入任何内容 / Excel would refuse these sheet names; nothing was written: ${problems.join('; ')}`);
    this.name = 'PlanRejected';
  }
}

/** A write that failed part way; `restored` says whether the workbook was put back as it was. */
export class WriteFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly restored: boolean,
  ) {
    const outcome = restored
      ? '写入失败，工作簿保持原样 / The write failed; the workbook is as it was'
      : '写入失败，工作簿可能只写入了一部分 / The write failed; the workbook may be partly written';
    super(`${outcome}: ${String((cause as Error)?.message ?? cause)}`);
    this.name = 'WriteFailed';
  }
}

function sheetSteps(tab: TemporaryTab, spec: SheetSpec, date1904: boolean, capabilities: Capabilities, skipped: Set<SkippedFeature>): WriteStep[] {
  const styles = new StyleAreas(spec);
  return [
    ...columnStep(tab, spec),
    ...rowHeightStep(tab, spec, capabilities),
    ...valueSteps(tab, spec, styles, date1904),
    ...mergeStep(tab, spec),
    ...styleSteps(tab, spec),
    ...hyperlinkSteps(tab, spec, styles, capabilities),
    featureStep(tab, spec, capabilities, skipped),
  ];
}

/**
 * Undoes a write that failed before its old sheets were deleted: the sheets it added go, and the
 * sheets it renamed or hid get their names and visibility back.
 */
async function putBack(
  context: Excel.RequestContext,
  existing: readonly ExistingSheet[],
  ours: ReadonlySet<string>,
  activeId: string,
  sync: () => Promise<void>,
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
  if (added.length === 0 && changed.length === 0 && active.id === activeId) return;
  for (const sheet of changed) {
    const before = original.get(sheet.id) as ExistingSheet;
    sheet.visibility = before.visibility;
  }
  for (const sheet of added) sheet.delete();
  for (const sheet of changed) sheet.name = (original.get(sheet.id) as ExistingSheet).name;
  context.workbook.worksheets.getItem(activeId).activate();
  await sync();
}

/**
 * After a failed request: whether the old sheets had started to go. Their deletes close the
 * last request, behind the swap, so a missing one means the new tabs are in place; then the
 * write is finished by deleting the rest, and nothing is put back.
 */
async function finishedSwap(context: Excel.RequestContext, outgoing: readonly ExistingSheet[], sync: () => Promise<void>): Promise<boolean> {
  if (outgoing.length === 0) return false;
  const left = outgoing.map((sheet) => context.workbook.worksheets.getItemOrNullObject(sheet.id).load('id'));
  await sync();
  const remaining = left.filter((sheet) => !sheet.isNullObject);
  if (remaining.length === outgoing.length) return false;
  if (remaining.length > 0) {
    for (const sheet of remaining) sheet.delete();
    await sync();
  }
  return true;
}

/**
 * Writes a plan into the open workbook, all of it or none of it (SPEC §4). One request reads
 * the sheets there are; the new tabs are written under temporary names in as few requests as
 * the 4 MB budget allows (one for small and medium teams), the last of them also swapping the
 * new tabs in for the old ones, which are renamed aside and hidden, and then deleting the old
 * ones. If a request fails before any old sheet is deleted, the new tabs are deleted and the
 * old ones get their names back, in a fresh request: the workbook is as it was.
 */
export async function renderPlan(context: Excel.RequestContext, plan: WritePlan, options: RenderOptions = {}): Promise<RenderReport> {
  const problems = planNameProblems(plan.sheets.map((spec) => spec.name));
  if (problems.length > 0) throw new PlanRejected(problems);
  const capabilities = options.capabilities ?? noCapabilities;
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  const { loaded, date1904 } = await syncWithDateSystem(
    context,
    () => ({
      sheets: context.workbook.worksheets.load('items/id,items/name,items/visibility'),
      active: context.workbook.worksheets.getActiveWorksheet().load('id,name'),
    }),
    sync,
  );
  const existing: ExistingSheet[] = loaded.sheets.items.map((sheet) => ({
    id: sheet.id,
    name: sheet.name,
    visibility: sheet.visibility,
    proxy: sheet,
  }));
  const temporaryNames = freeNames('~sc', plan.sheets.length, existing.map((sheet) => sheet.name));
  const tabs = plan.sheets.map((spec, index) => new TemporaryTab(temporaryNames[index], spec.name));
  const skipped = new Set<SkippedFeature>();
  const outgoing = outgoingSheets(plan, existing);

  const steps: WriteStep[] = [
    { bytes: estimateBytes(temporaryNames, tabs.length), queue: () => tabs.forEach((tab) => tab.add(context)) },
    ...plan.sheets.flatMap((spec, index) => sheetSteps(tabs[index], spec, date1904, capabilities, skipped)),
    {
      bytes: estimateBytes(
        [existing.map((sheet) => sheet.name), plan.sheets.map((spec) => spec.name), plan.remove, temporaryNames],
        4 * (existing.length + tabs.length) + 2 + outgoing.length,
      ),
      queue: () => {
        queueSwap(context, plan, existing, tabs, loaded.active.name);
        queueDeletes(outgoing);
      },
    },
  ];
  const batches = packSteps(steps, options.budgetBytes ?? REQUEST_BUDGET_BYTES);

  try {
    for (const batch of batches) {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      if (capabilities.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const step of batch) step.queue();
      await sync();
    }
  } catch (error) {
    const ours = new Set([...temporaryNames, ...plan.sheets.map((spec) => spec.name)].map((name) => name.toLowerCase()));
    let finished = false;
    try {
      finished = await finishedSwap(context, outgoing, sync);
      if (!finished) await putBack(context, existing, ours, loaded.active.id, sync);
    } catch {
      throw new WriteFailed(error, false);
    }
    if (!finished) throw new WriteFailed(error, true);
  }

  const batchBytes = batches.map((batch) => batch.reduce((sum, step) => sum + step.bytes, 0));
  return {
    syncs,
    writeBatches: batches.length,
    largestBatchBytes: Math.max(...batchBytes),
    estimatedBytes: batchBytes.reduce((sum, bytes) => sum + bytes, 0),
    date1904,
    skipped: [...skipped],
  };
}
