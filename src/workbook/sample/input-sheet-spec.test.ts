import { inputSheet } from '../schema';
import { inputSheetSpec } from './input-sheet-spec';

describe('inputSheetSpec', () => {
  const spec = inputSheetSpec(inputSheet('kpi'), 'en', [
    ['2026-11', '1001', 512, 97.5, 100, 0],
    ['2026-11', '1002', 420, 91.2, 75, 1],
  ]);

  it('names the sheet and heads its columns in the language', () => {
    expect(spec.name).toBe('KPI');
    expect(spec.rows[0]).toEqual(['Month', 'Employee ID', 'Workload', 'Quality', 'Exam score', 'Valid complaints']);
    expect(inputSheetSpec(inputSheet('kpi'), 'zh', []).rows[0][0]).toBe('月份');
  });

  it('keeps months and IDs as text', () => {
    expect(spec.columns[0].text).toBe(true);
    expect(spec.columns[1].text).toBe(true);
    expect(spec.columns[2].text).toBeUndefined();
  });

  it('formats dates and punches by column kind', () => {
    const attendance = inputSheetSpec(inputSheet('attendance'), 'zh', []);
    expect(attendance.columns.map((column) => column.numberFormat)).toEqual(['yyyy-mm-dd', undefined, undefined, 'hh:mm', 'hh:mm', undefined, undefined]);
  });

  it('makes every column wide enough for its header', () => {
    expect(spec.columns[5].width).toBeGreaterThanOrEqual('Valid complaints'.length);
    expect(spec.columns[0].width).toBeGreaterThanOrEqual(9);
  });

  it('styles and freezes the header row and filters header and data', () => {
    expect(spec.styles).toEqual([{ range: 'A1:F1', style: expect.objectContaining({ bold: true }) }]);
    expect(spec.freeze).toEqual({ rows: 1, columns: 0 });
    expect(spec.autoFilter).toBe('A1:F3');
  });
});
