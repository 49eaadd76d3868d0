import { assessAttendanceDay } from './attendance-day';
import { defaultPolicy } from './default-policy';
import { at, attendance, policyWith, ref } from './fixtures';
import type { AttendanceRow } from './records';
import { ruleBookFor } from './rule-book';

const book = ruleBookFor(defaultPolicy);

function assess(overrides: Partial<AttendanceRow>) {
  return assessAttendanceDay(attendance(overrides), book);
}

/** Code, points and basis of each item: what the rule decided, without the bookkeeping. */
function decided(overrides: Partial<AttendanceRow>) {
  return assess(overrides).items.map((item) => ({ code: item.code, points: item.points, basis: item.basis }));
}

describe('a day shift (D 08:30–17:30)', () => {
  it('costs nothing when the employee arrives and leaves on time', () => {
    expect(assess({}).items).toEqual([]);
    expect(assess({}).absent).toBe(false);
  });

  it('costs nothing when the employee arrives early and leaves late', () => {
    expect(decided({ clockIn: at(8, 0), clockOut: at(18, 45) })).toEqual([]);
  });

  it('counts 1 minute late as one L04 of 2 points', () => {
    expect(decided({ clockIn: at(8, 31) })).toEqual([{ code: 'L04', points: 2, basis: { kind: 'late', minutes: 1 } }]);
  });

  it('counts 5 minutes late as 2 points and 6 minutes late as 5 points', () => {
    expect(decided({ clockIn: at(8, 35) })).toEqual([{ code: 'L04', points: 2, basis: { kind: 'late', minutes: 5 } }]);
    expect(decided({ clockIn: at(8, 36) })).toEqual([{ code: 'L04', points: 5, basis: { kind: 'late', minutes: 6 } }]);
  });

  it('counts 10 minutes late as 5 points and 11 minutes late as one absence with no L04', () => {
    expect(decided({ clockIn: at(8, 40) })).toEqual([{ code: 'L04', points: 5, basis: { kind: 'late', minutes: 10 } }]);
    expect(decided({ clockIn: at(8, 41) })).toEqual([{ code: 'S01', points: 20, basis: { kind: 'lateAbsence', minutes: 11 } }]);
    expect(assess({ clockIn: at(8, 41) }).absent).toBe(true);
  });

  it('counts leaving 5 minutes early as 2 points and 6 minutes early as 5 points', () => {
    expect(decided({ clockOut: at(17, 25) })).toEqual([{ code: 'L04', points: 2, basis: { kind: 'early', minutes: 5 } }]);
    expect(decided({ clockOut: at(17, 24) })).toEqual([{ code: 'L04', points: 5, basis: { kind: 'early', minutes: 6 } }]);
  });

  it('counts leaving 10 minutes early as 5 points and 11 minutes early as one absence', () => {
    expect(decided({ clockOut: at(17, 20) })).toEqual([{ code: 'L04', points: 5, basis: { kind: 'early', minutes: 10 } }]);
    expect(decided({ clockOut: at(17, 19) })).toEqual([{ code: 'S01', points: 20, basis: { kind: 'earlyAbsence', minutes: 11 } }]);
  });

  it('counts a late arrival and an early leave on the same day as two L04', () => {
    expect(decided({ clockIn: at(8, 33), clockOut: at(17, 22) })).toEqual([
      { code: 'L04', points: 2, basis: { kind: 'late', minutes: 3 } },
      { code: 'L04', points: 5, basis: { kind: 'early', minutes: 8 } },
    ]);
  });

  it('turns 11 minutes late into one absence and no L04 even when also 3 minutes early', () => {
    expect(decided({ clockIn: at(8, 41), clockOut: at(17, 27) })).toEqual([
      { code: 'S01', points: 20, basis: { kind: 'lateAbsence', minutes: 11 } },
    ]);
  });

  it('treats 08:35 (the reader has already dropped the seconds of 08:35:59) as 5 minutes late', () => {
    expect(decided({ clockIn: at(8, 35) })[0].points).toBe(2);
  });

  it('never lets seconds matter even if a fractional minute reaches it', () => {
    const withSeconds = { minuteOfDay: 8 * 60 + 35 + 59 / 60 };
    expect(decided({ clockIn: withSeconds })).toEqual(decided({ clockIn: at(8, 35) }));
    expect(decided({ clockOut: { minuteOfDay: 17 * 60 + 24 + 59 / 60 } })).toEqual(decided({ clockOut: at(17, 24) }));
  });

  it('treats a clock-out after midnight as the next day, so overtime is never an early leave', () => {
    expect(decided({ clockOut: at(0, 30) })).toEqual([]);
  });

  it('carries the row reference, date and note on its items', () => {
    const row = attendance({ clockIn: at(8, 32), note: '地铁故障', ref: ref('考勤', 7) });
    const [item] = assessAttendanceDay(row, book).items;
    expect(item).toMatchObject({
      employeeId: '1001',
      date: '2026-11-02',
      category: 'minor',
      bucket: 'attendance',
      times: 1,
      pointsPerTime: 2,
      voided: false,
      source: 'attendance',
      note: '地铁故障',
      ref: row.ref,
    });
  });
});

