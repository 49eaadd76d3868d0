import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoWorkbook } from '../../src/cli/demo-command';
import { newWorkbook, saveWorkbook, savePlan, workbookGrids } from '../../src/cli/workbook-on-disk';
import type { EmployeeResult } from '../../src/engine/results';
import { computeWorkbook } from '../../src/workbook/pipeline';
import { printCopy } from './print-copy';
import { convertToPdf, pdfPages, pdfPictures, pngSize } from './print-tools';

/** Where the PDFs and pictures stay after the run, to be looked at. */
const outDir = process.env.SCORECARDS_PRINT_DIR ?? join(tmpdir(), 'scorecards-print');
const month = '2026-11';
const scorecardTab = `考核 ${month}`;
const detailsTab = `明细 ${month}`;
const trickyTexts = ['=1+1', '+1', '-1', '@SUM(A1)'];

let employees: readonly EmployeeResult[];
let scorecardPages: string[];
let detailsPages: string[];
let textPages: string[];
let pictures: string[];

/** A workbook whose text cells look like formulas. */
async function trickyTextWorkbook(target: string): Promise<void> {
  const workbook = await newWorkbook(target, new Date());
  await savePlan(workbook, {
    sheets: [
      {
        name: 'Names',
        visibility: 'visible',
        columns: [{ width: 16, text: true }, { width: 16 }],
        rows: trickyTexts.map((text) => [text, text]),
        styles: [],
        merges: [],
        conditionalFormats: [],
        hyperlinks: [],
      },
    ],
    remove: [],
  }, target, new Date());
}

beforeAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const full = join(outDir, 'demo.xlsx');
  const workbook = await buildDemoWorkbook(full, 'zh', new Date('2026-12-01T09:00:00Z'));
  const report = computeWorkbook(await workbookGrids(workbook), { month, generatedAt: new Date('2026-12-01T09:00:00Z') });
  employees = report.result?.employees ?? [];

  await saveWorkbook(workbook, full);
  await writeFile(join(outDir, 'print.xlsx'), await printCopy(workbook.pkg.bytes, [scorecardTab, detailsTab]));
  await trickyTextWorkbook(join(outDir, 'names.xlsx'));
  const [printPdf, namesPdf] = await convertToPdf([join(outDir, 'print.xlsx'), join(outDir, 'names.xlsx')], outDir);

  const pages = await pdfPages(printPdf);
  scorecardPages = pages.filter((page) => page.includes(`${scorecardTab} ·`));
  detailsPages = pages.filter((page) => page.includes(`${detailsTab} ·`));
  textPages = await pdfPages(namesPdf);
  pictures = await pdfPictures(printPdf, outDir, 'page');
});

/** The printed lines of an employee on the scorecard. */
function printedLines(employee: EmployeeResult): string[] {
  return scorecardPages
    .flatMap((page) => page.split('\n'))
    .filter((each) => each.includes(` ${employee.id} `) && each.includes(employee.name));
}

function printedLine(employee: EmployeeResult): string {
  const [line] = printedLines(employee);
  if (!line) throw new Error(`${employee.id} ${employee.name} is not on the printed scorecard`);
  return line;
}

const shown = (score: number): string => `(${score}|${score.toFixed(1)}|${score.toFixed(2)})`;

describe('the printed month', () => {
  it('prints the scorecard and then the details, page-numbered in the footer', () => {
    expect(scorecardPages.length).toBeGreaterThanOrEqual(1);
    expect(detailsPages.length).toBeGreaterThanOrEqual(1);
    expect(scorecardPages[0]).toContain(`客服考核表 ${month}`);
    expect(detailsPages[0]).toContain(`考核明细 ${month}`);
    expect(scorecardPages[0]).toMatch(/第 1 页/);
  });

  it('prints every scored employee once on the scorecard', () => {
    expect(employees.length).toBe(36);
    for (const employee of employees) expect(printedLines(employee)).toHaveLength(1);
  });

  it('prints the right rank, score and grade for the first, a middle and the last employee', () => {
    const picked = [employees[0], employees[Math.floor(employees.length / 2)], employees[employees.length - 1]];
    for (const employee of picked) {
      const line = printedLine(employee);
      expect(line.trim().startsWith(String(employee.rank))).toBe(true);
      expect(line).toMatch(new RegExp(`\\s${shown(employee.score)}\\s+${employee.grade}\\s`));
    }
  });

  it('repeats the column headers on every scorecard page', () => {
    for (const page of scorecardPages) expect(page).toMatch(/排名\s+工号\s+姓名/);
  });

  it('prints text that looks like a formula as the text itself', () => {
    const text = textPages.join('\n');
    for (const tricky of trickyTexts) expect(text).toContain(tricky);
    expect(text).not.toMatch(/^\s*2\s*$/m);
  });

  it('turns every page into an A4 landscape picture', async () => {
    expect(pictures.length).toBe(scorecardPages.length + detailsPages.length);
    for (const picture of pictures) {
      const { width, height } = await pngSize(picture);
      // A4 landscape at 80 dpi: 11.69 × 8.27 inches.
      expect(width).toBeGreaterThan(900);
      expect(width).toBeLessThan(960);
      expect(height).toBeGreaterThan(640);
      expect(height).toBeLessThan(680);
      expect((await stat(picture)).size).toBeGreaterThan(10_000);
    }
  });
});
