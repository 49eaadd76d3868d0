import { DayNumbers } from './day-numbers';
import { defaultPolicy } from './default-policy';
import { scheduleRow } from './fixtures';
import { ruleBookFor } from './rule-book';
import { ScheduledDays } from './scheduled-days';

const book = ruleBookFor(defaultPolicy);

function daysOf(...shifts: Record<string, string>[]): ScheduledDays {
  const rows = shifts.map((row) => scheduleRow('1001', row));
  const days = new ScheduledDays(rows.reduce((sum, row) => sum + row.shifts.length, 0), new DayNumbers());
  days.startEmployee('1001');
  for (const row of rows) days.addRow(row, book, '2026-11-01', '2026-11-30');
  return days;
}

const dates = (days: ScheduledDays) => Array.from({ length: days.length }, (_, day) => days.date(day));

describe('ScheduledDays (every employee’s scheduled days, in columns)', () => {
  it('keeps each day’s shift, cell and whether it is the month’s', () => {
    const days = daysOf({ '2026-10-31': 'L', '2026-11-01': 'D' });
    days.settle(() => true);
    expect(dates(days)).toEqual(['2026-10-31', '2026-11-01']);
    expect([days.shiftOf(0).code, days.shiftOf(1).code]).toEqual(['L', 'D']);
    expect([days.inMonth[0], days.inMonth[1]]).toEqual([0, 1]);
    expect([days.judged[0], days.judged[1]]).toEqual([0, 1]);
    expect(days.row(1)).toMatchObject({ sheet: '排班' });
    expect(days.column(1)).toBe('C');
  });

  it('returns the cells naming no shift, and leaves them out', () => {
    const row = scheduleRow('1001', { '2026-11-01': 'D', '2026-11-02': '夜宵班', '2026-11-03': 'N' });
    const days = new ScheduledDays(3, new DayNumbers());
    days.startEmployee('1001');
    expect(days.addRow(row, book, '2026-11-01', '2026-11-30')).toEqual([1]);
    expect(days.length).toBe(2);
  });

  it('puts an employee’s days in date order, the days of one date in the order added', () => {
    const days = daysOf({ '2026-11-05': 'D', '2026-11-02': 'N' }, { '2026-11-02': 'L' });
    const seen: [string, string | undefined][] = [];
    days.settle((day, before) => {
      seen.push([`${days.date(day)} ${days.shiftOf(day).code}`, before === undefined ? undefined : days.date(before)]);
      return true;
    });
    expect(seen).toEqual([
      ['2026-11-02 N', undefined],
      ['2026-11-02 L', '2026-11-02'],
      ['2026-11-05 D', '2026-11-02'],
    ]);
  });

  it('keeps only the days it is told to, as one range', () => {
    const days = daysOf({ '2026-11-01': 'D', '2026-11-02': 'D', '2026-11-03': 'D' });
    days.settle((day) => days.date(day) !== '2026-11-02');
    expect(dates(days)).toEqual(['2026-11-01', '2026-11-03']);
    expect(days.rangeOf('1001')).toEqual({ from: 0, to: 2 });
  });

  it('gives an employee without days an empty range, and one never started none', () => {
    const days = daysOf({ '2026-11-01': 'D' });
    days.settle(() => true);
    days.startEmployee('1002');
    expect(days.rangeOf('1002')).toEqual({ from: 1, to: 1 });
    expect(days.employeeNumber('1002')).toBe(1);
    expect(days.employeeNumber('9999')).toBeUndefined();
    expect(days.rangeOf('9999')).toEqual({ from: 0, to: 0 });
  });
});
