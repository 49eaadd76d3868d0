import type { Issue } from '../../engine/issues';
import { entryRow, templateSheet, type FieldRow } from './fixtures';
import { readEntries } from './read-entries';

function read(rows: readonly FieldRow[], sheet: 'violations' | 'merits' = 'violations') {
  const issues: Issue[] = [];
  return { ...readEntries(templateSheet(sheet, rows), sheet, '2026-11', issues), issues };
}

describe('readEntries', () => {
  it('reads every field of a violation row', () => {
    const row = entryRow({ code: 'l08', times: '2', points: 3.5, amount: '1,200', note: '漏记', recordedBy: '李主管', status: '有效' });
    const { records, issues } = read([row]);
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        sheet: 'violations',
        date: '2026-11-10',
        employeeId: '1001',
        code: 'L08',
        times: 2,
        points: 3.5,
        amount: 1200,
        note: '漏记',
        recordedBy: '李主管',
        voided: false,
        ref: {
          sheet: '违规',
          row: 2,
          columns: { date: 'A', employeeId: 'B', code: 'C', times: 'D', points: 'E', amount: 'F', note: 'G', recordedBy: 'H', status: 'I' },
        },
      },
    ]);
  });

  it('leaves times, points and amount undefined when blank', () => {
    const { records } = read([entryRow()]);
    expect(records[0]).toMatchObject({ times: undefined, points: undefined, amount: undefined, voided: false });
  });

  it('marks void rows voided, by each void word, and keeps them', () => {
    const { records } = read(['撤销', '作废', 'Void', 'voided'].map((status) => entryRow({ status })));
    expect(records.map((row) => row.voided)).toEqual([true, true, true, true]);
  });

  it('tags merit rows with their sheet', () => {
    const { records } = read([entryRow({ code: 'B03' })], 'merits');
    expect(records[0]).toMatchObject({ sheet: 'merits', code: 'B03', ref: { sheet: '加分' } });
  });

  it('reports an unknown entry status as an error at its cell', () => {
    const { records, issues } = read([entryRow({ status: '申诉中' })]);
    expect(issues).toEqual([{ severity: 'error', code: 'INVALID_ENTRY_STATUS', sheet: '违规', cell: 'I2', params: { value: '申诉中' } }]);
    expect(records).toEqual([]);
  });

  it('reports numbers that cannot be read, each at its cell', () => {
    const { issues } = read([entryRow({ times: 'two', points: '3分', amount: '¥50' })]);
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['INVALID_NUMBER', 'D2'],
      ['INVALID_NUMBER', 'E2'],
      ['INVALID_NUMBER', 'F2'],
    ]);
  });

  it('reports a blank code under its header', () => {
    const { issues } = read([entryRow({ code: null })]);
    expect(issues).toEqual([{ severity: 'error', code: 'MISSING_VALUE', sheet: '违规', cell: 'C2', params: { column: '代码' } }]);
  });

  it("ignores other months' rows but reports an unreadable date anywhere", () => {
    const { records, issues } = read([entryRow({ date: '2026-12-01', code: null }), entryRow({ date: '2026/13/01' })]);
    expect(records).toEqual([]);
    expect(issues).toEqual([{ severity: 'error', code: 'INVALID_DATE', sheet: '违规', cell: 'A3', params: { value: '2026/13/01' } }]);
  });
});
