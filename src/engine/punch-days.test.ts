import { computeMonth } from './compute-month';
import { defaultPolicy } from './default-policy';
import { attendance, employee, monthInput, policyWith, punch, scheduleRow, timePunch, type MonthFixture } from './fixtures';
import type { Issue } from './issues';
import type { ShiftDefinition } from './policy';
import type { PunchRow } from './records';
import type { LineItem } from './results';

/**
 * SPEC §3.1a, sentence by sentence, each boundary from both sides. Employee 1001 is scheduled
 * on the 排班 sheet (row 2; 3 November in column E, 4 November in F); punches are rows 2, 3, …
 * of 打卡 in the order given, the punch time in column B. The default shifts: D 08:30–17:30,
 * N 17:30–00:00, E 08:00–17:30, L 16:00–01:00.
 */
interface Judged {
  readonly ok: boolean;
  readonly items: readonly LineItem[];
  readonly issues: readonly Issue[];
  readonly absenceDays: number;
  readonly daysFromPunches?: number;
}

function judged(fixture: MonthFixture): Judged {
  const outcome = computeMonth(monthInput(fixture));
  if (!outcome.ok) return { ok: false, items: [], issues: outcome.issues, absenceDays: 0 };
  const [first] = outcome.result.employees;
  return { ok: true, items: first.items, issues: outcome.result.warnings, absenceDays: first.absenceDays, daysFromPunches: outcome.result.daysFromPunches };
}

/** One day shift on 3 November, judged from these punches. */
const onThe3rd = (punches: readonly PunchRow[], shift = 'D', extra: MonthFixture = {}): Judged =>
  judged({ schedule: [scheduleRow('1001', { '2026-11-03': shift })], punches, ...extra });

const where = (issues: readonly Issue[]) => issues.map((issue) => `${issue.code} ${issue.sheet}!${issue.cell}`);
const summary = (items: readonly LineItem[]) => items.map((item) => `${item.code} ${item.points} ${item.basis.kind}`);
const p = (time: string, overrides: Partial<PunchRow> = {}) => punch('1001', time, overrides);

describe('the shift’s window (SPEC §3.1a)', () => {
  it('takes a punch exactly at the window’s opening, 120 minutes before the start', () => {
    const day = onThe3rd([p('2026-11-03 06:30'), p('2026-11-03 17:30')]);
    expect(where(day.issues)).toEqual([]);
    expect(day.items).toEqual([]);
  });

  it('leaves out a punch one minute before the opening, with a warning at its row', () => {
    const day = onThe3rd([p('2026-11-03 06:29'), p('2026-11-03 17:30')]);
    expect(where(day.issues)).toEqual(['MISSING_CLOCK_IN 排班!E2', 'PUNCH_OUTSIDE_SCHEDULE 打卡!B2']);
  });

  it('takes a punch exactly at the window’s closing, 240 minutes after the end', () => {
    const day = onThe3rd([p('2026-11-03 08:30'), p('2026-11-03 21:30')]);
    expect(day.ok).toBe(true);
    expect(day.items).toEqual([]);
  });

  it('leaves out a punch one minute after the closing', () => {
    const day = onThe3rd([p('2026-11-03 08:30'), p('2026-11-03 21:31')]);
    expect(where(day.issues)).toEqual(['MISSING_CLOCK_OUT 排班!E2', 'PUNCH_OUTSIDE_SCHEDULE 打卡!B3']);
  });

  it('opens and closes the window by the policy’s minutes', () => {
    const policy = policyWith({ attendance: { ...defaultPolicy.attendance, checkInOpensMinutes: 30, checkOutClosesMinutes: 30 } });
    expect(where(onThe3rd([p('2026-11-03 08:00'), p('2026-11-03 18:00')], 'D', { policy }).issues)).toEqual([]);
    expect(where(onThe3rd([p('2026-11-03 07:59'), p('2026-11-03 18:01')], 'D', { policy }).issues)).toEqual([
      'PUNCH_OUTSIDE_SCHEDULE 打卡!B2',
      'PUNCH_OUTSIDE_SCHEDULE 打卡!B3',
    ]);
  });

  it('finds a punch in a window that opens days before its shift, as far as the policy says', () => {
    const policy = policyWith({ attendance: { ...defaultPolicy.attendance, checkInOpensMinutes: 2900 } });
    const day = judged({ policy, schedule: [scheduleRow('1001', { '2026-11-05': 'D' })], punches: [p('2026-11-03 09:00'), p('2026-11-05 17:30')] });
    expect(where(day.issues)).toEqual([]);
    expect(where(judged({ policy, schedule: [scheduleRow('1001', { '2026-11-05': 'D' })], punches: [p('2026-11-03 08:09'), p('2026-11-05 17:30')] }).issues)).toEqual([
      'MISSING_CLOCK_IN 排班!G2',
      'PUNCH_OUTSIDE_SCHEDULE 打卡!B2',
    ]);
  });

  it('finds a punch in a window that closes days after its shift', () => {
    const policy = policyWith({ attendance: { ...defaultPolicy.attendance, checkOutClosesMinutes: 3000 } });
    const day = judged({ policy, schedule: [scheduleRow('1001', { '2026-11-03': 'D' })], punches: [p('2026-11-03 08:30'), p('2026-11-05 19:30')] });
    expect(where(day.issues)).toEqual([]);
  });
});

