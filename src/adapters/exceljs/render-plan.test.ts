import ExcelJS from 'exceljs';
// ExcelJS's own zip library, to look at the saved XML where ExcelJS's reader drops a detail.
import JSZip from 'jszip';
import type { SheetSpec, WritePlan } from '../../workbook/sheet-spec';
import { renderPlan } from './render-plan';

function spec(name: string, overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name,
    visibility: 'visible',
    columns: [{ width: 10 }],
    rows: [[name]],
    styles: [],
    merges: [],
    conditionalFormats: [],
    hyperlinks: [],
    ...overrides,
  };
}

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return loaded;
}

/** An input workbook as a supervisor keeps it: values, formats, styles, merges, widths. */
function inputWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const employees = workbook.addWorksheet('员工');
  employees.addRow(['工号', '姓名', '组别', '岗位', '入职日期']);
  employees.addRow(['1001', '王芳', '一组', '客服', 46000]);
  employees.addRow([1002, '=1+1', '二组', '组长', 46010.5]);
  employees.getRow(1).font = { bold: true, color: { argb: 'FFFF0000' } };
  employees.getCell('E2').numFmt = 'yyyy-mm-dd';
  employees.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  employees.getCell('D3').border = { bottom: { style: 'double' } };
  employees.getColumn(2).width = 22;
  employees.mergeCells('A5:C5');
  employees.getCell('A5').value = '备注';
  const attendance = workbook.addWorksheet('考勤');
  attendance.addRow(['日期', '工号', '班次', '上班打卡', '下班打卡']);
  attendance.addRow([46000, '1001', 'N', 0.7291666666666666, 0.0013888888888888889]);
  return workbook;
}

function cellSnapshot(worksheet: ExcelJS.Worksheet): unknown[] {
  const cells: unknown[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push({ address: cell.address, value: cell.value, type: cell.type, style: cell.style, master: cell.master.address }),
    ),
  );
  return cells;
}