describe('a night shift (N 17:30–00:00)', () => {
  it('is on time when the clock-out is 00:00 after midnight', () => {
    expect(decided({ shift: 'N', clockIn: at(17, 30), clockOut: at(0, 0) })).toEqual([]);
  });

  it('is 10 minutes early when the clock-out is 23:50 before midnight', () => {
    expect(decided({ shift: 'N', clockIn: at(17, 30), clockOut: at(23, 50) })).toEqual([
      { code: 'L04', points: 5, basis: { kind: 'early', minutes: 10 } },
    ]);
  });

  it('is an absence when the clock-out is 23:49', () => {
    expect(decided({ shift: 'N', clockIn: at(17, 30), clockOut: at(23, 49) })[0].code).toBe('S01');
  });
});

describe('a late shift (L 16:00–01:00)', () => {
  it('is 5 minutes early when the clock-out is 00:55', () => {
    expect(decided({ shift: 'L', clockIn: at(16, 0), clockOut: at(0, 55) })).toEqual([
      { code: 'L04', points: 2, basis: { kind: 'early', minutes: 5 } },
    ]);
  });

  it('is on time when the clock-out is 01:00 and 6 minutes early at 00:54', () => {
    expect(decided({ shift: 'L', clockIn: at(16, 0), clockOut: at(1, 0) })).toEqual([]);
    expect(decided({ shift: 'L', clockIn: at(16, 0), clockOut: at(0, 54) })[0].points).toBe(5);
  });

  it('is an absence when the clock-out is 23:30, before midnight', () => {
    expect(decided({ shift: 'L', clockIn: at(16, 0), clockOut: at(23, 30) })).toEqual([
      { code: 'S01', points: 20, basis: { kind: 'earlyAbsence', minutes: 90 } },
    ]);
  });
});

describe('date-and-time punches', () => {
  it('takes a dated clock-out as it is', () => {
    expect(decided({ shift: 'L', clockIn: at(16, 0, '2026-11-02'), clockOut: at(0, 57, '2026-11-03') })).toEqual([
      { code: 'L04', points: 2, basis: { kind: 'early', minutes: 3 } },
    ]);
  });

  it('does not move a dated clock-out to the next day even when it is earlier than the clock-in', () => {
    expect(decided({ shift: 'L', clockIn: at(16, 0), clockOut: at(0, 55, '2026-11-02') })[0].basis).toEqual({
      kind: 'earlyAbsence',
      minutes: 1445,
    });
  });

  it('takes a dated clock-in on the previous evening as early for a shift starting at midnight', () => {
    const policy = policyWith({
      shifts: [{ code: 'M', name: { zh: '夜班', en: 'Midnight' }, start: 0, end: 8 * 60, breakMinutes: 0 }],
    });
    const row = attendance({ shift: 'M', clockIn: at(23, 55, '2026-11-01'), clockOut: at(8, 0, '2026-11-02') });
    expect(assessAttendanceDay(row, ruleBookFor(policy)).items).toEqual([]);
  });
});

