import { openPackage, readGrids } from '../adapters/xlsx-package/workbook-package';
import { testCodec, workbookBytes, workbookParts, zipOf } from '../adapters/xlsx-package/testing/package-fixture';
import type { SheetSpec, WritePlan } from '../workbook/sheet-spec';
import { browserHost } from './browser-host';
import { packageSession } from './package-session';

const session = () => packageSession(testCodec);

async function xlsx(sheets: Record<string, (string | number)[][]>, kind: 'xlsx' | 'xlsm' = 'xlsx'): Promise<Blob> {
  return new Blob([(await workbookBytes({ sheets: Object.entries(sheets).map(([name, cells]) => ({ name, cells })), kind })) as BlobPart]);
}

function sheet(name: string, rows: (string | number)[][]): SheetSpec {
  return { name, visibility: 'visible', columns: [], rows, styles: [], merges: [], conditionalFormats: [], hyperlinks: [] };
}

async function namesIn(blob: Blob): Promise<string[]> {
  const pkg = await openPackage(new Uint8Array(await blob.arrayBuffer()), testCodec);
  return (await readGrids(pkg, testCodec, () => false)).sheets.map((grid) => grid.name);
}

describe('browserHost', () => {
  it('reads the grids of the file it opened, and knows its name', async () => {
    const host = browserHost('en', session);
    expect(host.fileName()).toBeUndefined();
    await host.open(await xlsx({ 员工: [['工号', '姓名'], [1001, '王芳']] }), 'team.xlsx');
    expect(host.fileName()).toBe('team.xlsx');
    const grids = await host.readGrids();
    expect(grids.sheets.map((grid) => ({ name: grid.name, rows: grid.rows }))).toEqual([{ name: '员工', rows: [['工号', '姓名'], [1001, '王芳']] }]);
  });

  it('writes a plan into the file, which is then read and saved with it', async () => {
    const host = browserHost('zh', session);
    await host.open(await xlsx({ 员工: [['工号']] }), 'team.xlsx');
    const plan: WritePlan = { sheets: [sheet('考核 2026-10', [['分数'], [76]])], remove: [] };
    await host.write(plan);
    expect((await host.readGrids()).sheets.map((grid) => grid.name)).toEqual(['员工', '考核 2026-10']);
    const saved = await host.save();
    expect(saved.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await namesIn(saved)).toEqual(['员工', '考核 2026-10']);
  });

  it('hands a macro-enabled workbook back as one: its MIME type, and its extension even if the name said .xlsx', async () => {
    const host = browserHost('en', session);
    await host.open(await xlsx({ Employees: [['Employee ID']] }, 'xlsm'), 'team.xlsx');
    expect(host.fileName()).toBe('team.xlsm');
    // A Blob keeps its type in lower case.
    expect((await host.save()).type).toBe('application/vnd.ms-excel.sheet.macroenabled.12');
  });

  it('leaves the file as it was when a write fails part way', async () => {
    const host = browserHost('en', session);
    await host.open(await xlsx({ Employees: [['Employee ID']] }), 'team.xlsx');
    const before = await (await host.save()).arrayBuffer();
    const plan: WritePlan = { sheets: [sheet('Fine', [['a']]), sheet('Not:allowed', [['b']])], remove: [] };
    await expect(host.write(plan)).rejects.toThrow();
    expect(Buffer.from(await (await host.save()).arrayBuffer()).equals(Buffer.from(before))).toBe(true);
    expect((await host.readGrids()).sheets.map((grid) => grid.name)).toEqual(['Employees']);
  });

  it('starts an empty workbook to set up from the templates', async () => {
    const host = browserHost('en', session);
    await host.startEmpty('scorecards.xlsx');
    expect(host.fileName()).toBe('scorecards.xlsx');
    expect((await host.readGrids()).sheets).toEqual([]);
  });

  it('refuses to read or save before a workbook is open', async () => {
    const host = browserHost('en', session);
    await expect(host.readGrids()).rejects.toThrow('no workbook is open');
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
