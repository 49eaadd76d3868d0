import { createFakeOffice } from '../../src/adapters/office/fake';
import { REQUEST_BUDGET_BYTES } from '../../src/adapters/office/payload';
import { renderPlan, type RenderReport } from '../../src/adapters/office/render-plan';
import { scalePlan } from './scale-plan';

const allFeatures = { capabilities: { suspendScreenUpdating: true, autoFilter: true, pageLayout: true, rangeAreas: true, strikethrough: true } };

interface Measure {
  readonly report: RenderReport;
  readonly syncs: number;
  readonly largestRequest: number;
  readonly batchBytes: readonly number[];
}

/** Computes a month's tabs into a team workbook that already holds last run's tabs. */
async function measure(employees: number, budgetBytes = REQUEST_BUDGET_BYTES): Promise<Measure> {
  const office = createFakeOffice({
    workbook: {
      sheets: [
        { name: '员工', rows: [['工号']] },
        { name: '考勤', rows: [['日期']] },
        { name: '考核 2026-11', rows: [['last run']] },
        { name: '明细 2026-11', rows: [['last run']] },
      ],
    },
  });
  const report = await office.Excel.run((context) => renderPlan(context as unknown as Excel.RequestContext, scalePlan(employees), { ...allFeatures, budgetBytes }));
  const tabs = office.state.sheets.map((sheet) => sheet.name);
  expect(tabs).toEqual(['员工', '考勤', '考核 2026-11', '明细 2026-11', '_scorecard_history']);
  return { report, syncs: office.syncCount(), largestRequest: office.largestRequestBytes(), batchBytes: office.syncs.map((sync) => sync.requestBytes) };
}

describe('the size of a write', () => {
  let sizes: Map<number, Measure>;

  beforeAll(async () => {
    sizes = new Map();
    for (const employees of [100, 1_000, 5_000]) sizes.set(employees, await measure(employees));
  }, 60_000);

  it('takes the same two requests at every size up to 5,000 employees: list the sheets, write and delete the old tabs', () => {
    for (const measured of sizes.values()) expect(measured.syncs).toBe(2);
  });

  it('adds requests only past the budget of estimated payload, one per budget', async () => {
    const budget = 1024 * 1024;
    const big = await measure(5_000, budget);
    expect(sizes.get(5_000)?.report.estimatedBytes).toBeGreaterThan(2 * budget);
    expect(big.report.writeBatches).toBeGreaterThan(2);
    expect(big.syncs).toBe(big.report.writeBatches + 1);
    expect(big.largestRequest).toBeLessThan(budget);
    // Greedy packing closes a request only when the next step (at most ~0.6 MB) would not fit.
    expect(big.report.writeBatches).toBeLessThanOrEqual(Math.ceil(big.report.estimatedBytes / (budget - 600 * 1024)));
  });

  it('keeps every request under 4 MB at every size', () => {
    for (const measured of sizes.values()) expect(measured.largestRequest).toBeLessThan(REQUEST_BUDGET_BYTES);
  });

  it('estimates each request at least as large as it turns out', () => {
    for (const measured of sizes.values()) {
      const writes = measured.batchBytes.slice(1, 1 + measured.report.writeBatches);
      expect(measured.report.largestBatchBytes).toBeGreaterThanOrEqual(Math.max(...writes));
    }
  });
});
