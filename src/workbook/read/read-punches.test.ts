import type { Issue } from '../../engine/issues';
import { grid, NOVEMBER_1, punchRow, serialTime, templateSheet, type FieldRow } from './fixtures';
import { readPunches } from './read-punches';

function read(rows: readonly FieldRow[], lang: 'zh' | 'en' = 'zh') {
  const issues: Issue[] = [];
  const { punches, rowCount } = readPunches(templateSheet('punches', rows, lang), '2026-11', issues);
  return { records: [...punches.rows()], rowCount, issues };
}

describe('readPunches (SPEC §2.1)', () => {
  it('reads a date-and-time punch, dropping the seconds', () => {
    const { records, issues, rowCount } = read([punchRow()]);
    expect(issues).toEqual([]);
    expect(rowCount).toBe(1);
    expect(records).toEqual([
      {
        employeeId: '1001',
        date: '2026-11-02',
        minuteOfDay: 509,
        ref: { sheet: '打卡', row: 2, columns: { employeeId: 'A', name: 'B', punchTime: 'C', date: 'D', source: 'E', status: 'F' } },
      },
    ]);
  });

  it.each([
    ['2026-11-03 08:29', '2026-11-03', 509],
    ['2026/11/3 8:29:41', '2026-11-03', 509],
    ['11/03/2026 8:29 AM', '2026-11-03', 509],
    ['11/03/2026 8:29 PM', '2026-11-03', 1229],
    ['2026年11月3日 08:29', '2026-11-03', 509],
  ])('reads the punch time written %s', (text, date, minuteOfDay) => {
    expect(read([punchRow({ punchTime: text })]).records[0]).toMatchObject({ date, minuteOfDay });
  });

  it('reads a time of day with its work day (考勤日期), a date with its weekday', () => {
    const { records } = read([punchRow({ punchTime: serialTime(8, 29), date: '2026-11-03 星期二' }), punchRow({ punchTime: '01:05', date: NOVEMBER_1 + 2 })]);
    expect(records.map(({ date, minuteOfDay, timeOfDay }) => ({ date, minuteOfDay, timeOfDay }))).toEqual([
      { date: '2026-11-03', minuteOfDay: 509, timeOfDay: true },
      { date: '2026-11-03', minuteOfDay: 65, timeOfDay: true },
    ]);
  });

  it('reads 次日 and 昨日 before a time of day as the day after or before its work day', () => {
    const { records } = read([punchRow({ punchTime: '次日 01:05', date: '2026-11-03' }), punchRow({ punchTime: '昨日 23:58', date: '2026-11-04' })]);
    expect(records.map((record) => [record.date, record.minuteOfDay, record.dayOffset])).toEqual([
      ['2026-11-03', 65, 1],
      ['2026-11-04', 1438, -1],
    ]);
  });

  it('keeps the source of a punch, such as a make-up punch', () => {
    expect(read([punchRow({ source: '自助补卡' })]).records[0].source).toBe('自助补卡');
  });

  it('leaves out a void punch, and counts it among the month’s rows', () => {
    const { records, rowCount } = read([punchRow({ status: '作废' }), punchRow({ status: '撤销' }), punchRow({ status: '有效' }), punchRow()]);
    expect(records.map((record) => record.ref.row)).toEqual([4, 5]);
    expect(rowCount).toBe(4);
  });

  it('reads the English headers and the aliases of time-clock exports', () => {
    expect(read([punchRow()], 'en').records).toHaveLength(1);
    const zkteco = grid('Punch log', [['AC-No.', 'Name', 'Time', 'State', 'New State', 'Exception'], [1001, 'Wang', '11/03/2026 8:29 AM', 'C/In', '', 'OK']]);
    const issues: Issue[] = [];
    const { punches } = readPunches(zkteco, '2026-11', issues);
    expect(issues).toEqual([]);
    expect(punches.punchAt(0)).toMatchObject({ employeeId: '1001', date: '2026-11-03', minuteOfDay: 509 });
    const dingTalk = grid('原始记录', [['姓名', '考勤组', '部门', '工号', '职位', 'UserId', '考勤日期', '考勤时间', '打卡时间', '打卡结果', '打卡地址'], ['王芳', '客服组', '客服部', '1001', '客服', 'u1', '26-11-03 星期二', '08:30', '08:29', '正常', '某地']]);
    const read2 = readPunches(dingTalk, '2026-11', issues);
    expect(issues).toEqual([]);
    expect(read2.punches.punchAt(0)).toMatchObject({ employeeId: '1001', date: '2026-11-03', minuteOfDay: 509, timeOfDay: true });
  });

  it('counts the month’s punches: those dated in it, or whose work day is', () => {
    const { rowCount, records } = read([
      punchRow({ punchTime: '2026-10-31 23:58' }),
      punchRow({ punchTime: '2026-11-30 23:58' }),
      punchRow({ punchTime: '2026-12-01 01:02' }),
      punchRow({ punchTime: '01:02', date: '2026-11-30' }),
    ]);
    expect(rowCount).toBe(2);
    expect(records).toHaveLength(4);
  });

  it('leaves out punches far from the month without reading the rest of their row', () => {
    const { records, issues } = read([punchRow({ punchTime: '2026-10-20 08:30', employeeId: null, status: '?' }), punchRow({ punchTime: '2026-12-05 08:30' })]);
    expect(records).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('reports an unreadable punch time at its cell, in any month: INVALID_DATETIME', () => {
    const { issues, records } = read([punchRow({ punchTime: '2026-11-03 25:10' }), punchRow({ punchTime: 'yesterday' })]);
    expect(issues).toEqual([
      { severity: 'error', code: 'INVALID_DATETIME', sheet: '打卡', cell: 'C2', params: { value: '2026-11-03 25:10' } },
      { severity: 'error', code: 'INVALID_DATETIME', sheet: '打卡', cell: 'C3', params: { value: 'yesterday' } },
    ]);
    expect(records).toEqual([]);
  });

  it('reports a time of day without a Date column at the punch time', () => {
    const sheet = grid('打卡', [['工号', '打卡时间'], [1001, '08:29']]);
    const issues: Issue[] = [];
    readPunches(sheet, '2026-11', issues);
    expect(issues).toEqual([{ severity: 'error', code: 'INVALID_DATETIME', sheet: '打卡', cell: 'B2', params: { value: '08:29' } }]);
  });

  it('reports a time of day whose Date is blank at the Date cell', () => {
    expect(read([punchRow({ punchTime: '08:29' })]).issues.map((issue) => [issue.code, issue.cell])).toEqual([['MISSING_VALUE', 'D2']]);
  });

  it('reports a blank employee ID and an unknown status at their cells', () => {
    expect(read([punchRow({ employeeId: null, status: '迟到' })]).issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['MISSING_VALUE', 'A2'],
      ['INVALID_ENTRY_STATUS', 'F2'],
    ]);
  });

  it('skips 缺卡 in a punch time without an error', () => {
    expect(read([punchRow({ punchTime: '缺卡' })])).toMatchObject({ records: [], issues: [] });
  });
});
