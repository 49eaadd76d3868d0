import { defaultPolicy } from './default-policy';
import { assessEntryRow } from './entry-row';
import { employee, entry, ref } from './fixtures';
import type { EntryRow } from './records';
import { ruleBookFor } from './rule-book';

const book = ruleBookFor(defaultPolicy);
const agent = employee({ role: 'agent' });
const teamLead = employee({ role: 'teamLead' });

function assess(overrides: Partial<EntryRow>, owner = agent) {
  return assessEntryRow(entry({ ref: ref('违规', 5), ...overrides }), owner, book);
}

function codesAndCells(overrides: Partial<EntryRow>, owner = agent) {
  return assess(overrides, owner).issues.map((issue) => [issue.severity, issue.code, issue.sheet, issue.cell]);
}

describe('a valid entry', () => {
  it('becomes a line item at the code’s fixed points when Points is blank', () => {
    const { item, issues } = assess({ code: 'M01', note: '上班玩游戏', amount: 0 });
    expect(issues).toEqual([]);
    expect(item).toEqual({
      employeeId: '1001',
      date: '2026-11-10',
      code: 'M01',
      category: 'moderate',
      bucket: 'violation',
      times: 1,
      pointsPerTime: 10,
      points: 10,
      amount: 0,
      voided: false,
      source: 'violations',
      basis: { kind: 'entered' },
      ref: ref('违规', 5),
      note: '上班玩游戏',
    });
  });

  it('multiplies the points by Times', () => {
    expect(assess({ code: 'L09', points: 1.5, times: 3 }).item).toMatchObject({ times: 3, pointsPerTime: 1.5, points: 4.5 });
  });

  it('accepts the fixed value written out', () => {
    expect(assess({ code: 'S03', points: 20 }).issues).toEqual([]);
  });

  it('accepts a code in lower case and files it under the catalog’s code', () => {
    expect(assess({ code: ' l01 ' }).item?.code).toBe('L01');
  });

  it('carries an S04 compensation amount on the item only', () => {
    expect(assess({ code: 'S04', amount: 350 }).item).toMatchObject({ points: 20, amount: 350 });
  });

  it('puts a dismissal code in no total and accepts 0 points for it', () => {
    expect(assess({ code: 'X01', points: 0 }).item).toMatchObject({ category: 'dismissal', bucket: 'none', points: 0 });
  });

  it('puts a bonus in the bonus total', () => {
    expect(assess({ sheet: 'merits', code: 'B03', ref: ref('加分', 5) }).item).toMatchObject({ bucket: 'bonus', points: 5, source: 'merits' });
  });
});

describe('a voided entry', () => {
  it('is listed as voided and worth nothing', () => {
    expect(assess({ code: 'S02', voided: true, times: 2 }).item).toMatchObject({ voided: true, points: 0, pointsPerTime: 20, times: 2 });
  });

  it('is still checked for code, times and points', () => {
    expect(codesAndCells({ code: 'L08', voided: true, times: 0 })).toEqual([
      ['error', 'INVALID_TIMES', '违规', 'D5'],
      ['error', 'POINTS_REQUIRED', '违规', 'E5'],
    ]);
  });

  it('is not held to the rules for counting rows (sheet, team lead, note)', () => {
    expect(assess({ code: 'ADJ', points: 3, voided: true }).issues).toEqual([]);
  });
});

describe('the code', () => {
  it('must be in the catalog', () => {
    expect(assess({ code: 'Q99' }).issues).toEqual([
      { severity: 'error', code: 'UNKNOWN_CODE', sheet: '违规', cell: 'C5', params: { code: 'Q99' } },
    ]);
    expect(assess({ code: 'Q99' }).item).toBeUndefined();
  });

  it('must not be S05, which is computed only', () => {
    expect(assess({ code: 'S05' }).issues).toEqual([
      { severity: 'error', code: 'COMPUTED_CODE_ENTERED', sheet: '违规', cell: 'C5', params: { code: 'S05' } },
    ]);
  });

  it('raises a warning but still counts when a bonus is on the Violations sheet', () => {
    const { item, issues } = assess({ code: 'B04' });
    expect(issues).toEqual([
      { severity: 'warning', code: 'CODE_IN_OTHER_SHEET', sheet: '违规', cell: 'C5', params: { code: 'B04', expected: 'merits' } },
    ]);
    expect(item?.points).toBe(5);
  });

  it('raises a warning but still counts when a deduction is on the Merits sheet', () => {
    const { item, issues } = assess({ sheet: 'merits', code: 'L02', ref: ref('加分', 3) });
    expect(issues).toEqual([
      { severity: 'warning', code: 'CODE_IN_OTHER_SHEET', sheet: '加分', cell: 'C3', params: { code: 'L02', expected: 'violations' } },
    ]);
    expect(item?.points).toBe(2);
  });
});

