import { computeMonth } from './compute-month';
import { defaultPolicy } from './default-policy';
import { at, attendance, employee, entry, historyRow, kpiRow, monthInput, policyWith, type MonthFixture } from './fixtures';
import type { EntryRow } from './records';
import type { EmployeeResult, MonthResult } from './results';

function result(fixture: MonthFixture): MonthResult {
  const outcome = computeMonth(monthInput(fixture));
  if (!outcome.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome.issues)}`);
  return outcome.result;
}

function only(fixture: MonthFixture): EmployeeResult {
  const [first] = result(fixture).employees;
  return first;
}

const bonuses = (count: number): EntryRow[] => Array.from({ length: count }, () => entry({ code: 'B03' }));
const staff = (...ids: string[]) => ids.map((id) => employee({ id, name: `员工${id}` }));

describe('an employee with no records', () => {
  it('scores the base of 80, grade B, no money', () => {
    expect(only({})).toMatchObject({
      id: '1001',
      name: '王芳',
      team: '一组',
      role: 'agent',
      base: 80,
      attendanceDeduction: 0,
      violationDeduction: 0,
      bonus: 0,
      adjustment: 0,
      rawScore: 80,
      score: 80,
      grade: 'B',
      salaryAdjustment: 0,
      probation: false,
      absenceDays: 0,
      flags: [],
      items: [],
    });
  });
});

describe('the score and its grade', () => {
  it.each([
    [2, 90, 'B'],
    [3, 95, 'A'],
  ])('gives %p bonuses a score of %p, grade %s', (count, score, grade) => {
    expect(only({ merits: bonuses(count) })).toMatchObject({ score, grade, bonus: count * 5 });
  });

  it('gives 79.5 a C and 59.5 an F (a ranged code with half points)', () => {
    const halfPolicy = policyWith({
      catalog: defaultPolicy.catalog.map((code) => (code.code === 'L09' ? { ...code, min: 0.5, max: 2 } : code)),
    });
    expect(only({ policy: halfPolicy, violations: [entry({ code: 'L09', points: 0.5 })] })).toMatchObject({ score: 79.5, grade: 'C' });
    const failing = [entry({ code: 'L09', points: 0.5 }), entry({ code: 'S02' })];
    expect(only({ policy: halfPolicy, violations: failing })).toMatchObject({ score: 59.5, grade: 'F', flags: ['SCORE_BELOW_60'] });
  });

  it.each([
    ['M01', 70, 'C'],
    ['S02', 60, 'E'],
  ])('gives one %s a score of %p, grade %s', (code, score, grade) => {
    expect(only({ violations: [entry({ code })] })).toMatchObject({ score, grade });
  });

  it('gives 65 a D', () => {
    expect(only({ violations: [entry({ code: 'L05', times: 3 })] })).toMatchObject({ score: 65, grade: 'D' });
  });

  it('computes 80 − 0.1 − 0.2 as exactly 79.7', () => {
    const tenths = policyWith({
      catalog: defaultPolicy.catalog.map((code) => (code.code === 'L09' ? { ...code, min: 0.1, max: 2 } : code)),
    });
    const employeeResult = only({ policy: tenths, violations: [entry({ code: 'L09', points: 0.1 }), entry({ code: 'L09', points: 0.2 })] });
    expect(employeeResult).toMatchObject({ violationDeduction: 0.3, score: 79.7, grade: 'C', salaryAdjustment: -3 });
  });

  it('holds the score at 110 and keeps the raw score', () => {
    expect(only({ merits: bonuses(7) })).toMatchObject({ rawScore: 115, score: 110, grade: 'A', salaryAdjustment: 300 });
  });

  it('holds the score at 0 and keeps the raw score', () => {
    const absences = [2, 3, 4, 5, 6].map((day) => attendance({ date: `2026-11-0${day}`, status: 'absent' }));
    expect(only({ attendance: absences })).toMatchObject({ attendanceDeduction: 100, rawScore: -20, score: 0, salaryAdjustment: -300 });
  });

  it('keeps each total in its own column', () => {
    const lead = employee({ role: 'teamLead' });
    const employeeResult = only({
      employees: [lead],
      attendance: [attendance({ clockIn: at(8, 33) }), attendance({ date: '2026-11-03', status: 'absent' })],
      violations: [entry({ code: 'M02' }), entry({ code: 'S04', amount: 500 }), entry({ code: 'X03' })],
      merits: [entry({ code: 'B03' }), entry({ code: 'ADJ', points: -2, note: '组员流失' })],
      kpi: [kpiRow({ examScore: 45 })],
    });
    expect(employeeResult).toMatchObject({
      attendanceDeduction: 22,
      violationDeduction: 10 + 20 + 10 + 20,
      bonus: 5,
      adjustment: -2,
      score: 80 - 22 - 60 + 5 - 2,
      flags: ['SCORE_BELOW_60', 'DISMISSAL_OFFENCE'],
    });
    expect(employeeResult.items.map((item) => `${item.source} ${item.code} ${item.points}`)).toEqual([
      'attendance L04 2',
      'attendance S01 20',
      'violations M02 10',
      'violations S04 20',
      'violations X03 0',
      'merits B03 5',
      'merits ADJ -2',
      'kpi M07 10',
      'computed S05 20',
    ]);
    expect(employeeResult.items.find((item) => item.code === 'S04')?.amount).toBe(500);
  });
});

describe('attendance in the month', () => {
  it('costs 2 for 5 minutes late and 5 for 6 minutes late', () => {
    expect(only({ attendance: [attendance({ clockIn: at(8, 35) })] }).attendanceDeduction).toBe(2);
    expect(only({ attendance: [attendance({ clockIn: at(8, 36) })] }).attendanceDeduction).toBe(5);
  });

  it('makes 11 minutes late one absence of 20 with no L04, even when also 3 minutes early', () => {
    const employeeResult = only({ attendance: [attendance({ clockIn: at(8, 41), clockOut: at(17, 27) })] });
    expect(employeeResult).toMatchObject({ attendanceDeduction: 20, absenceDays: 1 });
    expect(employeeResult.items.map((item) => item.code)).toEqual(['S01']);
  });

  it('counts an overnight shift’s clock-out after midnight on time', () => {
    expect(only({ attendance: [attendance({ shift: 'N', clockIn: at(17, 30), clockOut: at(0, 0) })] }).attendanceDeduction).toBe(0);
    expect(only({ attendance: [attendance({ shift: 'L', clockIn: at(16, 0), clockOut: at(0, 55) })] }).attendanceDeduction).toBe(2);
  });

  it('raises ABSENCE_DAYS at 3 absence days, counting absences entered by hand with their Times', () => {
    const twoDays = [attendance({ status: 'absent' }), attendance({ date: '2026-11-03', clockIn: at(9, 0) })];
    expect(only({ attendance: twoDays })).toMatchObject({ absenceDays: 2, flags: ['SCORE_BELOW_60'] });
    const withEntered = only({ attendance: twoDays, violations: [entry({ code: 'S01' })] });
    expect(withEntered).toMatchObject({ absenceDays: 3, flags: ['SCORE_BELOW_60', 'ABSENCE_DAYS'] });
    expect(only({ violations: [entry({ code: 'S01', times: 3 })] })).toMatchObject({ absenceDays: 3, flags: ['SCORE_BELOW_60', 'ABSENCE_DAYS'] });
  });

  it('ignores rows of other months', () => {
    const employeeResult = only({ attendance: [attendance({ date: '2026-10-31', status: 'absent' })], violations: [entry({ date: '2026-12-01' })] });
    expect(employeeResult.items).toEqual([]);
  });
});

describe('escalation', () => {
  it('adds one S05 at 4 minor occurrences, an attendance L04 among them', () => {
    const employeeResult = only({
      attendance: [attendance({ clockIn: at(8, 32) })],
      violations: [entry({ code: 'L01', times: 2 }), entry({ code: 'L02' })],
    });
    expect(employeeResult.violationDeduction).toBe(2 * 2 + 2 + 20);
    expect(employeeResult.items.at(-1)).toMatchObject({ code: 'S05', source: 'computed', basis: { kind: 'escalation', moderate: 0, minor: 4 } });
  });

  it('adds nothing at 3 minor occurrences', () => {
    expect(only({ violations: [entry({ code: 'L01', times: 3 })] }).violationDeduction).toBe(6);
  });

  it('adds one S05 at 2 moderate occurrences and nothing at 1', () => {
    expect(only({ violations: [entry({ code: 'M03' }), entry({ code: 'M04' })] }).violationDeduction).toBe(40);
    expect(only({ violations: [entry({ code: 'M03' })] }).violationDeduction).toBe(10);
  });
});

describe('voided rows', () => {
  it('count nothing but are listed as voided', () => {
    const employeeResult = only({ violations: [entry({ code: 'S02', voided: true }), entry({ code: 'M01', voided: true, times: 2 })] });
    expect(employeeResult).toMatchObject({ score: 80, violationDeduction: 0 });
    expect(employeeResult.items.map((item) => [item.code, item.voided, item.points])).toEqual([
      ['S02', true, 0],
      ['M01', true, 0],
    ]);
  });

  it('raise no dismissal flag and no absence day', () => {
    expect(only({ violations: [entry({ code: 'X01', voided: true }), entry({ code: 'S01', voided: true, times: 3 })] }).flags).toEqual([]);
  });
});

describe('KPI', () => {
  it('gives B01 to the employees tied at the top with no deductions, and B02 and B05', () => {
    const { employees } = result({
      employees: staff('1001', '1002', '1003'),
      attendance: [attendance({ employeeId: '1003', clockIn: at(8, 31) })],
      kpi: [
        kpiRow({ employeeId: '1001', workload: 300, quality: 95, examScore: 100, validComplaints: 0 }),
        kpiRow({ employeeId: '1002', workload: 300, quality: 95 }),
        kpiRow({ employeeId: '1003', workload: 300, quality: 95 }),
      ],
    });
    expect(employees.map((employeeResult) => [employeeResult.id, employeeResult.items.map((item) => item.code).join(' ')])).toEqual([
      ['1001', 'B02 B05 B01'],
      ['1002', 'B01'],
      ['1003', 'L04'],
    ]);
    expect(employees[0]).toMatchObject({ bonus: 15, score: 95 });
  });

  it('counts an M07 from KPI in the violation deductions', () => {
    expect(only({ kpi: [kpiRow({ examScore: 59 })] })).toMatchObject({ violationDeduction: 10, score: 70 });
  });
});

describe('probation and service months', () => {
  it('pays nothing in month 2 of service and pays from month 3', () => {
    const threeBonuses = bonuses(3);
    expect(only({ employees: [employee({ hireDate: '2026-10-31' })], merits: threeBonuses })).toMatchObject({
      serviceMonth: 2,
      probation: true,
      score: 95,
      grade: 'A',
      salaryAdjustment: 0,
    });
    expect(only({ employees: [employee({ hireDate: '2026-09-30' })], merits: threeBonuses })).toMatchObject({
      serviceMonth: 3,
      probation: false,
      salaryAdjustment: 150,
    });
  });
});

describe('who is scored', () => {
  it('scores everyone employed on at least one day of the month, with or without attendance', () => {
    const employees = [
      employee({ id: '1', hireDate: '2026-11-30' }),
      employee({ id: '2', hireDate: '2026-12-01' }),
      employee({ id: '3', leaveDate: '2026-11-01' }),
      employee({ id: '4', leaveDate: '2026-10-31' }),
    ];
    expect(result({ employees }).employees.map((employeeResult) => employeeResult.id)).toEqual(['1', '3']);
  });
});

describe('rank, award and last place', () => {
  it('orders employees by rank then ID, ties sharing a rank', () => {
    const { employees } = result({
      employees: staff('1003', '999', '1001', '1002'),
      violations: [entry({ employeeId: '1001', code: 'L01' }), entry({ employeeId: '1002', code: 'L01' }), entry({ employeeId: '1003', code: 'M01' })],
    });
    expect(employees.map((employeeResult) => [employeeResult.id, employeeResult.rank, employeeResult.lastPlace])).toEqual([
      ['999', 1, false],
      ['1001', 2, false],
      ['1002', 2, false],
      ['1003', 4, true],
    ]);
  });

  it('gives the award to everyone tied for first and marks everyone tied for last', () => {
    const { employees } = result({
      employees: staff('1', '2', '3', '4'),
      violations: [entry({ employeeId: '3', code: 'S03' }), entry({ employeeId: '4', code: 'S03' })],
      history: [historyRow({ employeeId: '1' })],
    });
    expect(employees.map((employeeResult) => [employeeResult.id, employeeResult.award, employeeResult.lastPlace])).toEqual([
      ['1', 50, false],
      ['2', 50, false],
      ['3', 0, true],
      ['4', 0, true],
    ]);
  });

  it('gives 200 for a third and a fourth month in a row at first place', () => {
    const third = result({ employees: staff('1', '2'), merits: [entry({ employeeId: '1', code: 'B03' })], history: [historyRow({ employeeId: '1', rank: 1, firstPlaceRun: 2 })] });
    expect(third.employees[0]).toMatchObject({ id: '1', rank: 1, firstPlaceRun: 3, award: 200 });
    const fourth = result({
      month: '2026-12',
      employees: staff('1', '2'),
      merits: [entry({ employeeId: '1', code: 'B03', date: '2026-12-05' })],
      history: third.history,
    });
    expect(fourth.employees[0]).toMatchObject({ id: '1', firstPlaceRun: 4, award: 200 });
  });

  it('starts the run again when the history’s previous month is not the calendar month before', () => {
    const employeeResult = only({ history: [historyRow({ month: '2026-09', rank: 1, firstPlaceRun: 5 })] });
    expect(employeeResult).toMatchObject({ firstPlaceRun: 1, award: 50 });
  });

  it('raises LAST_PLACE_TWICE when last and below 70 this month and last month', () => {
    const { employees } = result({
      employees: staff('1', '2'),
      violations: [entry({ employeeId: '2', code: 'S02' })],
      history: [historyRow({ employeeId: '2', lastPlace: true, score: 65 }), historyRow({ employeeId: '1', rank: 1 })],
    });
    expect(employees[1]).toMatchObject({ id: '2', score: 60, lastPlace: true, flags: ['LAST_PLACE_TWICE'] });
  });
});

describe('history', () => {
  it('holds one row per scored employee for the month, in scorecard order', () => {
    const { history } = result({ employees: staff('1', '2'), violations: [entry({ employeeId: '1', code: 'M01' })] });
    expect(history).toEqual([
      { month: '2026-11', employeeId: '2', name: '员工2', score: 80, grade: 'B', rank: 1, lastPlace: false, firstPlaceRun: 1, award: 50, salaryAdjustment: 0, team: '一组', flags: [] },
      { month: '2026-11', employeeId: '1', name: '员工1', score: 70, grade: 'C', rank: 2, lastPlace: true, firstPlaceRun: 0, award: 0, salaryAdjustment: -100, team: '一组', flags: [] },
    ]);
  });

  it('keeps each employee’s team and flags, for the quarter and year roll-ups', () => {
    const { history } = result({
      employees: [employee({ id: '1', team: '一组' }), employee({ id: '2', team: '二组' })],
      violations: [entry({ employeeId: '1', code: 'X01' })],
    });
    expect(history.map((row) => [row.employeeId, row.team, row.flags])).toEqual([
      ['1', '一组', ['DISMISSAL_OFFENCE']],
      ['2', '二组', []],
    ]);
  });
});
