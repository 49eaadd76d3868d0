import { createFakeOffice } from '../../src/adapters/office/fake';
import { readGrids } from '../../src/adapters/office/read-grids';
import { sampleWorkbookPlan } from '../../src/workbook/sample/sample-plan';

describe('the size of a read', () => {
  it('reads a 1,000-employee team’s month (some 30,000 attendance rows) in two requests, as it is', async () => {
    const input = sampleWorkbookPlan({ employees: 1_000, months: ['2026-11'], seed: 7, lang: 'zh' });
    const office = createFakeOffice({ workbook: { sheets: input.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows as never })) } });
    const grids = await office.Excel.run((context) => readGrids(context as unknown as Excel.RequestContext));
    expect(office.syncCount()).toBe(2);
    expect(grids.sheets.map((sheet) => sheet.name)).toEqual(input.sheets.map((sheet) => sheet.name));
    const attendance = input.sheets.findIndex((sheet) => sheet.name === '考勤');
    expect(grids.sheets[attendance].rows.length).toBeGreaterThan(29_000);
    expect(grids.sheets[attendance].rows).toEqual(input.sheets[attendance].rows.map((row) => row.map((value) => (value === '' ? null : value))));
  }, 30_000);
});
