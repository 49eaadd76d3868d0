import type { FakeOffice, SheetSnapshot, WorkbookSnapshot } from '../../src/adapters/office/fake';
import { formulaResult, hyperlinkOf } from '../../src/adapters/office/fake/cell-input';
import { createOfficeHost, type OfficeGlobals, type OfficeHost } from '../../src/adapters/office/office-host';
import type { Lang } from '../../src/i18n/lang';
import { computeWorkbook, templateWritePlan } from '../../src/workbook/pipeline';
import { sampleWorkbookPlan } from '../../src/workbook/sample/sample-plan';
import type { WritePlan } from '../../src/workbook/sheet-spec';
import { fakeExcel, HOSTS } from './hosts';

/**
 * The task pane's Compute, end to end inside (a strict fake of) Excel, on every host the add-in
 * admits: the sample team's workbook is written through the adapter, read back, computed and
 * written again, month after month, the same month again, in the other language, and through a
 * failure.
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

async function compute(office: FakeOffice, host: OfficeHost, month: string, lang?: Lang): Promise<{ syncs: number }> {
  const start = office.syncCount();
  const grids = await host.readGrids();
  const report = computeWorkbook(grids, { month, generatedAt, lang });
  expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  await host.renderPlan(report.plan as WritePlan);
  return { syncs: office.syncCount() - start };
}

function withoutIds(sheets: readonly SheetSnapshot[]): Omit<SheetSnapshot, 'id'>[] {
  return sheets.map(({ id: _id, ...rest }) => rest);
}

const sheetNames = (snapshot: WorkbookSnapshot) => snapshot.sheets.map((sheet) => sheet.name);

/** The compute log gains a row with every compute that writes: the sheets but the log, without ids. */
const withoutLog = (sheets: readonly SheetSnapshot[]) => withoutIds(sheets.filter((sheet) => sheet.name !== '考核日志'));
const log = (snapshot: WorkbookSnapshot) => snapshot.sheets.find((sheet) => sheet.name === '考核日志') as SheetSnapshot;
const logRows = (sheet: SheetSnapshot) => new Set(Object.keys(sheet.cells).map((address) => Number(/\d+$/.exec(address)?.[0])));

/** Nothing of a write is left behind: no parked or temporary tab, no formula left uncalculated. */
function expectClean(snapshot: WorkbookSnapshot): void {
  expect(sheetNames(snapshot).filter((name) => name.startsWith('~'))).toEqual([]);
  const cells = snapshot.sheets.flatMap((sheet) => Object.values(sheet.cells));
  expect(cells.filter((cell) => cell.uncalculated)).toEqual([]);
}

describe.each(HOSTS)('computing a month inside Excel on $label', (excelHost) => {
  let office: FakeOffice;
  let host: OfficeHost;

  beforeAll(async () => {
    office = fakeExcel(excelHost, { workbook: { sheets: [{ name: 'Sheet1' }] }, displayLanguage: 'zh-CN' });
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
    // also replaces the history; the old one is made hidden and deleted in the same request.
    expect(october.syncs).toBe(4);
    expect(november.syncs).toBe(4);
    const after = office.snapshot();
    for (const sheet of inputs) expect(after.sheets.find((other) => other.id === sheet.id)).toEqual(sheet);
    expect(sheetNames(after)).toEqual(expect.arrayContaining(['考核 2026-10', '明细 2026-10', '考核 2026-11', '明细 2026-11']));
    expectClean(after);
  });

  it('computes the same month three times in a row, the same way each time, in three requests each, adding one log row each time', async () => {
    const before = office.snapshot();
    for (let time = 1; time <= 3; time++) {
      const again = await compute(office, host, '2026-11');
      const after = office.snapshot();
      // The read, with every sheet it reads already seen; the list; the write.
      expect(again.syncs).toBe(3);
      expect(withoutLog(after.sheets)).toEqual(withoutLog(before.sheets));
      expect(sheetNames(after)).toEqual(sheetNames(before));
      expect(after.activeSheet).toBe('考核 2026-11');
      // The compute log keeps every cell it had and gains a row under them (SPEC §4.3).
      const [was, is] = [log(before), log(after)];
      for (const [address, cell] of Object.entries(was.cells)) expect(is.cells[address]?.value).toEqual(cell.value);
      expect(logRows(is).size).toBe(logRows(was).size + time);
      expect(is.cells[`B${Math.max(...logRows(is))}`]?.value).toBe('重新计算');
    }
    expectClean(office.snapshot());
  });

  it('computes the month again in English, replacing its Chinese tabs, and back in Chinese', async () => {
    const chinese = office.snapshot();
    await compute(office, host, '2026-11', 'en');
    const english = office.snapshot();
    expect(sheetNames(english)).toEqual(expect.arrayContaining(['Scorecard 2026-11', 'Details 2026-11']));
    expect(sheetNames(english)).not.toContain('考核 2026-11');
    expect(english.sheets.filter((sheet) => sheet.visibility === 'VeryHidden')).toHaveLength(1);
    expectClean(english);
    await compute(office, host, '2026-11', 'zh');
    const back = office.snapshot();
    expect(sheetNames(back)).not.toContain('Scorecard 2026-11');
    expect(new Set(sheetNames(back))).toEqual(new Set(sheetNames(chinese)));
    expectClean(back);
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

  it.each([
    ['hiding the new history', /\.visibility$/],
    ['renaming a tab aside or into place', /\.name$/],
    ['putting the tabs in order', /\.position$/],
    ['showing the scorecard', /\.activate\(\)$/],
    ['deleting the first old tab', /\.delete\(\)$/],
  ])('leaves the workbook as it was when a recompute fails at %s', async (_, operation) => {
    const before = office.snapshot();
    office.failOnOperation(operation);
    await expect(compute(office, host, '2026-11')).rejects.toMatchObject({ name: 'WriteFailed', restored: true });
    expect(office.snapshot()).toEqual(before);
  });

  it('finishes a recompute whose last delete fails, leaving no old tab behind', async () => {
    const before = office.snapshot();
    // The old tabs are deleted in the workbook's order: the history, last of all the tabs, goes last.
    const history = before.sheets.find((sheet) => sheet.visibility === 'VeryHidden') as SheetSnapshot;
    expect(before.sheets[before.sheets.length - 1].id).toBe(history.id);
    const failures = () => office.syncs.filter((sync) => sync.failed).length;
    const failedBefore = failures();
    office.failOnOperation(`getItem(${JSON.stringify(history.id)}).delete()`);
    await compute(office, host, '2026-11');
    const after = office.snapshot();
    expect(withoutLog(after.sheets)).toEqual(withoutLog(before.sheets));
    expect(sheetNames(after)).toEqual(sheetNames(before));
    expect(failures() - failedBefore).toBe(1);
    expectClean(after);
  });
});
