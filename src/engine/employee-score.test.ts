import { defaultPolicy } from './default-policy';
import { scoreEmployee } from './employee-score';
import { employee } from './fixtures';
import type { Category } from './policy';
import type { ItemSource, LineItem } from './results';
import { ruleBookFor } from './rule-book';

const book = ruleBookFor(defaultPolicy);

function item(code: string, category: Category, source: ItemSource, times = 1, voided = false): LineItem {
  const pointsPerTime = category === 'dismissal' ? 0 : 20;
  return {
    employeeId: '1001',
    code,
    category,
    bucket: category === 'dismissal' ? 'none' : source === 'attendance' ? 'attendance' : 'violation',
    times,
    pointsPerTime,
    points: voided ? 0 : pointsPerTime * times,
    voided,
    source,
    basis: { kind: 'entered' },
  };
}

describe('scoreEmployee', () => {
  it('adds the absence days entered by hand, with their Times, to those from attendance', () => {
    const items = [item('S01', 'severe', 'violations', 2), item('S01', 'severe', 'attendance'), item('S01', 'severe', 'violations', 1, true)];
    expect(scoreEmployee(employee(), '2026-11', items, 1, book).absenceDays).toBe(3);
  });

  it('notes a dismissal offence only when it counts', () => {
    expect(scoreEmployee(employee(), '2026-11', [item('X04', 'dismissal', 'violations')], 0, book).dismissalOffence).toBe(true);
    expect(scoreEmployee(employee(), '2026-11', [item('X04', 'dismissal', 'violations', 1, true)], 0, book).dismissalOffence).toBe(false);
  });

  it('appends the escalation after the filed items and counts it', () => {
    const moderate = { ...item('M01', 'moderate', 'violations', 2), pointsPerTime: 10, points: 20 };
    const scored = scoreEmployee(employee(), '2026-11', [moderate], 0, book);
    expect(scored.items.map((each) => each.code)).toEqual(['M01', 'S05']);
    expect(scored).toMatchObject({ score: 40, grade: 'F', totals: { violationDeduction: 40 } });
  });

  it('gives probation and no salary adjustment in the hire month', () => {
    const scored = scoreEmployee(employee({ hireDate: '2026-11-15' }), '2026-11', [], 0, book);
    expect(scored).toMatchObject({ serviceMonth: 1, probation: true, salaryAdjustment: 0, score: 80 });
  });
});
