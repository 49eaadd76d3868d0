import { readFileSync } from 'fs';
import { join } from 'path';
import { openPackage, readGrids } from '../../src/adapters/xlsx-package/workbook-package';
import { nodeCodec } from '../../src/cli/node-codec';
import { newWorkbook, withPlan, workbookGrids } from '../../src/cli/workbook-on-disk';
import { previousMonth } from '../../src/engine/calendar';
import { computeWorkbook } from '../../src/workbook/pipeline';
import { sampleWorkbookPlan } from '../../src/workbook/sample/sample-plan';
import { detailsSheetName, scorecardSheetName } from '../../src/workbook/layout/sheet-names';
import { expectAccessible } from './accessibility';
import { paneSuite } from './pane-suite';
import { screenshotDirectory } from './build-paths';
import { openBrowserPane, paneMonth, shownText } from './pane-page';
import { gridRows, scorecardLines } from './scorecard-lines';
import { brokenCells, brokenTeamGrids, expectedScores, teamGrids } from './team-fixture';
import { xlsxFromGrids } from './xlsx-from-grids';
import { withInputSheets } from '../corpus/inject-sheets';
import { readZip } from '../../src/adapters/xlsx-package/zip/zip-reader';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');

const month = paneMonth;

/** The grids of a downloaded workbook, every sheet read. */
async function downloadedGrids(path: string) {
  const pkg = await openPackage(new Uint8Array(readFileSync(path)), nodeCodec);
  return readGrids(pkg, nodeCodec);
}
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const suite = paneSuite();

