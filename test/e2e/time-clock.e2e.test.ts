import { Workbook } from 'exceljs';
import { join } from 'path';
import { sampleTimeClockPlan } from '../../src/workbook/sample/time-clock-plan';
import { expectAccessible } from './accessibility';
import { paneSuite } from './pane-suite';
import { screenshotDirectory } from './build-paths';
import { openBrowserPane, paneMonth, shownText } from './pane-page';
import { xlsxFromGrids } from './xlsx-from-grids';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const suite = paneSuite();

/** A team of twenty on a time clock for the pane's month: punches, its schedule, and Attendance for the leave days. */
async function timeClockTeam(): Promise<Buffer> {
  const plan = sampleTimeClockPlan({ employees: 20, months: [paneMonth], seed: 7, lang: 'zh', as: 'punches' });
  return xlsxFromGrids({ sheets: plan.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows })) });
}

describe('a team on a time clock, in the pane', () => {
  it('lists the punches and the schedule among the input sheets with their counts, and computes the month from them', async () => {
    const page = await openBrowserPane(suite.browser, suite.origin, 'en-US');
    await page.getByTestId('file-input').setInputFiles({ name: 'clock.xlsx', mimeType: xlsxType, buffer: await timeClockTeam() });
    await shownText(page, 'Opened clock.xlsx.').waitFor();
    await page.getByLabel('Month').selectOption(paneMonth);
    await shownText(page, `排班 ${paneMonth} (optional)`).waitFor();
    const sheets = await page.getByRole('region', { name: 'Input sheets' }).textContent();
    expect(sheets).toMatch(/打卡 \(optional\)\s*[\d,]+ punches this month/);
    expect(sheets).toMatch(new RegExp(`排班 ${paneMonth} \\(optional\\)\\s*[\\d,]+ shifts scheduled this month`));
    expect(sheets).toContain('考勤 (optional)');
    await page.getByRole('button', { name: 'Compute' }).click();
    await page.getByRole('heading', { name: `Results for ${paneMonth}` }).waitFor();
    expect(await page.getByTestId('headcount').textContent()).toBe('20');
    await expectAccessible(page, 'a month from punches, in English');
    await page.screenshot({ path: join(screenshotDirectory, 'pane-browser-punches-en.png'), fullPage: true });
    await page.close();
  });

  it('offers the Punches sheet and the month’s schedule as an option of the templates', async () => {
    const page = await openBrowserPane(suite.browser, suite.origin, 'zh-CN');
    await page.getByRole('button', { name: '新建工作簿' }).click();
    const option = page.getByRole('checkbox', { name: `使用考勤机：同时添加打卡表和 ${paneMonth} 排班表` });
    await option.waitFor();
    expect(await option.isChecked()).toBe(false);
    expect(await page.getByRole('region', { name: '输入工作表' }).textContent()).not.toContain('本工作簿还没有：员工、考勤、违规、加分、指标、班次、打卡');
    await option.check();
    await shownText(page, `打卡、排班 ${paneMonth}`).waitFor();
    await page.screenshot({ path: join(screenshotDirectory, 'pane-templates-time-clock-zh.png'), fullPage: true });
    await page.getByRole('button', { name: '创建缺少的工作表' }).click();
    await shownText(page, '已添加缺少的工作表').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['员工', '考勤', '打卡', `排班 ${paneMonth}`]));
    expect(workbook.getWorksheet(`排班 ${paneMonth}`)?.getCell('A2').value).toBe('工号');
    await page.close();
  });
});
