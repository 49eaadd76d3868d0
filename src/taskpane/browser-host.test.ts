import { Workbook } from 'exceljs';
import type { SheetSpec, WritePlan } from '../workbook/sheet-spec';
import { browserHost } from './browser-host';

async function xlsx(sheets: Record<string, (string | number)[][]>): Promise<Blob> {
  const workbook = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return new Blob([await workbook.xlsx.writeBuffer()]);
}

function sheet(name: string, rows: (string | number)[][]): SheetSpec {
  return { name, visibility: 'visible', columns: [], rows, styles: [], merges: [], conditionalFormats: [], hyperlinks: [] };
}

async function namesIn(blob: Blob): Promise<string[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  return workbook.worksheets.map((worksheet) => worksheet.name);
}

describe('browserHost', () => {
  it('reads the grids of the file it opened, and knows its name', async () => {
    const host = browserHost('en');
    expect(host.fileName()).toBeUndefined();
    await host.open(await xlsx({ 员工: [['工号', '姓名'], [1001, '王芳']] }), 'team.xlsx');
    expect(host.fileName()).toBe('team.xlsx');
    const grids = await host.readGrids();
    expect(grids.sheets.map((grid) => ({ name: grid.name, rows: grid.rows }))).toEqual([
      { name: '员工', rows: [['工号', '姓名'], [1001, '王芳']] },
    ]);
  });

  it('writes a plan into the file, which is then read and saved with it', async () => {
    const host = browserHost('zh');
    await host.open(await xlsx({ 员工: [['工号']] }), 'team.xlsx');
    const plan: WritePlan = { sheets: [sheet('考核 2026-10', [['分数'], [76]])], remove: [] };
    await host.write(plan);
    expect((await host.readGrids()).sheets.map((grid) => grid.name)).toEqual(['员工', '考核 2026-10']);
    expect(await namesIn(await host.save())).toEqual(['员工', '考核 2026-10']);
  });

  it('leaves the file as it was when a write fails part way', async () => {
    const host = browserHost('en');
    await host.open(await xlsx({ Employees: [['Employee ID']] }), 'team.xlsx');
    const before = await (await host.save()).arrayBuffer();
    const plan: WritePlan = { sheets: [sheet('Fine', [['a']]), sheet('Not:allowed', [['b']])], remove: [] };
    await expect(host.write(plan)).rejects.toThrow();
    expect(Buffer.from(await (await host.save()).arrayBuffer()).equals(Buffer.from(before))).toBe(true);
    expect((await host.readGrids()).sheets.map((grid) => grid.name)).toEqual(['Employees']);
  });

  it('starts an empty workbook to set up from the templates', async () => {
    const host = browserHost('en');
    await host.startEmpty('scorecards.xlsx');
    expect(host.fileName()).toBe('scorecards.xlsx');
    expect((await host.readGrids()).sheets).toEqual([]);
  });

  it('refuses to read or save before a workbook is open', async () => {
    const host = browserHost('en');
    await expect(host.readGrids()).rejects.toThrow('no workbook is open');
    await expect(host.save()).rejects.toThrow('no workbook is open');
  });

  it('rejects a file that is not a workbook, keeping the one open before', async () => {
    const host = browserHost('en');
    await host.open(await xlsx({ Employees: [['Employee ID']] }), 'team.xlsx');
    await expect(host.open(new Blob(['hello']), 'notes.xlsx')).rejects.toThrow();
    expect(host.fileName()).toBe('team.xlsx');
  });
});