describe('the status', () => {
  it('makes an absent day one S01 of 20 points without needing a shift or punches', () => {
    const day = assess({ status: 'absent', shift: undefined, clockIn: undefined, clockOut: undefined });
    expect(day.items.map((item) => [item.code, item.points, item.basis.kind])).toEqual([['S01', 20, 'absentStatus']]);
    expect(day.absent).toBe(true);
    expect(day.issues).toEqual([]);
  });

  it.each(['leave', 'rest'] as const)('makes a %s day count nothing, even with punches', (status) => {
    expect(assess({ status, clockIn: at(9, 30) })).toEqual({ items: [], issues: [], absent: false });
  });

  it('treats a blank status with punches as present', () => {
    expect(decided({ status: undefined, clockIn: at(8, 32) })).toHaveLength(1);
  });

  it('reports a blank status with no punches as MISSING_STATUS on the status cell', () => {
    const day = assess({ status: undefined, clockIn: undefined, clockOut: undefined, ref: ref('考勤', 9) });
    expect(day.issues).toEqual([
      { severity: 'error', code: 'MISSING_STATUS', sheet: '考勤', cell: 'F9', params: { id: '1001', date: '2026-11-02' } },
    ]);
  });
});

describe('a present day with missing data', () => {
  it('reports a missing clock-in on the clock-in cell', () => {
    const day = assess({ status: 'present', clockIn: undefined, ref: ref('考勤', 4) });
    expect(day.items).toEqual([]);
    expect(day.issues).toEqual([
      { severity: 'error', code: 'MISSING_CLOCK_IN', sheet: '考勤', cell: 'D4', params: { id: '1001', date: '2026-11-02' } },
    ]);
  });

  it('reports a missing clock-out on the clock-out cell', () => {
    const day = assess({ clockOut: undefined, ref: ref('考勤', 4) });
    expect(day.issues.map((issue) => [issue.code, issue.cell])).toEqual([['MISSING_CLOCK_OUT', 'E4']]);
  });

  it('reports a missing shift on the shift cell, also when the cell holds only spaces', () => {
    expect(assess({ shift: undefined }).issues.map((issue) => [issue.code, issue.cell])).toEqual([['MISSING_SHIFT', 'C2']]);
    expect(assess({ shift: '  ' }).issues.map((issue) => issue.code)).toEqual(['MISSING_SHIFT']);
  });

  it('reports an unknown shift code with the code as written', () => {
    expect(assess({ shift: 'Z' }).issues).toEqual([
      { severity: 'error', code: 'UNKNOWN_SHIFT', sheet: '考勤', cell: 'C2', params: { shift: 'Z' } },
    ]);
  });

  it('accepts a shift code in lower case', () => {
    expect(decided({ shift: 'n', clockIn: at(17, 30), clockOut: at(0, 0) })).toEqual([]);
  });

  it('reports every missing piece of a row at once', () => {
    const day = assess({ status: 'present', shift: undefined, clockIn: undefined, clockOut: undefined });
    expect(day.issues.map((issue) => issue.code)).toEqual(['MISSING_SHIFT', 'MISSING_CLOCK_IN', 'MISSING_CLOCK_OUT']);
  });
});

describe('the policy', () => {
  it('subtracts the grace period from late minutes', () => {
    const graceful = ruleBookFor(policyWith({ attendance: { ...defaultPolicy.attendance, graceMinutes: 5 } }));
    expect(assessAttendanceDay(attendance({ clockIn: at(8, 35) }), graceful).items).toEqual([]);
    expect(assessAttendanceDay(attendance({ clockIn: at(8, 36) }), graceful).items[0].basis).toEqual({ kind: 'late', minutes: 1 });
  });

  it('takes tiers and absence points from the policy', () => {
    const strict = ruleBookFor(
      policyWith({
        attendance: { ...defaultPolicy.attendance, lateTiers: [{ upToMinutes: 3, points: 1.5 }] },
        catalog: defaultPolicy.catalog.map((entry) => (entry.code === 'S01' ? { ...entry, min: 30, max: 30 } : entry)),
      }),
    );
    expect(assessAttendanceDay(attendance({ clockIn: at(8, 33) }), strict).items[0].points).toBe(1.5);
    expect(assessAttendanceDay(attendance({ clockIn: at(8, 34) }), strict).items[0]).toMatchObject({ code: 'S01', points: 30 });
  });
});
