import { createFakeOffice } from '../../src/adapters/office/fake';
import { REQUEST_BUDGET_BYTES } from '../../src/adapters/office/payload';
import { renderPlan, type RenderReport } from '../../src/adapters/office/render-plan';
import { scalePlan } from './scale-plan';

const allFeatures = { capabilities: { suspendScreenUpdating: true, autoFilter: true, pageLayout: true } };

interface Measure {
  readonly report: RenderReport;
  readonly syncs: number;
  readonly largestRequest: number;
  readonly batchBytes: readonly number[];
}

/** Computes a month's tabs into a team workbook that already holds last run's tabs. */
async function measure(employees: number): Promise<Measure> {
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
  const report = await office.Excel.run((context) => renderPlan(context as unknown as Excel.RequestContext, scalePlan(employees), allFeatures));
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

  it('takes the same number of requests for 100 and 1,000 employees: read, write, delete', () => {
    expect(sizes.get(100)?.syncs).toBe(3);
    expect(sizes.get(1_000)?.syncs).toBe(3);
  });

  it('adds requests only past 4 MB of estimated payload, one per 4 MB, for 5,000 employees', () => {
    const big = sizes.get(5_000) as Measure;
    expect(sizes.get(1_000)?.report.estimatedBytes).toBeLessThan(REQUEST_BUDGET_BYTES);
    expect(big.report.estimatedBytes).toBeGreaterThan(REQUEST_BUDGET_BYTES);
    expect(big.syncs).toBe(big.report.writeBatches + 2);
    // Greedy packing closes a request only when the next step (at most ~0.6 MB) would not fit.
    expect(big.report.writeBatches).toBeLessThanOrEqual(Math.ceil(big.report.estimatedBytes / (REQUEST_BUDGET_BYTES - 600 * 1024)));
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