describe('overlapping windows of consecutive shifts (SPEC §3.1a)', () => {
  // M ends at 15:00 and starts at 06:00, so its window opens at 04:00, within L's (to 05:00).
  const M: ShiftDefinition = { code: 'M', name: { zh: '早早班', en: 'Dawn' }, start: 360, end: 900, breakMinutes: 0 };
  const policy = policyWith({ shifts: [...defaultPolicy.shifts, M] });
  const lateThenDawn = (punches: readonly PunchRow[]) =>
    judged({ policy, schedule: [scheduleRow('1001', { '2026-11-03': 'L', '2026-11-04': 'M' })], punches });

  it('gives a punch exactly at the cut (04:00, the later window’s opening) to the earlier shift', () => {
    const days = lateThenDawn([p('2026-11-03 16:00'), p('2026-11-04 04:00'), p('2026-11-04 06:00'), p('2026-11-04 15:00')]);
    expect(where(days.issues)).toEqual([]);
    expect(days.items).toEqual([]);
  });

  it('gives a punch one minute after the cut to the later shift', () => {
    const days = lateThenDawn([p('2026-11-03 16:00'), p('2026-11-04 04:01'), p('2026-11-04 06:00'), p('2026-11-04 15:00')]);
    // L keeps its lone clock-in; M's clock-in is 04:01, early and so on time.
    expect(where(days.issues)).toEqual(['MISSING_CLOCK_OUT 排班!E2']);
  });
});

describe('a late shift’s clock-out after midnight (SPEC §3.1a, §3.1)', () => {
  it('takes a clock-out at 01:05 of the next day as on time for L (16:00–01:00)', () => {
    const day = onThe3rd([p('2026-11-03 15:58'), p('2026-11-04 01:05')], 'L');
    expect(day.items).toEqual([]);
    expect(where(day.issues)).toEqual([]);
  });

  it('takes a clock-out at 00:59 of the next day as one minute early for L', () => {
    expect(summary(onThe3rd([p('2026-11-03 15:58'), p('2026-11-04 00:59')], 'L').items)).toEqual(['L04 2 early']);
  });

  it('takes a clock-out at 00:00 of the next day as on time for N (17:30–00:00)', () => {
    const day = onThe3rd([p('2026-11-03 17:20'), p('2026-11-04 00:00')], 'N');
    expect(day.items).toEqual([]);
  });

  it('takes a clock-out at 23:59 as one minute early for N', () => {
    expect(summary(onThe3rd([p('2026-11-03 17:20'), p('2026-11-03 23:59')], 'N').items)).toEqual(['L04 2 early']);
  });

  it('takes a clock-out at 00:00 of the next day as an hour early for L: an absence', () => {
    expect(summary(onThe3rd([p('2026-11-03 15:58'), p('2026-11-04 00:00')], 'L').items)).toEqual(['S01 20 earlyAbsence']);
  });
});

