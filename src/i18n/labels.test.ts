import { defaultPolicy } from '../engine/default-policy';
import type { Policy } from '../engine/policy';
import type { ItemBasis } from '../engine/results';
import { labels } from './labels';
import { clockText, lateTierBands, pointsRange } from './labels-text';

const stricter: Policy = {
  ...defaultPolicy,
  flags: { scoreBelow: 55, lastPlaceBelow: 65 },
  attendance: { ...defaultPolicy.attendance, absenceDaysFlag: 2, lateTiers: [{ upToMinutes: 15, points: 3 }] },
};

/** Width in half-width cells: CJK characters take two. */
const cells = (text: string): number => [...text].reduce((width, ch) => width + (/[\u2e80-\uffef]/u.test(ch) ? 2 : 1), 0);

const describeBasis = (lang: 'zh' | 'en', basis: ItemBasis): string =>
  (labels(lang).basis[basis.kind] as (value: ItemBasis, policy: Policy) => string)(basis, defaultPolicy);

describe('labels', () => {
  it('names the month tabs and policy sheets in each language', () => {
    expect(labels('zh').sheets.scorecard('2026-11')).toBe('考核 2026-11');
    expect(labels('en').sheets.details('2026-11')).toBe('Details 2026-11');
    expect(labels('zh').sheets.policy.parameters).toBe('参数');
    expect(labels('en').sheets.policy.lateTiers).toBe('Late tiers');
  });

  it('words the flags with the policy numbers', () => {
    expect(labels('zh').flags.SCORE_BELOW_60(defaultPolicy)).toBe('低于60分');
    expect(labels('en').flags.LAST_PLACE_TWICE(defaultPolicy)).toBe('Last place twice below 70');
    expect(labels('zh').flags.LAST_PLACE_TWICE(defaultPolicy)).toBe('连续两月末位且低于70分');
    expect(labels('zh').flags.ABSENCE_DAYS(defaultPolicy)).toBe('旷工3天及以上');
    expect(labels('en').flags.ABSENCE_DAYS(defaultPolicy)).toBe('3+ absence days');
    expect(labels('en').flags.SCORE_BELOW_60(stricter)).toBe('Score below 55');
    expect(labels('zh').flags.ABSENCE_DAYS(stricter)).toBe('旷工2天及以上');
  });

  it('explains each basis in words', () => {
    expect(describeBasis('zh', { kind: 'late', minutes: 7 })).toBe('迟到 7 分钟');
    expect(describeBasis('en', { kind: 'late', minutes: 7 })).toBe('Late 7 min');
    expect(describeBasis('zh', { kind: 'absentStatus' })).toBe('旷工(状态)');
    expect(describeBasis('zh', { kind: 'kpiTop', workload: 520, quality: 98 })).toBe('工作量 520、质量 98 均为最高');
    expect(describeBasis('zh', { kind: 'examScore', score: 100 })).toBe('考试 100 分');
    expect(describeBasis('zh', { kind: 'escalation', moderate: 2, minor: 5 })).toBe('中度 2 次、轻度 5 次');
    expect(describeBasis('en', { kind: 'escalation', moderate: 1, minor: 5 })).toBe('1 moderate occurrence, 5 minor occurrences');
    expect(describeBasis('en', { kind: 'lateAbsence', minutes: 25 })).toBe('Late 25 min: over 10 min counts as an absence');
  });

  it('says when and from what a tab was generated', () => {
    const counts = [
      { sheet: '员工', rows: 12 },
      { sheet: '考勤', rows: 1 },
    ];
    expect(labels('zh').generated('2026-12-01 09:30', counts)).toBe('生成于 2026-12-01 09:30 · 数据:员工 12 行、考勤 1 行');
    expect(labels('en').generated('2026-12-01 09:30', counts)).toBe('Generated 2026-12-01 09:30 from 员工 (12 rows), 考勤 (1 row)');
  });

  it('gives every policy parameter a label and a note in both languages', () => {
    const zh = labels('zh').policySheets.parameters;
    const en = labels('en').policySheets.parameters;
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].label).not.toBe('');
      expect(zh[key].note).not.toBe('');
      expect(en[key].label).not.toBe(zh[key].label);
      expect(en[key].note).not.toBe(zh[key].note);
    }
  });

  it('keeps every column header to two short lines, so that no header makes its column wide', () => {
    for (const lang of ['zh', 'en'] as const) {
      const words = labels(lang);
      const headers = [...Object.values(words.scorecard.columns), ...Object.values(words.details.columns)];
      for (const header of headers) {
        const lines = header.split('\n');
        expect(lines.length).toBeLessThanOrEqual(2);
        for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(12);
      }
    }
  });

  it('splits the long English headers between words', () => {
    const columns = labels('en').scorecard.columns;
    expect(columns.attendanceDeduction).toBe('Attendance\ndeductions');
    expect(columns.violationDeduction).toBe('Violation\ndeductions');
    expect(labels('en').details.columns.effect).toBe('Effect\n(− deducts)');
    expect(labels('zh').details.columns.effect).toBe('分值影响\n(扣分为负)');
  });

  it('describes the policy used with the values in force', () => {
    const lines = labels('en').scorecard.policyLines(stricter);
    expect(lines).toContain('Late or early: 1–15 min 3 points; over 15 min counts as an absence; grace 0 min');
    expect(lines).toContain(
      'Review flags: score below 55; last place twice below 65; 2+ absence days; dismissal offence',
    );
    expect(lines).toContain('Shifts: D Day 08:30–17:30, 60 min break; N Night 17:30–00:00, 0 min break; E Early 08:00–17:30, 60 min break; L Late 16:00–01:00, 60 min break');
    expect(labels('en').scorecard.policyLines({ ...stricter, attendance: { ...stricter.attendance, checkInOpensMinutes: 90, checkOutClosesMinutes: 180 } })).toContain(
      "From punches: a shift's punches from 90 min before it starts to 180 min after it ends",
    );
  });
});

describe('label text pieces', () => {
  it('writes a fixed value alone and a range with a dash, or a tilde when a minus sign is involved', () => {
    expect(pointsRange(5, 5)).toBe('5');
    expect(pointsRange(2, 5)).toBe('2–5');
    expect(pointsRange(-5, 5)).toBe('-5 ~ 5');
  });

  it('writes minutes after midnight as a clock, wrapping past midnight', () => {
    expect(clockText(0)).toBe('00:00');
    expect(clockText(510)).toBe('08:30');
    expect(clockText(1440 + 60)).toBe('01:00');
  });

  it('starts each late tier one minute after the previous one', () => {
    expect(lateTierBands(defaultPolicy)).toEqual([
      { from: 1, to: 5, points: 2 },
      { from: 6, to: 10, points: 5 },
    ]);
  });
});
