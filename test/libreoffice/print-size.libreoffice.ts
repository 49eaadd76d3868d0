import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { buildDemoWorkbook } from '../../src/cli/demo-command';
import { printCopy } from './print-copy';
import { convertToPdf } from './print-tools';

const run = promisify(execFile);

/** Where the PDF stays after the run, to be looked at: beside the other print test's folder, which that test empties. */
const outDir = `${process.env.SCORECARDS_PRINT_DIR ?? join(tmpdir(), 'scorecards-print')}-size`;
const month = '2026-11';
const tabs = [`考核 ${month}`, `明细 ${month}`];

interface PrintedWord {
  readonly text: string;
  readonly width: number;
}

interface PrintedPage {
  readonly text: string;
  readonly words: readonly PrintedWord[];
}

let scorecardPages: PrintedPage[];
let detailsPages: PrintedPage[];

/** Each page's words with their printed widths, from pdftotext's bounding boxes. */
async function printedPages(pdf: string): Promise<PrintedPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [...page.matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)</g)].map((match) => ({
        text: match[3],
        width: Number(match[2]) - Number(match[1]),
      }));
      return { text: words.map((word) => word.text).join(' '), words };
    });
}

/**
 * The size, in points, that most words of Chinese characters print at. A CJK ideograph is one
 * em wide in every CJK font, so a word's width over its length is its size, whatever font
 * stands in for Calibri.
 */
function commonCjkSize(pages: readonly PrintedPage[]): number {
  const sizes = pages
    .flatMap((page) => page.words)
    .filter((word) => /^[\u4e00-\u9fff]{2,}$/u.test(word.text))
    .map((word) => Math.round((word.width / word.text.length) * 10) / 10);
  const counts = new Map<number, number>();
  for (const size of sizes) counts.set(size, (counts.get(size) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

beforeAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, 'print-size.xlsx');
  const workbook = await buildDemoWorkbook(file, 'zh', new Date('2026-12-01T09:00:00Z'));
  // Only the month's tabs print, as HR prints them; the input sheets stay (the links need them).
  await writeFile(file, await printCopy(workbook.pkg.bytes, tabs));
  const [pdf] = await convertToPdf([file], outDir);
  const pages = await printedPages(pdf);
  scorecardPages = pages.filter((page) => page.text.includes(`考核 ${month} ·`));
  detailsPages = pages.filter((page) => page.text.includes(`明细 ${month} ·`));
});

describe('the printed month, read for size and placement', () => {
  it('prints the details at 8 pt or more on A4 landscape', () => {
    expect(detailsPages.length).toBeGreaterThan(0);
    expect(commonCjkSize(detailsPages)).toBeGreaterThanOrEqual(8);
  });

  it('prints the scorecard at 9 pt or more', () => {
    expect(commonCjkSize(scorecardPages)).toBeGreaterThanOrEqual(9);
  });

  it('names the teams in the title in the order people count them', () => {
    expect(scorecardPages[0].text).toContain('一组、二组、三组');
    expect(detailsPages[0].text).toContain('一组、二组、三组');
  });

  it('prints the policy used on the scorecard and the catalog on the details, never policy lines under the details headers', () => {
    const scorecard = scorecardPages.map((page) => page.text).join('\n');
    const details = detailsPages.map((page) => page.text).join('\n');
    expect(scorecard).toContain('本月所用规则');
    expect(details).not.toContain('本月所用规则');
    expect(details).toContain('本月所用考核项目');
  });
});