describe('renderPlan', () => {
  it('keeps every cell, value and style of the input sheets', async () => {
    const original = await reload(inputWorkbook());
    const before = original.worksheets.map(cellSnapshot);
    const widths = original.getWorksheet('员工')?.columns.map((column) => column.width);

    renderPlan(original, { sheets: [spec('考核 2026-11'), spec('历史', { visibility: 'veryHidden' })], remove: [] });
    const after = await reload(original);

    expect([after.getWorksheet('员工'), after.getWorksheet('考勤')].map((sheet) => cellSnapshot(sheet!))).toEqual(before);
    expect(after.getWorksheet('员工')?.columns.map((column) => column.width)).toEqual(widths);
    expect(after.getWorksheet('员工')?.getCell('C5').isMerged).toBe(true);
  });

  it('orders input sheets first, new tabs next and the hidden history last', async () => {
    const workbook = await reload(inputWorkbook());
    renderPlan(workbook, { sheets: [spec('考核 2026-10'), spec('历史', { visibility: 'veryHidden' })], remove: [] });
    const first = await reload(workbook);
    renderPlan(first, { sheets: [spec('考核 2026-11'), spec('明细 2026-11'), spec('历史', { visibility: 'veryHidden' })], remove: [] });
    const second = await reload(first);
    expect(second.worksheets.map((sheet) => sheet.name)).toEqual(['员工', '考勤', '考核 2026-10', '考核 2026-11', '明细 2026-11', '历史']);
    expect(second.getWorksheet('历史')?.state).toBe('veryHidden');
  });

  it('replaces a sheet of the same name, whatever its case, dropping its old cells', async () => {
    const workbook = await reload(inputWorkbook());
    renderPlan(workbook, { sheets: [spec('Scorecard 2026-11', { rows: [['old'], ['stale row']] })], remove: [] });
    renderPlan(workbook, { sheets: [spec('SCORECARD 2026-11', { rows: [['new']] })], remove: [] });
    const saved = await reload(workbook);
    const sheet = saved.getWorksheet('SCORECARD 2026-11');
    expect(saved.worksheets.map((each) => each.name)).toEqual(['员工', '考勤', 'SCORECARD 2026-11']);
    expect(sheet?.getCell('A1').value).toBe('new');
    expect(sheet?.getCell('A2').value).toBeNull();
  });

  it('removes the sheets the plan names for removal', async () => {
    const workbook = await reload(inputWorkbook());
    renderPlan(workbook, { sheets: [spec('Scorecard 2026-11'), spec('Details 2026-11')], remove: [] });
    renderPlan(workbook, { sheets: [spec('考核 2026-11')], remove: ['Scorecard 2026-11', 'Details 2026-11', 'Not there'] });
    const saved = await reload(workbook);
    expect(saved.worksheets.map((sheet) => sheet.name)).toEqual(['员工', '考勤', '考核 2026-11']);
  });

  it('activates the sheet the plan names, with exactly one tab selected', async () => {
    const workbook = await reload(inputWorkbook());
    const plan: WritePlan = { sheets: [spec('考核 2026-11'), spec('明细 2026-11')], remove: [], activate: '考核 2026-11' };
    renderPlan(workbook, plan);
    const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const saved = await reload(workbook);
    expect(saved.views[0].activeTab).toBe(2);
    const zip = await JSZip.loadAsync(buffer);
    const sheetXml = await Promise.all(
      [1, 2, 3, 4].map((index) => zip.file(`xl/worksheets/sheet${index}.xml`)?.async('string') ?? ''),
    );
    expect(sheetXml.map((xml) => xml.includes('tabSelected="1"'))).toEqual([false, false, true, false]);
  });

  it('keeps the active sheet when the plan names none', async () => {
    const workbook = await reload(inputWorkbook());
    renderPlan(workbook, { sheets: [spec('考核 2026-11')], remove: [] });
    const saved = await reload(workbook);
    expect(saved.worksheets[saved.views[0].activeTab].name).toBe('员工');
  });

  it('never activates a hidden sheet', async () => {
    const workbook = await reload(inputWorkbook());
    renderPlan(workbook, { sheets: [spec('历史', { visibility: 'veryHidden' })], remove: [], activate: '历史' });
    const saved = await reload(workbook);
    expect(saved.worksheets[saved.views[0].activeTab].name).toBe('员工');
  });

  it('renders a 5,000-row styled sheet quickly', () => {
    const columns = 16;
    const rows = Array.from({ length: 5_000 }, (_, row) =>
      Array.from({ length: columns }, (_, column) => (column < 3 ? `E${row}-${column}` : row * 0.5 + column)),
    );
    const zebra = rows.map((_, row) => ({ range: `A${row + 1}:P${row + 1}`, style: { fill: row % 2 ? '#F2F2F2' : '#FFFFFF' } }));
    const sheet = spec('Details 2026-11', {
      columns: Array.from({ length: columns }, (_, column) => (column < 3 ? { width: 12, text: true } : { width: 8, numberFormat: '0.0' })),
      rows,
      styles: [{ range: 'A1:P5000', style: { border: 'thin', borderColor: '#BFBFBF' } }, ...zebra, { range: 'J1:J5000', style: { bold: true } }],
      conditionalFormats: [{ kind: 'lessThan', range: 'J1:J5000', value: 60, style: { fill: '#FFC7CE' } }],
    });
    const workbook = new ExcelJS.Workbook();
    const started = Date.now();
    renderPlan(workbook, { sheets: [sheet], remove: [] });
    expect(Date.now() - started).toBeLessThan(3_000);
    const rendered = workbook.getWorksheet('Details 2026-11')!;
    const styles = new Set<unknown>();
    rendered.eachRow((row) => row.eachCell((cell) => styles.add(cell.style)));
    // Alike cells share one style object: columns × stripes (× the bold column).
    expect(styles.size).toBeLessThanOrEqual(columns * 2);
  });
});
