import type { Issue } from '../../engine/issues';
import { kpiRow, NOVEMBER_1, templateSheet, type FieldRow } from './fixtures';
import { readKpi } from './read-kpi';

function read(rows: readonly FieldRow[]) {
  const issues: Issue[] = [];
  return { ...readKpi(templateSheet('kpi', rows), '2026-11', issues), issues };
}

describe('readKpi', () => {
  it('reads the four measures of a row', () => {
    const { records, issues } = read([kpiRow()]);
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        month: '2026-11',
        employeeId: '1001',
        workload: 300,
        quality: 98,
        examScore: 90,
        validComplaints: 0,
        ref: { sheet: '指标', row: 2, columns: { month: 'A', employeeId: 'B', workload: 'C', quality: 'D', examScore: 'E', validComplaints: 'F' } },
      },
    ]);
  });

  it('reads the month from text, Chinese text or any date of the month', () => {
    const { records } = read([kpiRow({ month: '2026/11' }), kpiRow({ month: '2026年11月' }), kpiRow({ month: NOVEMBER_1 + 20 })]);
    expect(records.map((row) => row.month)).toEqual(['2026-11', '2026-11', '2026-11']);
  });

  it('leaves blank measures undefined', () => {
    const { records } = read([kpiRow({ workload: null, quality: null, examScore: null, validComplaints: null })]);
    expect(records[0]).toMatchObject({ workload: undefined, quality: undefined, examScore: undefined, validComplaints: undefined });
  });

  it("ignores other months' rows but reports an unreadable month anywhere", () => {
    const { records, issues } = read([kpiRow({ month: '2026-10', workload: 'lots' }), kpiRow({ month: 'Nov' })]);
    expect(records).toEqual([]);
    expect(issues).toEqual([{ severity: 'error', code: 'INVALID_MONTH', sheet: '指标', cell: 'A3', params: { value: 'Nov' } }]);
  });

  it('reports a blank month under its header', () => {
    const { issues } = read([kpiRow({ month: null })]);
    expect(issues).toEqual([{ severity: 'error', code: 'MISSING_VALUE', sheet: '指标', cell: 'A2', params: { column: '月份' } }]);
  });

  it('reports an unreadable measure at its cell', () => {
    const { issues } = read([kpiRow({ examScore: '优秀' })]);
    expect(issues).toEqual([{ severity: 'error', code: 'INVALID_NUMBER', sheet: '指标', cell: 'E2', params: { value: '优秀' } }]);
  });
});