describe('a punch given as a time of day (SPEC §3.1a)', () => {
  const t = (time: string, dayOffset?: number) => timePunch('1001', '2026-11-03', time, dayOffset);

  it('is at that time on its Date when that lies in the window', () => {
    expect(summary(onThe3rd([t('08:36'), t('17:30')]).items)).toEqual(['L04 5 late']);
  });

  it('is carried to the next day when only that lies in the window: L’s clock-out at 01:05', () => {
    const day = onThe3rd([t('15:55'), t('01:05')], 'L');
    expect(day.items).toEqual([]);
    expect(where(day.issues)).toEqual([]);
  });

  it('is carried to the next day and judged there: L’s clock-out at 00:30 is 30 minutes early', () => {
    expect(summary(onThe3rd([t('15:55'), t('00:30')], 'L').items)).toEqual(['S01 20 earlyAbsence']);
  });

  it('is outside the schedule when neither day puts it in the window', () => {
    const day = onThe3rd([t('08:30'), t('17:30'), t('23:00')]);
    expect(where(day.issues)).toEqual(['PUNCH_OUTSIDE_SCHEDULE 打卡!B4']);
  });

  it('is outside the schedule when no shift is scheduled on its Date, even inside another day’s window', () => {
    const day = judged({
      schedule: [scheduleRow('1001', { '2026-11-04': 'D' })],
      punches: [timePunch('1001', '2026-11-05', '08:30'), p('2026-11-04 08:30'), p('2026-11-04 17:30')],
    });
    expect(where(day.issues)).toEqual(['PUNCH_OUTSIDE_SCHEDULE 打卡!B2']);
  });

  it('falls on the day 次日 names, and only there', () => {
    expect(onThe3rd([t('15:55'), t('01:05', 1)], 'L').items).toEqual([]);
    expect(where(onThe3rd([t('08:30'), t('17:30', 1)]).issues)).toEqual(['MISSING_CLOCK_OUT 排班!E2', 'PUNCH_OUTSIDE_SCHEDULE 打卡!B3']);
  });
});

describe('clock-in and clock-out (SPEC §3.1a)', () => {
  it('takes the first of three punches as the clock-in and the last as the clock-out', () => {
    const day = onThe3rd([p('2026-11-03 12:00'), p('2026-11-03 08:36'), p('2026-11-03 17:20')]);
    expect(summary(day.items)).toEqual(['L04 5 late', 'L04 5 early']);
    expect(day.items[0].punches?.clockIn.ref.row).toBe(3);
    expect(day.items[0].punches?.clockOut.ref.row).toBe(4);
  });

  it('judges the day exactly as a present Attendance row with those two date-and-time values', () => {
    const fromPunches = onThe3rd([p('2026-11-03 08:41'), p('2026-11-03 17:30')]);
    const fromAttendance = judged({ attendance: [attendance({ date: '2026-11-03', clockIn: { date: '2026-11-03', minuteOfDay: 521 }, clockOut: { date: '2026-11-03', minuteOfDay: 1050 } })] });
    expect(summary(fromPunches.items)).toEqual(['S01 20 lateAbsence']);
    expect(summary(fromPunches.items)).toEqual(summary(fromAttendance.items));
    expect(fromPunches.absenceDays).toBe(1);
  });

  it('counts duplicates of one minute once: two reads of 08:29 are one punch, so the clock-out is missing', () => {
    const day = onThe3rd([p('2026-11-03 08:29'), p('2026-11-03 08:29', { ref: { sheet: '打卡', row: 0, columns: {} } })]);
    expect(day.issues.map((issue) => issue.code)).toEqual(['MISSING_CLOCK_OUT']);
  });

  it('names the first row of a duplicated punch', () => {
    const day = onThe3rd([p('2026-11-03 08:36'), p('2026-11-03 08:36'), p('2026-11-03 17:30'), p('2026-11-03 17:30')]);
    expect(day.items[0].punches).toMatchObject({ clockIn: { ref: { row: 2 } }, clockOut: { ref: { row: 4 } } });
  });

  it('traces a late day to the schedule’s cell and names the two punches used, with their source', () => {
    const [late] = onThe3rd([p('2026-11-03 08:33', { source: '考勤机' }), p('2026-11-03 17:35', { source: '自助补卡' })]).items;
    expect(late).toMatchObject({ source: 'punches', date: '2026-11-03', code: 'L04', ref: { sheet: '排班', row: 2, columns: { clockIn: 'E' } } });
    expect(late.punches).toEqual({
      clockIn: { date: '2026-11-03', minuteOfDay: 513, source: '考勤机', ref: expect.objectContaining({ row: 2 }) },
      clockOut: { date: '2026-11-03', minuteOfDay: 1055, source: '自助补卡', ref: expect.objectContaining({ row: 3 }) },
    });
  });
});

describe('one punch only (SPEC §3.1a)', () => {
  it('is the clock-in one minute before the midpoint (13:00 for D): the clock-out is missing, at the schedule’s cell', () => {
    const day = onThe3rd([p('2026-11-03 12:59')]);
    expect(day.ok).toBe(false);
    expect(day.issues).toEqual([
      {
        severity: 'error',
        code: 'MISSING_CLOCK_OUT',
        sheet: '排班',
        cell: 'E2',
        params: { id: '1001', date: '2026-11-03', punch: '12:59 (打卡!B2)' },
      },
    ]);
  });

  it('is the clock-out exactly at the midpoint: the clock-in is missing', () => {
    expect(where(onThe3rd([p('2026-11-03 13:00')]).issues)).toEqual(['MISSING_CLOCK_IN 排班!E2']);
  });

  it('names a lone punch after midnight with its date', () => {
    const [issue] = onThe3rd([p('2026-11-04 01:02')], 'L').issues;
    expect(issue.params).toMatchObject({ punch: '2026-11-04 01:02 (打卡!B2)' });
  });
});