describe('the pane as a plain web page', () => {
  it('computes a chosen workbook and hands it back with the month’s tabs and scores', async () => {
    const page = await openBrowserPane(suite.browser, suite.origin, 'en-US');
    await page.getByTestId('file-input').setInputFiles({ name: 'team.xlsx', mimeType: xlsxType, buffer: await xlsxFromGrids(teamGrids(month)) });
    await shownText(page, 'Opened team.xlsx.').waitFor();
    await page.getByLabel('Month').selectOption(month);
    await shownText(page, '4 employees listed').waitFor();
    await page.getByRole('button', { name: 'Compute' }).click();
    await page.getByRole('heading', { name: `Results for ${month}` }).waitFor();
    expect(await page.getByTestId('headcount').textContent()).toBe('4');
    expect(await page.getByTestId('salary-total').textContent()).toBe('-270');
    expect(await page.getByTestId('award-total').textContent()).toBe('+50');
    expect(await page.getByTestId('flagged').textContent()).toContain('赵六 (1003)');
    await expectAccessible(page, 'results in a browser, in English');
    await page.screenshot({ path: join(screenshotDirectory, 'pane-browser-en.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the workbook' }).click()]);
    expect(download.suggestedFilename()).toBe('team.xlsx');
    const grids = await downloadedGrids(await download.path());
    const names = grids.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['员工', '考勤', '违规', '加分', scorecardSheetName(month, 'zh'), detailsSheetName(month, 'zh')]));
    const lines = scorecardLines(gridRows(grids.sheets.find((sheet) => sheet.name === scorecardSheetName(month, 'zh'))), 'zh');
    expect(Object.fromEntries(lines)).toEqual(expectedScores);
    await page.close();
  });

  it('scores the sample team exactly as the engine does outside the browser', async () => {
    const sample = await withPlan(await newWorkbook('sample.xlsx', new Date()), sampleWorkbookPlan({ employees: 36, months: [previousMonth(month), month], seed: 7, lang: 'zh' }), new Date());
    const buffer = Buffer.from(sample.pkg.bytes);
    const expected = computeWorkbook(await workbookGrids(sample), { month, generatedAt: new Date() });
    expect(expected.ok).toBe(true);

    const page = await openBrowserPane(suite.browser, suite.origin, 'zh-CN');
    await page.getByTestId('file-input').setInputFiles({ name: 'sample.xlsx', mimeType: xlsxType, buffer });
    await page.getByLabel('考核月份').selectOption(month);
    await page.getByRole('button', { name: '计算' }).click();
    await page.getByRole('heading', { name: `${month} 计算结果` }).waitFor();
    expect(await page.getByTestId('headcount').textContent()).toBe(String(expected.result?.employees.length));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
    const lines = scorecardLines(gridRows((await downloadedGrids(await download.path())).sheets.find((sheet) => sheet.name === scorecardSheetName(month, 'zh'))), 'zh');
    const engine = new Map(
      (expected.result?.employees ?? []).map((employee) => [
        employee.id,
        { score: employee.score, grade: employee.grade, salary: employee.salaryAdjustment, award: employee.award },
      ]),
    );
    expect(lines).toEqual(engine);
    await page.close();
  });

  it('lists the errors by sheet with their cells, in Chinese, and offers no download', async () => {
    const page = await openBrowserPane(suite.browser, suite.origin, 'zh-CN');
    await page.getByTestId('file-input').setInputFiles({ name: '有误.xlsx', mimeType: xlsxType, buffer: await xlsxFromGrids(brokenTeamGrids(month)) });
    await page.getByLabel('考核月份').selectOption(month);
    await page.getByRole('button', { name: '计算' }).click();
    const errors = page.getByTestId('error-list');
    await errors.waitFor();
    expect(await errors.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['考勤', '违规']);
    const text = await errors.textContent();
    expect(text).toContain(`考勤!${brokenCells.missingClockOut}`);
    expect(text).toContain(`违规!${brokenCells.unknownCode}`);
    expect(text).toContain('未写入任何内容');
    expect(await page.getByRole('button', { name: '下载工作簿' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '定位' }).count()).toBe(0);
    await expectAccessible(page, 'errors in a browser, in Chinese');
    await page.screenshot({ path: join(screenshotDirectory, 'pane-browser-errors-zh.png'), fullPage: true });
    await page.close();
  });

  it('sets up a new workbook from the templates and offers it for download', async () => {
    const page = await openBrowserPane(suite.browser, suite.origin, 'en-US');
    await page.getByRole('button', { name: 'Start a new workbook' }).click();
    await shownText(page, 'Missing required sheets: Employees, Attendance, Violations.').waitFor();
    await page.getByRole('button', { name: 'Create the missing sheets' }).click();
    await shownText(page, 'The missing sheets were added.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the workbook' }).click()]);
    expect((await downloadedGrids(await download.path())).sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Employees', 'Attendance', 'Violations']));
    await page.close();
  });

  it('refuses a file that is not a workbook, or not a readable one, saying so', async () => {
    const page = await openBrowserPane(suite.browser, suite.origin, 'en-US');
    await page.getByTestId('file-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await shownText(page, 'notes.txt is not an Excel workbook (.xlsx, .xlsm, .xltx or .xltm).').waitFor();
    await page.getByTestId('file-input').setInputFiles({ name: 'broken.xlsx', mimeType: xlsxType, buffer: Buffer.from('not a zip') });
    await shownText(page, 'broken.xlsx could not be read').waitFor();
    expect(await page.getByRole('button', { name: 'Compute' }).count()).toBe(0);
    await page.close();
  });

  it('computes a macro-enabled workbook and hands it back macro-enabled, every part of it kept', async () => {
    const host = readFileSync(join(corpus, 'SimpleMacro.xlsm'));
    const input = await withInputSheets(host, teamGrids(month).sheets);
    const page = await openBrowserPane(suite.browser, suite.origin, 'en-US');
    await page.getByTestId('file-input').setInputFiles({ name: 'team.xlsm', mimeType: 'application/vnd.ms-excel.sheet.macroEnabled.12', buffer: Buffer.from(input) });
    await page.getByLabel('Month').selectOption(month);
    await page.getByRole('button', { name: 'Compute' }).click();
    await page.getByRole('heading', { name: `Results for ${month}` }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the workbook' }).click()]);
    expect(download.suggestedFilename()).toBe('team.xlsm');
    const bytes = readFileSync(await download.path());
    const before = readZip(input);
    const after = readZip(bytes);
    for (const name of ['xl/vbaProject.bin', 'xl/worksheets/sheet1.xml', 'docProps/app.xml']) {
      expect(Buffer.from(after.byName.get(name)!.raw).equals(Buffer.from(before.byName.get(name)!.raw))).toBe(true);
    }
    const pkg = await openPackage(new Uint8Array(bytes), nodeCodec);
    expect(pkg.kind).toBe('xlsm');
    const lines = scorecardLines(gridRows((await readGrids(pkg, nodeCodec)).sheets.find((sheet) => sheet.name === scorecardSheetName(month, 'zh'))), 'zh');
    expect(Object.fromEntries(lines)).toEqual(expectedScores);
    await page.close();
  });

  it('says a password-protected workbook cannot be read and how to remove the password', async () => {
    const page = await openBrowserPane(suite.browser, suite.origin, 'zh-CN');
    await page.getByTestId('file-input').setInputFiles({ name: 'secret.xlsx', mimeType: xlsxType, buffer: readFileSync(join(corpus, 'protected_passtika.xlsx')) });
    await shownText(page, 'secret.xlsx 设置了打开密码').waitFor();
    expect(await page.getByRole('button', { name: '计算' }).count()).toBe(0);
    await page.close();
  });
});
