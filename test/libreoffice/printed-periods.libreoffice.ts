import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoWorkbook } from '../../src/cli/demo-command';
import { withPlan, workbookGrids } from '../../src/cli/workbook-on-disk';
import type { PeriodResult } from '../../src/engine/rollup';
import { readsCellsOf } from '../../src/workbook/content-sheets';
import { rollupWorkbook } from '../../src/workbook/rollup-pipeline';
import { printCopy } from './print-copy';
import { convertToPdf, pdfPages, pdfPictures, pngSize } from './print-tools';

/** Where the PDFs and pictures stay after the run, to be looked at. */
const outDir = process.env.SCORECARDS_PRINT_DIR ?? join(tmpdir(), 'scorecards-print-periods');
const quarterTab = '考核 2026-Q4';
const logTab = '考核日志';

let result: PeriodResult;
let quarterPages: string[];
let logPages: string[];
let pictures: string[];

beforeAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  // The demo computes October and November 2026; the quarter is summed up from them.
  const full = join(outDir, 'demo-quarter.xlsx');
  const demo = await buildDemoWorkbook(full, 'zh', new Date('2026-12-01T09:00:00Z'));
  const report = rollupWorkbook(await workbookGrids(demo, readsCellsOf), { period: '2026-Q4', generatedAt: new Date('2026-12-02T09:00:00Z') });
  if (!report.ok || !report.plan || !report.result) throw new Error(JSON.stringify(report.issues));
  result = report.result;
  const workbook = await withPlan(demo, report.plan, new Date('2026-12-02T09:00:00Z'));
  await writeFile(full, workbook.pkg.bytes);
  await writeFile(join(outDir, 'quarter.xlsx'), await printCopy(workbook.pkg.bytes, [quarterTab]));
  await writeFile(join(outDir, 'log.xlsx'), await printCopy(workbook.pkg.bytes, [logTab]));
  const [quarterPdf, logPdf] = await convertToPdf([join(outDir, 'quarter.xlsx'), join(outDir, 'log.xlsx')], outDir);
  quarterPages = await pdfPages(quarterPdf);
  logPages = await pdfPages(logPdf);
  pictures = [...(await pdfPictures(quarterPdf, outDir, 'quarter')), ...(await pdfPictures(logPdf, outDir, 'log'))];
});

describe('the printed quarter and compute log', () => {
  it('prints the quarter’s title, the months it covers and its footer on every page', () => {
    expect(quarterPages[0]).toContain('客服季度考核表 2026-Q4');
    expect(quarterPages[0]).toContain('2026-10、2026-11');
    expect(quarterPages[0]).toContain('2026-12');
    quarterPages.forEach((page, index) => expect(page).toContain(`考核 2026-Q4 · 第 ${index + 1} 页`));
  });

  it('prints every employee of the quarter once, with the rank, the average and the grade', () => {
    const lines = quarterPages.flatMap((page) => page.split('\n'));
    for (const employee of result.employees) {
      const printed = lines.filter((line) => line.includes(` ${employee.id} `) && line.includes(employee.name));
      expect(printed).toHaveLength(1);
      expect(printed[0].trim().startsWith(String(employee.rank))).toBe(true);
      const average = String(employee.averageScore);
      expect(printed[0]).toMatch(new RegExp(`\\s(${average}|${employee.averageScore.toFixed(1)}|${employee.averageScore.toFixed(2)})\\s+${employee.grade}\\s`));
    }
  });

  it('repeats the column headers on every page of the quarter', () => {
    for (const page of quarterPages) expect(page).toMatch(/排名\s+工号\s+姓名/);
  });

  it('prints the compute log readably: its title, each run’s month and changes, one page wide', () => {
    const text = logPages.join('\n');
    expect(text).toContain('考核日志');
    expect(text).toMatch(/2026-\d\d-\d\d \d\d:\d\d\s+计算\s+2026-10\s+中文\s+\d+\s/);
    expect(text).toMatch(/汇总\s+2026-Q4/);
    expect(text).toContain('首次计算');
    expect(logPages).toHaveLength(1);
  });

  it('turns every page into an A4 landscape picture', async () => {
    expect(pictures.length).toBe(quarterPages.length + logPages.length);
    for (const picture of pictures) {
      const { width, height } = await pngSize(picture);
      expect(width).toBeGreaterThan(900);
      expect(width).toBeLessThan(960);
      expect(height).toBeGreaterThan(640);
      expect(height).toBeLessThan(680);
    }
  });
});
