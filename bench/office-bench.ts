import { createFakeOffice } from '../src/adapters/office/fake';
import { createOfficeHost, type OfficeGlobals } from '../src/adapters/office/office-host';
import { openWorkbookFile, workbookGrids } from '../src/cli/workbook-on-disk';
import { computeWorkbook } from '../src/workbook/pipeline';
import type { OfficeMeasurement } from './bench-results';
import { benchMonth, type SampleFile } from './samples';

/**
 * The task pane's Compute inside Excel, against the strict in-memory Excel holding the same
 * workbook as the file: the pane opens and reads the workbook, as it does to show the month's
 * state; then Compute reads the sheets, computes and writes the tabs (each a run of its own, as
 * the pane runs them). Counts every `context.sync()` of Compute, from its first read to the
 * last write, and the largest request and answer any of them carried.
 */
export async function measureOffice(sample: SampleFile): Promise<OfficeMeasurement> {
  const grids = await workbookGrids(await openWorkbookFile(sample.path));
  const office = createFakeOffice({
    workbook: { sheets: grids.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows, visibility: sheet.visibility })) },
    displayLanguage: 'zh-CN',
  });
  const host = createOfficeHost(office as unknown as OfficeGlobals);
  await host.readGrids();
  const openingSyncs = office.syncs.length;
  const started = process.hrtime.bigint();
  const read = await host.readGrids();
  const report = computeWorkbook(read, { month: benchMonth, generatedAt: new Date() });
  if (!report.ok || !report.plan) throw new Error(`${sample.path} does not compute inside the in-memory Excel`);
  await host.renderPlan(report.plan);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const syncs = office.syncs.slice(openingSyncs);
  return {
    employees: sample.employees,
    wallMs,
    syncs: syncs.length,
    openingSyncs,
    largestRequestBytes: Math.max(0, ...syncs.map((sync) => sync.requestBytes)),
    largestResponseBytes: Math.max(0, ...syncs.map((sync) => sync.responseBytes)),
    requestBytes: syncs.reduce((sum, sync) => sum + sync.requestBytes, 0),
    responseBytes: syncs.filter((sync) => sync.failed === undefined).reduce((sum, sync) => sum + sync.responseBytes, 0),
    refusedSyncs: syncs.filter((sync) => sync.failed !== undefined).length,
  };
}
