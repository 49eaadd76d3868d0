import { createFakeOffice, type FakeOffice, type SheetSnapshot } from '../../src/adapters/office/fake';
import { formulaResult, hyperlinkOf } from '../../src/adapters/office/fake/cell-input';
import { createOfficeHost, type OfficeGlobals, type OfficeHost } from '../../src/adapters/office/office-host';
import { computeWorkbook, templateWritePlan } from '../../src/workbook/pipeline';
import { sampleWorkbookPlan } from '../../src/workbook/sample/sample-plan';
import type { WritePlan } from '../../src/workbook/sheet-spec';

/**
 * The task pane's Compute, end to end inside (a strict fake of) Excel: the sample team's
 * workbook is written through the adapter, read back, computed and written again.
 */
const generatedAt = new Date(Date.UTC(2026, 11, 1, 9, 0));

/** The sample team with one employee whose name looks like a formula. */
function sampleWithFormulaName(): WritePlan {
  const plan = sampleWorkbookPlan({ employees: 36, months: ['2026-10', '2026-11'], seed: 20261, lang: 'zh' });
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) =>
      sheet.name === '员工' ? { ...sheet, rows: sheet.rows.map((row, index) => (index === 2 ? row.map((value, column) => (column === 1 ? '=1+1' : value)) : row)) } : sheet,
    ),
  };
}

async function compute(office: FakeOffice, host: OfficeHost, month: string): Promise<{ syncs: number }> {
  const start = office.syncCount();
  const grids = await host.readGrids();
  const report = computeWorkbook(grids, { month, generatedAt });
  expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  await host.renderPlan(report.plan as WritePlan);
  return { syncs: office.syncCount() - start };
}

function withoutIds(sheets: readonly SheetSnapshot[]): Omit<SheetSnapshot, 'id'>[] {
  return sheets.map(({ id: _id, ...rest }) => rest);
}

describe('computing a month inside Excel', () => {
  let office: FakeOffice;
  let host: OfficeHost;

  beforeAll(async () => {
    office = createFakeOffice({ workbook: { sheets: [{ name: 'Sheet1' }] }, displayLanguage: 'zh-CN' });
    host = createOfficeHost(office as unknown as OfficeGlobals);
    await host.renderPlan(sampleWithFormulaName());
    await host.renderPlan(templateWritePlan(await host.readGrids(), 'zh'));
  });

  it('takes four requests from reading to the last write when sheets were added since the last read, and leaves the input sheets alone', async () => {
    const inputs = office.snapshot().sheets;
    const october = await compute(office, host, '2026-10');
    const november = await compute(office, host, '2026-11');
    // Each read asks for the list with the sheets the last read saw, then for the sheets added
    // since (the policy sheets, then October's history); then the list and the write. November
    // also replaces the history; the old one is deleted in the same request.
    expect(october.syncs).toBe(4);
    expect(november.syncs).toBe(4);
    const after = office.snapshot().sheets;
    for (const sheet of inputs) expect(after.find((other) => other.id === sheet.id)).toEqual(sheet);
    expect(after.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['考核 2026-10', '明细 2026-10', '考核 2026-11', '明细 2026-11']));
  });

  it('writes the month again the same way, replacing its tabs in their places, in three requests, and adds one log row', async () => {
    const before = office.snapshot();
    const again = await compute(office, host, '2026-11');
    const after = office.snapshot();
    // The read, with every sheet it reads already seen; the list; the write.
    expect(again.syncs).toBe(3);
    const notLog = (sheets: readonly SheetSnapshot[]) => withoutIds(sheets.filter((sheet) => sheet.name !== '考核日志'));
    expect(notLog(after.sheets)).toEqual(notLog(before.sheets));
    expect(after.sheets.map((sheet) => sheet.name)).toEqual(before.sheets.map((sheet) => sheet.name));
    expect(after.activeSheet).toBe('考核 2026-11');
    // The compute log keeps every cell it had and gains the row under them (SPEC §4.3).
    const log = (snapshot: typeof before) => snapshot.sheets.find((sheet) => sheet.name === '考核日志') as SheetSnapshot;
    const rowsOf = (sheet: SheetSnapshot) => new Set(Object.keys(sheet.cells).map((address) => Number(/\d+$/.exec(address)?.[0])));
    const [was, is] = [log(before), log(after)];
    for (const [address, cell] of Object.entries(was.cells)) expect(is.cells[address]?.value).toEqual(cell.value);
    expect(rowsOf(is).size).toBe(rowsOf(was).size + 1);
    expect(Object.entries(is.cells).find(([address]) => address === `B${Math.max(...rowsOf(is))}`)?.[1].value).toBe('重新计算');
  });

  it('shows a name like =1+1 as that text in the scorecard, and no generated cell holds a formula but its links', () => {
    const generated = office.state.sheets.filter((sheet) => /^(考核|明细) 2026-1[01]$/.test(sheet.name));
    const formulas = generated.flatMap((sheet) => [...sheet.cells.values()]).flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula]));
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulas.filter((formula) => hyperlinkOf(formula) === undefined)).toEqual([]);
    const scorecard = office.snapshot().sheets.find((sheet) => sheet.name === '考核 2026-11') as SheetSnapshot;
    expect(Object.values(scorecard.cells).some((cell) => cell.value === '=1+1')).toBe(true);
  });

  it('keeps employee IDs as text wherever they are written', () => {
    const scorecard = office.snapshot().sheets.find((sheet) => sheet.name === '考核 2026-11') as SheetSnapshot;
    const shown = Object.values(scorecard.cells).map((cell) => (cell.formula === undefined ? cell.value : formulaResult(cell.formula)));
    expect(shown.filter((value) => typeof value === 'string' && /^\d{4,}$/.test(value)).length).toBeGreaterThan(30);
    const links = Object.values(scorecard.cells).flatMap((cell) => (cell.formula === undefined ? [] : [hyperlinkOf(cell.formula)]));
    expect(links.filter((link) => link && /^\d{4,}$/.test(link.text) && link.target.startsWith("#'明细 2026-11'!A")).length).toBeGreaterThan(30);
  });
});
