import { main } from './main';
import * as pipeline from '../workbook/pipeline';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { workbookBytes } from '../adapters/xlsx-package/testing/package-fixture';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbookFile, workbookGrids } from './workbook-on-disk';

const gridsOf = async (file: string) => workbookGrids(await openWorkbookFile(file));
const blankSheet = { name: 'x', visibility: 'visible' as const, columns: [], rows: [], styles: [], merges: [], conditionalFormats: [], hyperlinks: [] };

function capture(): { output: { stdout: (text: string) => void; stderr: (text: string) => void }; text: () => string } {
  let all = '';
  return {
    output: { stdout: (text) => (all += `${text}\n`), stderr: (text) => (all += `${text}\n`) },
    text: () => all,
  };
}

describe('main', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers bad usage with exit 2 and the usage text in both languages', async () => {
    const run = capture();
    expect(await main(['compute'], run.output)).toBe(2);
    expect(run.text()).toContain('用法错误');
    expect(run.text()).toContain('Bad usage');
  });

  it('answers a file that is not a workbook with exit 2', async () => {
    const run = capture();
    expect(await main(['compute', __filename, '--month', '2026-11'], run.output)).toBe(2);
    expect(run.text()).toMatch(/is not an Excel workbook/);
  });

  it('answers a damaged workbook with its message whole in each language, and the technical detail on a labelled line of its own', async () => {
    const bytes = Buffer.from(await workbookBytes({ sheets: [{ name: 'A', cells: [['x']] }] }));
    // The central directory's checksum of the workbook part (its name's last appearance, 46 bytes into its record), made wrong.
    const at = bytes.lastIndexOf(Buffer.from('xl/workbook.xml')) - 46;
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    bytes.writeUInt32LE((bytes.readUInt32LE(at + 16) + 1) >>> 0, at + 16);
    const file = join(mkdtempSync(join(tmpdir(), 'scorecard-main-')), 'team.xlsx');
    writeFileSync(file, bytes);
    const run = capture();
    expect(await main(['compute', file, '--month', '2026-11'], run.output)).toBe(2);
    const lines = run.text().trim().split('\n');
    const zh = lines.find((line) => line.includes('已损坏'));
    const en = lines.find((line) => line.includes('is damaged'));
    expect(zh).toBeDefined();
    expect(zh).not.toMatch(/checksum|mismatch/);
    expect(en).not.toMatch(/checksum/);
    expect(lines.at(-1)).toMatch(/^(技术细节:|Technical detail: )xl\/workbook\.xml: checksum mismatch$/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('answers a fault of the program with exit 2, never 1 (which means errors in the data)', async () => {
    jest.spyOn(pipeline, 'templateWritePlan').mockImplementation(() => {
      throw new Error('boom');
    });
    const run = capture();
    const file = join(mkdtempSync(join(tmpdir(), 'scorecard-main-')), 'new.xlsx');
    expect(await main(['init', file], run.output)).toBe(2);
    expect(run.text()).toContain('An internal error stopped the run');
    expect(run.text()).toContain('boom');
  });

  it('reports a failure inside the writer as a fault of the program, never as a problem with the folder', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'scorecard-main-')), 'team.xlsx');
    expect(await main(['init', file], capture().output)).toBe(0);
    const planned = pipeline.computeWorkbook(await gridsOf(file), { month: '2026-11', generatedAt: new Date() });
    const badPlan = { ...planned, ok: true, plan: { sheets: [{ ...(planned.plan?.sheets[0] ?? blankSheet), name: 'Not:allowed' }], remove: [] } };
    jest.spyOn(pipeline, 'computeWorkbook').mockReturnValue(badPlan);
    const run = capture();
    expect(await main(['compute', file, '--month', '2026-11'], run.output)).toBe(2);
    expect(run.text()).toContain('An internal error stopped the run');
    expect(run.text()).not.toMatch(/permission|Cannot write/);
  });

  it('prints the usage for help with exit 0', async () => {
    const run = capture();
    expect(await main(['--help'], run.output)).toBe(0);
    expect(run.text()).toContain('scorecard compute FILE.xlsx --month YYYY-MM');
  });
});
