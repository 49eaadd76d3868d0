import type { WorkbookGrids } from '../grid';
import { computeWorkbook } from '../pipeline';
import { sampleRoster } from './sample-roster';
import { sampleText } from './sample-text';
import { clockStory, STRANGER_ID } from './sample-clock';
import { sampleTimeClockPlan, type TimeClockSampleOptions } from './time-clock-plan';

const options: Omit<TimeClockSampleOptions, 'as'> = { employees: 24, months: ['2026-10', '2026-11'], seed: 20262, lang: 'zh' };
const gridsOf = (as: TimeClockSampleOptions['as']): WorkbookGrids => ({
  sheets: sampleTimeClockPlan({ ...options, as }).sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows })),
});
const compute = (grids: WorkbookGrids, month: string) => computeWorkbook(grids, { month, generatedAt: new Date(2026, 11, 1) });

describe('sampleTimeClockPlan', () => {
  const punches = gridsOf('punches');

  it('writes a Punches sheet, a schedule per month and Attendance for the exceptions only', () => {
    expect(punches.sheets.map((sheet) => sheet.name)).toEqual(['员工', '考勤', '违规', '加分', '指标', '班次', '打卡', '排班 2026-10', '排班 2026-11']);
    const attendance = punches.sheets[1].rows.slice(1);
    expect(attendance.length).toBeGreaterThan(0);
    expect(attendance.every((row) => row.includes('请假'))).toBe(true);
  });

  it.each(['2026-10', '2026-11'])('computes %s with no error; its only warning is the stranger’s punches', (month) => {
    const report = compute(punches, month);
    expect(report.ok).toBe(true);
    expect(report.issues.filter((issue) => issue.code !== 'NO_HISTORY_PREVIOUS_MONTH').map((issue) => [issue.code, issue.params])).toEqual([
      ['UNKNOWN_PUNCH_ID', { id: STRANGER_ID, count: expect.any(Number) }],
    ]);
    expect(report.result?.daysFromPunches).toBeGreaterThan(300);
  });

  it('gives every employee the same month as the Attendance rows its punches imply', () => {
    const typed = gridsOf('attendance');
    for (const month of options.months) {
      const fromPunches = compute(punches, month).result?.employees.map(({ items, ...numbers }) => ({ ...numbers, items: items.length }));
      const fromRows = compute(typed, month).result?.employees.map(({ items, ...numbers }) => ({ ...numbers, items: items.length }));
      expect(fromPunches).toEqual(fromRows);
    }
  });

  it('tells the stories a time clock has: overnight shifts, days off, make-up punches, repeated reads and a day without punches', () => {
    const story = clockStory(sampleRoster(options.employees, options.months, options.seed, 'zh'), options.months, options.seed, sampleText.zh);
    const worked = story.flatMap((entry) => (entry.day.kind === 'worked' ? [entry.day] : []));
    expect(worked.some((day) => day.shift === 'N' || day.shift === 'L')).toBe(true);
    expect(worked.some((day) => day.punches.some((punch) => punch.minutes >= 1440))).toBe(true);
    expect(worked.some((day) => day.punches.some((punch) => punch.makeUp))).toBe(true);
    expect(worked.some((day) => new Set(day.punches.map((punch) => punch.minutes)).size < day.punches.length)).toBe(true);
    expect(story.some((entry) => entry.day.kind === 'rest')).toBe(true);
    expect(story.some((entry) => entry.day.kind === 'absent')).toBe(true);
    const schedule = punches.sheets.find((sheet) => sheet.name === '排班 2026-11');
    expect(schedule?.rows.slice(2).some((row) => row.includes('休'))).toBe(true);
    const sources = punches.sheets.find((sheet) => sheet.name === '打卡')?.rows.map((row) => row[3]);
    expect(sources).toContain('自助补卡');
  });
});
