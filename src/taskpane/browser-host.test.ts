import { PackageError } from '../adapters/xlsx-package/package-error';
import { openPackage, readGrids } from '../adapters/xlsx-package/workbook-package';
import { testCodec, workbookBytes, workbookParts, zipOf } from '../adapters/xlsx-package/testing/package-fixture';
import type { Lang } from '../i18n/lang';
import type { CellValue } from '../workbook/grid';
import { teamGrids } from '../../test/e2e/team-fixture';
import { browserHost } from './browser-host';
import type { ComputeCallbacks } from './compute-run';
import type { ComputeStep } from './compute-steps';
import { fileSession } from './file-session';
import { packageSession, type PackageSession } from './package-session';

const session = (lang: Lang) => fileSession(lang, packageSession(testCodec));

async function xlsx(sheets: Record<string, readonly (readonly CellValue[])[]>, kind: 'xlsx' | 'xlsm' = 'xlsx'): Promise<Blob> {
  return new Blob([(await workbookBytes({ sheets: Object.entries(sheets).map(([name, cells]) => ({ name, cells })), kind })) as BlobPart]);
}

async function namesIn(blob: Blob): Promise<string[]> {
  const pkg = await openPackage(new Uint8Array(await blob.arrayBuffer()), testCodec);
  return (await readGrids(pkg, testCodec, () => false)).sheets.map((grid) => grid.name);
}

const same = async (a: Blob, b: Blob) => Buffer.from(await a.arrayBuffer()).equals(Buffer.from(await b.arrayBuffer()));

/** Callbacks that record the steps and answer the replace question with `replace`. */
function answering(replace: boolean) {
  const steps: ComputeStep[] = [];
  const asked: (readonly string[])[] = [];
  const callbacks: ComputeCallbacks = {
    onStep: (step) => steps.push(step),
    confirmReplace: async (tabs) => {
      asked.push(tabs);
      return replace;
    },
  };
  return { steps, asked, callbacks };
}

const month = '2026-10';
const team = async () => xlsx(Object.fromEntries(teamGrids(month).sheets.map((grid) => [grid.name, grid.rows])));

describe('browserHost', () => {
  it('inspects the file it opened, and knows its name', async () => {
    const host = browserHost('en', session);
    expect(host.fileName()).toBeUndefined();
    await host.open(await xlsx({ 员工: [['工号', '姓名'], [1001, '王芳']] }), 'team.xlsx');
    expect(host.fileName()).toBe('team.xlsx');
    const { inspection, missingSheets } = await host.inspect(month);
    expect(inspection.sheets.find((sheet) => sheet.key === 'employees')?.name).toBe('员工');
    expect(inspection.missingRequired).toContain('attendance');
    expect(missingSheets.zh).not.toContain('员工');
    expect(missingSheets.zh).toContain('考勤');
  });

  it('adds the missing template sheets, which are then inspected and saved with it', async () => {
    const host = browserHost('zh', session);
    await host.open(await xlsx({ 员工: [['工号']] }), 'team.xlsx');
    await host.addTemplates('zh');
    expect((await host.inspect(month)).missingSheets.zh).toEqual([]);
    const saved = await host.save();
    expect(saved.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await namesIn(saved)).toEqual(expect.arrayContaining(['员工', '考勤']));
  });

  it('computes a month into the file, announcing each step, and previews without writing', async () => {
    const host = browserHost('zh', session);
    await host.open(await team(), 'team.xlsx');
    const before = await host.save();
    const preview = answering(true);
    expect((await host.compute(month, 'preview', preview.callbacks)).kind).toBe('previewed');
    expect(await same(await host.save(), before)).toBe(true);

    const first = answering(true);
    const outcome = await host.compute(month, 'write', first.callbacks);
    expect(outcome.kind).toBe('written');
    expect(first.steps).toEqual(['reading', 'checking', 'computing', 'writing']);
    expect(first.asked).toEqual([]);
    expect(await namesIn(await host.save())).toContain('考核 2026-10');
    // Only what the pane shows comes back: the tab to open, not the plan's cells.
    expect(outcome.kind === 'written' && outcome.report.plan).toEqual({ activate: '考核 2026-10' });
  });

  it('asks before replacing a month’s tabs, and keeps the file as it was when the answer is no', async () => {
    const host = browserHost('zh', session);
    await host.open(await team(), 'team.xlsx');
    await host.compute(month, 'write', answering(true).callbacks);
    const computed = await host.save();
    const declined = answering(false);
    expect((await host.compute(month, 'write', declined.callbacks)).kind).toBe('kept');
    expect(declined.asked).toEqual([['考核 2026-10', '明细 2026-10']]);
    expect(await same(await host.save(), computed)).toBe(true);
  });

  it('hands a macro-enabled workbook back as one: its MIME type, and its extension even if the name said .xlsx', async () => {
    const host = browserHost('en', session);
    await host.open(await xlsx({ Employees: [['Employee ID']] }, 'xlsm'), 'team.xlsx');
    expect(host.fileName()).toBe('team.xlsm');
    // A Blob keeps its type in lower case.
    expect((await host.save()).type).toBe('application/vnd.ms-excel.sheet.macroenabled.12');
  });

  it('tells a failure to write in the pane’s language, naming the file, and keeps the file as it was', async () => {
    const packages = packageSession(testCodec);
    const failing: PackageSession = {
      ...packages,
      write: async () => {
        throw new PackageError('missingPart', '/xl/styles.xml');
      },
    };
    const host = browserHost('zh', (lang) => fileSession(lang, failing));
    await host.open(await xlsx({ 员工: [['工号']] }), 'team.xlsx');
    const before = await host.save();
    await expect(host.addTemplates('zh')).rejects.toThrow(/^team\.xlsx 不完整/);
    expect(await same(await host.save(), before)).toBe(true);
  });

  it('starts an empty workbook to set up from the templates', async () => {
    const host = browserHost('en', session);
    await host.startEmpty('scorecards.xlsx');
    expect(host.fileName()).toBe('scorecards.xlsx');
    expect((await host.inspect(month)).missingSheets.en).toContain('Employees');
  });

  it('refuses any work and any save before a workbook is open', async () => {
    const host = browserHost('en', session);
    await expect(host.inspect(month)).rejects.toThrow('no workbook is open');
    await expect(host.save()).rejects.toThrow('no workbook is open');
  });

  it('rejects a file that is not a workbook with its own words, keeping the one open before', async () => {
    const host = browserHost('en', session);
    await host.open(await xlsx({ Employees: [['Employee ID']] }), 'team.xlsx');
    await expect(host.open(new Blob(['hello']), 'notes.xlsx')).rejects.toThrow('notes.xlsx is not an Excel workbook');
    expect(host.fileName()).toBe('team.xlsx');
  });

  it('refuses a structure-protected workbook on opening, saying how to unprotect it', async () => {
    const parts = workbookParts({ sheets: [{ name: 'A' }] });
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace('<bookViews>', '<workbookProtection lockStructure="1"/><bookViews>');
    const host = browserHost('zh', session);
    await expect(host.open(new Blob([(await zipOf(parts)) as BlobPart]), 'locked.xlsx')).rejects.toThrow(/locked\.xlsx 的工作簿结构受保护/);
  });
});