describe('no punch (SPEC §3.1a)', () => {
  it('is one absence (S01, 20 points) traced to the schedule’s cell', () => {
    const day = onThe3rd([]);
    expect(summary(day.items)).toEqual(['S01 20 noPunch']);
    expect(day.items[0]).toMatchObject({ source: 'punches', ref: { sheet: '排班', row: 2, columns: { status: 'E' } }, basis: { from: 390, to: 1290 } });
    expect(day.items[0].punches).toBeUndefined();
    expect(day.absenceDays).toBe(1);
  });

  it('counts every such day towards ABSENCE_DAYS', () => {
    const outcome = computeMonth(
      monthInput({ schedule: [scheduleRow('1001', { '2026-11-03': 'D', '2026-11-04': 'D', '2026-11-05': 'D' })], punches: [] }),
    );
    expect(outcome.ok && outcome.result.employees[0].flags).toContain('ABSENCE_DAYS');
  });

  it('counts nothing on a day the schedule leaves free', () => {
    const day = judged({ schedule: [scheduleRow('1001', {})], punches: [] });
    expect(day.items).toEqual([]);
    expect(day.daysFromPunches).toBe(0);
  });
});

describe('a day shift after a late shift the evening before (SPEC §3.1a)', () => {
  const lateThenDay = (punches: readonly PunchRow[]) => judged({ schedule: [scheduleRow('1001', { '2026-11-03': 'L', '2026-11-04': 'D' })], punches });

  it('gives each shift its own punches', () => {
    const days = lateThenDay([p('2026-11-03 15:55'), p('2026-11-04 01:02'), p('2026-11-04 08:25'), p('2026-11-04 17:31')]);
    expect(days.items).toEqual([]);
    expect(days.daysFromPunches).toBe(2);
  });

  it('never turns the next morning’s clock-in into a forgotten clock-out', () => {
    const days = lateThenDay([p('2026-11-03 15:55'), p('2026-11-04 08:25'), p('2026-11-04 17:31')]);
    expect(where(days.issues)).toEqual(['MISSING_CLOCK_OUT 排班!E2']);
  });
});

describe('Attendance rows and the schedule (SPEC §2, §3.1a)', () => {
  it('lets an Attendance row replace the scheduled day: leave instead of a day without punches', () => {
    const day = onThe3rd([], 'D', { attendance: [attendance({ date: '2026-11-03', status: 'leave', shift: undefined, clockIn: undefined, clockOut: undefined })] });
    expect(day.items).toEqual([]);
    expect(day.daysFromPunches).toBe(0);
  });

  it('judges the Attendance row, not the punches, for that day', () => {
    const day = onThe3rd([p('2026-11-03 08:50'), p('2026-11-03 17:30')], 'D', { attendance: [attendance({ date: '2026-11-03' })] });
    expect(day.items).toEqual([]);
    expect(where(day.issues)).toEqual([]);
  });

  it('does not warn of punches on a day Attendance speaks for, scheduled or not', () => {
    const day = judged({ schedule: [scheduleRow('1001', {})], punches: [p('2026-11-07 09:00'), p('2026-11-07 18:00')], attendance: [attendance({ date: '2026-11-07' })] });
    expect(where(day.issues)).toEqual([]);
  });
});

