import type { SheetSpec, WritePlan } from '../../workbook/sheet-spec';
import { type Capabilities, noCapabilities } from './capabilities';
import { queueDateSystem } from './date-probe';
import { columnStep, hyperlinkSteps, mergeStep, rowHeightStep, styleSteps } from './decor-steps';
import { featureStep } from './feature-steps';
import { planForHost, type SkippedFeature } from './host-plan';
import { estimateBytes, packSteps, REQUEST_BUDGET_BYTES, type WriteStep } from './payload';
import { finishedSwap, putBack } from './rollback';
import { planNameProblems } from './sheet-names';
import { StyleAreas } from './style-areas';
import { type ExistingSheet, freeNames, outgoingSheets, queueDeletes, queueSwap, TemporaryTab } from './tabs';
import { valueSteps } from './value-steps';
import { PlanRejected, WorkbookProtected, WriteFailed } from './write-errors';

export { PlanRejected, WorkbookProtected, WriteFailed };

export interface RenderOptions {
  /** What the host supports beyond ExcelApi 1.7; default none (detected by the caller). */
  readonly capabilities?: Capabilities;
  /** Estimated bytes per request; default 4 MB. */
  readonly budgetBytes?: number;
}

/** How a write went, for logs, the pane and the size tests. */
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
  /** Features of the plan the host could not render, or rendered another way (host-plan.ts). */
  readonly skipped: readonly SkippedFeature[];
}

function sheetSteps(tab: TemporaryTab, spec: SheetSpec, date1904: boolean, capabilities: Capabilities): WriteStep[] {
  const styles = new StyleAreas(spec);
  return [
    ...columnStep(tab, spec),
    ...rowHeightStep(tab, spec, capabilities),
    ...valueSteps(tab, spec, styles, date1904),
    ...mergeStep(tab, spec),
    ...styleSteps(tab, spec),
    ...hyperlinkSteps(tab, spec, styles, capabilities),
    featureStep(tab, spec),
  ];
}

/**
 * Calculation is suspended only for requests that enter no formula and are not the last.
 * `suspendApiCalculationUntilNextSync`: "Once set, it is the developer's responsibility to
 * re-calc the workbook, to ensure that any dependencies are propagated" (@types/office-js). The
 * links are HYPERLINK formulas: a request that enters them runs with calculation on, so Excel
 * calculates them as it does anything typed, whatever calculation mode the user chose. The other
 * requests write constants into the new tabs while they still have temporary names, which no
 * formula can depend on; the last request, which gives the tabs their names, runs unsuspended.
 * So no recalculation is left to do.
 */
function suspendsCalculation(batch: readonly WriteStep[], index: number, batches: number): boolean {
  return index < batches - 1 && !batch.some((step) => step.formulas);
}

/**
 * Writes a plan into the open workbook, all of it or none of it (SPEC §4). One request reads
 * the sheets there are, whether the workbook's structure is protected, and its date system;
 * a protected workbook is refused there, before anything is written. The plan is adapted to
 * what the host supports (host-plan.ts). The new tabs are written under temporary names in as
 * few requests as the 4 MB budget allows (one for small and medium teams), the last of them also
 * swapping the new tabs in for the old ones, which are renamed aside and hidden, and then
 * deleting the old ones. If a request fails before any old sheet is deleted, the new tabs are
 * deleted and the old ones get their names back, in a fresh request: the workbook is as it was.
 */
export async function renderPlan(context: Excel.RequestContext, wanted: WritePlan, options: RenderOptions = {}): Promise<RenderReport> {
  const problems = planNameProblems(wanted.sheets.map((spec) => spec.name));
  if (problems.length > 0) throw new PlanRejected(problems);
  const capabilities = options.capabilities ?? noCapabilities;
  const { plan, skipped } = planForHost(wanted, capabilities);
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  const sheets = context.workbook.worksheets.load('items/id,items/name,items/visibility');
  const active = context.workbook.worksheets.getActiveWorksheet().load('id,name');
  // WorkbookProtection.protected (ExcelApi 1.7): "Specifies if the workbook is protected."
  const protection = context.workbook.protection.load('protected');
  const usesDate1904 = queueDateSystem(context);
  await sync();
  if (protection.protected) throw new WorkbookProtected();
  const date1904 = usesDate1904();

  const existing: ExistingSheet[] = sheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name, visibility: sheet.visibility, proxy: sheet }));
  const temporaryNames = freeNames('~sc', plan.sheets.length, existing.map((sheet) => sheet.name));
  const tabs = plan.sheets.map((spec, index) => new TemporaryTab(temporaryNames[index], spec.name));
  const outgoing = outgoingSheets(plan, existing);

  const steps: WriteStep[] = [
    { bytes: estimateBytes(temporaryNames, tabs.length), queue: () => tabs.forEach((tab) => tab.add(context)) },
    ...plan.sheets.flatMap((spec, index) => sheetSteps(tabs[index], spec, date1904, capabilities)),
    {
      bytes: estimateBytes(
        [existing.map((sheet) => sheet.name), plan.sheets.map((spec) => spec.name), plan.remove, temporaryNames],
        4 * (existing.length + tabs.length) + 2 + 2 * outgoing.length,
      ),
      queue: () => {
        queueSwap(context, plan, existing, tabs, active.name);
        queueDeletes(outgoing);
      },
    },
  ];
  const batches = packSteps(steps, options.budgetBytes ?? REQUEST_BUDGET_BYTES);

  try {
    for (const [index, batch] of batches.entries()) {
      if (suspendsCalculation(batch, index, batches.length)) context.workbook.application.suspendApiCalculationUntilNextSync();
      if (capabilities.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const step of batch) step.queue();
      await sync();
    }
  } catch (error) {
    const ours = new Set([...temporaryNames, ...plan.sheets.map((spec) => spec.name)].map((name) => name.toLowerCase()));
    let finished = false;
    try {
      finished = await finishedSwap(context, outgoing, sync);
      if (!finished) await putBack(context, existing, ours, active.id, sync);
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
    skipped,
  };
}
