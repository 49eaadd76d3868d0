import type { Issue } from '../../engine/issues';
import { serialTime, templateSheet, type FieldRow } from './fixtures';
import { readShifts } from './read-shifts';

function read(rows: readonly FieldRow[]) {
  const issues: Issue[] = [];
  return { ...readShifts(templateSheet('shifts', rows), issues), issues };
}

describe('readShifts', () => {
  it('reads a shift from serial times, with its name in both languages', () => {
    const { records, issues } = read([{ code: 'm', name: '中班', start: serialTime(12, 0), end: serialTime(21, 0), breakMinutes: 30 }]);
    expect(issues).toEqual([]);
    expect(records).toEqual([{ code: 'M', name: { zh: '中班', en: '中班' }, start: 720, end: 1260, breakMinutes: 30 }]);
  });

  it('reads text times, 24:00 as midnight, a blank break as 0 and a blank name as the code', () => {
    const { records } = read([{ code: 'N', start: '17:30', end: '24:00' }]);
    expect(records).toEqual([{ code: 'N', name: { zh: 'N', en: 'N' }, start: 1050, end: 0, breakMinutes: 0 }]);
  });

  it('reports a blank start or end under its header', () => {
    const { records, issues } = read([{ code: 'D', start: null, end: null }]);
    expect(records).toEqual([]);
    expect(issues.map((issue) => [issue.code, issue.cell, issue.params])).toEqual([
      ['MISSING_VALUE', 'C2', { column: '上班' }],
      ['MISSING_VALUE', 'D2', { column: '下班' }],
    ]);
  });

  it('accepts breaks from 0 to 1439 minutes and rejects -1 and 1440', () => {
    const row = (breakMinutes: number): FieldRow => ({ code: 'D', start: '8:30', end: '17:30', breakMinutes });
    expect(read([row(0), row(1439)]).issues).toEqual([]);
    expect(read([row(-1), row(1440)]).issues).toEqual([
      { severity: 'error', code: 'INVALID_NUMBER', sheet: '班次', cell: 'E2', params: { value: '-1' } },
      { severity: 'error', code: 'INVALID_NUMBER', sheet: '班次', cell: 'E3', params: { value: '1440' } },
    ]);
  });
});
