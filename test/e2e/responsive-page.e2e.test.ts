import { newWorkbook, withPlan } from '../../src/cli/workbook-on-disk';
import { sampleWorkbookPlan } from '../../src/workbook/sample/sample-plan';
import { paneSuite } from './pane-suite';
import { openBrowserPane, paneMonth, shownText } from './pane-page';

/**
 * The page stays responsive while a large month computes: the rules run in the workbook
 * worker, so the page's thread keeps painting frames and answering the user. The checks are
 * orderings, not timings: the page answers a change of language while the progress still shows
 * the compute step, which a page computing on its own thread could not (its answer would come
 * only after that step, with the next one on screen).
 */
const employees = 2000;
const month = paneMonth;
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const suite = paneSuite();
let workbook: Buffer;

beforeAll(async () => {
  const now = new Date();
  const sample = await withPlan(await newWorkbook('large.xlsx', now), sampleWorkbookPlan({ employees, months: [month], seed: 11, lang: 'zh' }), now);
  workbook = Buffer.from(sample.pkg.bytes);
}, 120_000);

type Probe = { framesDuringComputeStep: number };

describe('the web page while a large month computes', () => {
  it(`keeps painting and answers the user during the compute step, at ${employees.toLocaleString('en')} employees`, async () => {
    const page = await openBrowserPane(suite.browser, suite.origin, 'zh-CN');
    // Counts the frames the page painted while the progress showed the compute step (step 3).
    await page.evaluate(() => {
      const probe: Probe = { framesDuringComputeStep: 0 };
      (window as unknown as { probe: Probe }).probe = probe;
      const frame = () => {
        const text = document.querySelector('[role="progressbar"]')?.getAttribute('aria-label') ?? '';
        if (/第 3 步|Step 3 of 4/.test(text)) probe.framesDuringComputeStep += 1;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.getByTestId('file-input').setInputFiles({ name: 'large.xlsx', mimeType: xlsxType, buffer: workbook });
    await page.getByLabel('考核月份').selectOption(month);
    await page.getByText(/本月 [\d,]+ 行/).first().waitFor({ timeout: 120_000 });

    await page.getByRole('button', { name: '计算' }).click();
    const computing = shownText(page, '第 3 步，共 4 步');
    await computing.waitFor({ timeout: 120_000 });
    await page.getByLabel('语言').selectOption('en');
    // The answer came while the rules were still running: the same step, now in English.
    await shownText(page, 'Step 3 of 4').waitFor({ timeout: 5_000 });

    await page.getByRole('heading', { name: `Results for ${month}` }).waitFor({ timeout: 120_000 });
    // A page computing on its own thread paints the step once or twice, then nothing until the rules are done.
    const { framesDuringComputeStep } = await page.evaluate(() => (window as unknown as { probe: Probe }).probe);
    expect(framesDuringComputeStep).toBeGreaterThanOrEqual(5);
    await page.close();
  }, 240_000);
});