describe('Times', () => {
  it('defaults to 1 and accepts 1', () => {
    expect(assess({}).item?.times).toBe(1);
    expect(assess({ times: 1 }).issues).toEqual([]);
  });

  it.each([0, -1, 1.5])('rejects %p', (times) => {
    expect(assess({ times }).issues).toEqual([
      { severity: 'error', code: 'INVALID_TIMES', sheet: '违规', cell: 'D5', params: { value: String(times) } },
    ]);
  });
});

describe('Points', () => {
  it('is required for a ranged code', () => {
    expect(assess({ code: 'L14' }).issues).toEqual([
      { severity: 'error', code: 'POINTS_REQUIRED', sheet: '违规', cell: 'E5', params: { code: 'L14', min: 2, max: 5 } },
    ]);
  });

  it('accepts both ends of a range and rejects just outside them', () => {
    expect(assess({ code: 'L14', points: 2 }).issues).toEqual([]);
    expect(assess({ code: 'L14', points: 5 }).issues).toEqual([]);
    expect(assess({ code: 'L14', points: 1.9 }).issues).toEqual([
      { severity: 'error', code: 'POINTS_OUT_OF_RANGE', sheet: '违规', cell: 'E5', params: { code: 'L14', min: 2, max: 5, value: 1.9 } },
    ]);
    expect(codesAndCells({ code: 'L14', points: 5.5 })).toEqual([['error', 'POINTS_OUT_OF_RANGE', '违规', 'E5']]);
  });

  it('must equal the fixed value of a fixed code', () => {
    expect(assess({ code: 'M02', points: 5 }).issues).toEqual([
      { severity: 'error', code: 'POINTS_NOT_FIXED', sheet: '违规', cell: 'E5', params: { code: 'M02', expected: 10, value: 5 } },
    ]);
  });

  it('must be blank or 0 for a dismissal code', () => {
    expect(codesAndCells({ code: 'X02', points: 10 })).toEqual([['error', 'POINTS_NOT_FIXED', '违规', 'E5']]);
  });
});

describe('ADJ', () => {
  const adjustment = { sheet: 'merits' as const, code: 'ADJ', points: -3, note: '带组成绩下滑', ref: ref('加分', 5) };

  it('counts a signed adjustment for a team lead with a note', () => {
    const { item, issues } = assess(adjustment, teamLead);
    expect(issues).toEqual([]);
    expect(item).toMatchObject({ bucket: 'adjustment', points: -3, category: 'adjustment' });
  });

  it('is for team leads only, reported on the ID cell', () => {
    expect(assess(adjustment, agent).issues).toEqual([
      { severity: 'error', code: 'ADJ_NOT_TEAM_LEAD', sheet: '加分', cell: 'B5', params: { id: '1001' } },
    ]);
    expect(codesAndCells(adjustment, employee({ role: undefined }))).toEqual([['error', 'ADJ_NOT_TEAM_LEAD', '加分', 'B5']]);
  });

  it('needs a note, and a note of spaces is no note', () => {
    expect(assess({ ...adjustment, note: undefined }, teamLead).issues).toEqual([
      { severity: 'error', code: 'ADJ_NOTE_REQUIRED', sheet: '加分', cell: 'G5', params: {} },
    ]);
    expect(codesAndCells({ ...adjustment, note: '  ' }, teamLead)).toEqual([['error', 'ADJ_NOTE_REQUIRED', '加分', 'G5']]);
  });

  it('needs points within −5 to +5 per row', () => {
    expect(codesAndCells({ ...adjustment, points: -5 }, teamLead)).toEqual([]);
    expect(codesAndCells({ ...adjustment, points: 5.5 }, teamLead)).toEqual([['error', 'POINTS_OUT_OF_RANGE', '加分', 'E5']]);
  });

  it('still yields its item while the note is missing, so the month total is checked too', () => {
    expect(assess({ ...adjustment, note: undefined }, teamLead).item?.points).toBe(-3);
  });

  it('is not checked for role when the employee is unknown', () => {
    expect(assessEntryRow(entry(adjustment), undefined, book).issues).toEqual([]);
  });
});