describe('punches the schedule does not explain (SPEC §3.1a)', () => {
  it('warns of a punch on a rest day, at its row, and computes all the same', () => {
    const day = judged({ schedule: [scheduleRow('1001', { '2026-11-03': 'D' })], punches: [p('2026-11-03 08:30'), p('2026-11-03 17:30'), p('2026-11-08 10:00')] });
    expect(day.ok).toBe(true);
    expect(day.issues.filter((issue) => issue.code === 'PUNCH_OUTSIDE_SCHEDULE')).toEqual([
      { severity: 'warning', code: 'PUNCH_OUTSIDE_SCHEDULE', sheet: '打卡', cell: 'B4', params: { id: '1001', time: '2026-11-08 10:00' } },
    ]);
  });

  it('warns once per unknown ID, at its first row, with the number of its punches', () => {
    const day = onThe3rd([p('2026-11-03 08:30'), punch('9001', '2026-11-03 08:00'), punch('9001', '2026-11-03 17:00'), p('2026-11-03 17:30'), punch('9002', '2026-11-04 09:00')]);
    expect(day.ok).toBe(true);
    expect(day.issues.filter((issue) => issue.code === 'UNKNOWN_PUNCH_ID')).toEqual([
      { severity: 'warning', code: 'UNKNOWN_PUNCH_ID', sheet: '打卡', cell: 'A3', params: { id: '9001', count: 2 } },
      { severity: 'warning', code: 'UNKNOWN_PUNCH_ID', sheet: '打卡', cell: 'A6', params: { id: '9002', count: 1 } },
    ]);
  });

  it('says nothing of punches outside the month, known or not', () => {
    const day = onThe3rd([p('2026-11-03 08:30'), p('2026-11-03 17:30'), p('2026-12-01 08:30'), punch('9001', '2026-10-31 08:00')]);
    expect(where(day.issues)).toEqual([]);
  });

  it('uses the day before the month to place punches at the month’s start, without judging that day', () => {
    const day = judged({
      schedule: [scheduleRow('1001', { '2026-10-31': 'L', '2026-11-01': 'D' })],
      punches: [p('2026-10-31 16:00'), p('2026-11-01 01:00'), p('2026-11-01 08:30'), p('2026-11-01 17:30')],
    });
    expect(where(day.issues)).toEqual([]);
    expect(day.daysFromPunches).toBe(1);
  });
});

describe('errors of the schedule (SPEC §3.1a)', () => {
  it('reports a schedule row whose ID is not in Employees, at its ID cell', () => {
    const day = judged({ schedule: [scheduleRow('1001', { '2026-11-03': 'D' }), scheduleRow('1999', { '2026-11-03': 'D' })], punches: [] });
    expect(where(day.issues.filter((issue) => issue.severity === 'error'))).toEqual(['UNKNOWN_EMPLOYEE 排班!A3']);
  });

  it('reports an unknown shift at its cell', () => {
    expect(where(onThe3rd([], 'Z').issues)).toEqual(['UNKNOWN_SHIFT 排班!E2']);
  });

  it('reports a name two shifts share, and takes a name with its times', () => {
    const shared = onThe3rd([], '晚班');
    expect(shared.issues).toEqual([{ severity: 'error', code: 'UNKNOWN_SHIFT', sheet: '排班', cell: 'E2', params: { shift: '晚班', sharedBy: 'N, L' } }]);
    expect(summary(onThe3rd([p('2026-11-03 16:00'), p('2026-11-04 01:00')], '晚班 16:00-01:00').items)).toEqual([]);
    expect(summary(onThe3rd([p('2026-11-03 16:00'), p('2026-11-03 17:30')], '白班').items)).toEqual(['S01 20 lateAbsence']);
  });

  it('reports a shift scheduled outside the employee’s employment, at its cell', () => {
    const day = judged({ employees: [employee({ hireDate: '2026-11-04' })], schedule: [scheduleRow('1001', { '2026-11-03': 'D', '2026-11-04': 'D' })], punches: [p('2026-11-04 08:30'), p('2026-11-04 17:30')] });
    expect(where(day.issues)).toEqual(['ATTENDANCE_OUTSIDE_EMPLOYMENT 排班!E2']);
  });

  it('reports a day scheduled twice, at the later cell, naming the first', () => {
    const day = judged({ schedule: [scheduleRow('1001', { '2026-11-03': 'D' }), scheduleRow('1001', { '2026-11-03': 'E' })], punches: [] });
    expect(day.issues.filter((issue) => issue.severity === 'error')).toEqual([
      { severity: 'error', code: 'DUPLICATE_SCHEDULE', sheet: '排班', cell: 'E3', params: { id: '1001', date: '2026-11-03', first: '排班!E2' } },
    ]);
  });

  it('names the cell of the later row whatever order the rows come in', () => {
    const input = monthInput({ schedule: [scheduleRow('1001', { '2026-11-03': 'D' }), scheduleRow('1001', { '2026-11-03': 'E' })] });
    const reversed = computeMonth({ ...input, schedule: [...(input.schedule ?? [])].reverse() });
    const issues = reversed.ok ? [] : reversed.issues;
    expect(issues.filter((issue) => issue.code === 'DUPLICATE_SCHEDULE').map((issue) => [issue.cell, issue.params?.first])).toEqual([['E3', '排班!E2']]);
  });

  it('checks the days beside the month for nothing', () => {
    const day = judged({ schedule: [scheduleRow('1001', { '2026-10-31': 'Z', '2026-11-03': 'D' }), scheduleRow('1999', { '2026-12-01': 'D' })], punches: [p('2026-11-03 08:30'), p('2026-11-03 17:30')] });
    expect(where(day.issues)).toEqual([]);
  });
});
