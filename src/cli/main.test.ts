import { main } from './main';
import * as pipeline from '../workbook/pipeline';
import { mkdtempSync } from 'node:fs';
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
