import { defaultPolicy } from './default-policy';
import { escalationItem, occurrences } from './escalation';
import type { Category } from './policy';
import type { LineItem, ItemSource } from './results';
import { ruleBookFor } from './rule-book';

const book = ruleBookFor(defaultPolicy);

function offence(category: Category, code: string, times = 1, source: ItemSource = 'violations', voided = false): LineItem {
  return {
    employeeId: '1001',
    code,
    category,
    bucket: 'violation',
    times,
    pointsPerTime: 2,
    points: voided ? 0 : 2 * times,
    voided,
    source,
    basis: { kind: 'entered' },
  };
}

const minor = (times = 1, source: ItemSource = 'violations', voided = false) => offence('minor', 'L01', times, source, voided);
const moderate = (times = 1, source: ItemSource = 'violations', voided = false) => offence('moderate', 'M01', times, source, voided);

describe('escalation to S05 (SPEC §3.2)', () => {
  it('does not apply at 3 minor occurrences and applies at 4', () => {
    expect(escalationItem('1001', [minor(), minor(), minor()], book)).toBeUndefined();
    expect(escalationItem('1001', [minor(), minor(), minor(), minor()], book)).toEqual({
      employeeId: '1001',
      code: 'S05',
      category: 'severe',
      bucket: 'violation',
      times: 1,
      pointsPerTime: 20,
      points: 20,
      voided: false,
      source: 'computed',
      basis: { kind: 'escalation', moderate: 0, minor: 4 },
    });
  });

  it('does not apply at 1 moderate occurrence and applies at 2', () => {
    expect(escalationItem('1001', [moderate()], book)).toBeUndefined();
    expect(escalationItem('1001', [moderate(), moderate()], book)?.points).toBe(20);
  });

  it('counts Times as occurrences', () => {
    expect(escalationItem('1001', [minor(4)], book)?.basis).toEqual({ kind: 'escalation', moderate: 0, minor: 4 });
    expect(escalationItem('1001', [moderate(2)], book)).toBeDefined();
  });

  it('counts an L04 from attendance toward the minor occurrences', () => {
    const late = offence('minor', 'L04', 1, 'attendance');
    expect(escalationItem('1001', [minor(), minor(), minor(), late], book)).toBeDefined();
  });

  it('counts an M07 derived from KPI toward the moderate occurrences', () => {
    expect(escalationItem('1001', [moderate(), offence('moderate', 'M07', 1, 'kpi')], book)).toBeDefined();
  });

  it('does not count voided rows, severe or dismissal offences', () => {
    const items = [minor(3), minor(1, 'violations', true), moderate(1), moderate(1, 'violations', true), offence('severe', 'S02'), offence('dismissal', 'X01')];
    expect(occurrences(items)).toEqual({ moderate: 1, minor: 3 });
    expect(escalationItem('1001', items, book)).toBeUndefined();
  });

  it('adds one S05 however far past the threshold', () => {
    expect(escalationItem('1001', [minor(9), moderate(5)], book)?.times).toBe(1);
  });

  it('takes the thresholds from the policy', () => {
    const policy = ruleBookFor({ ...defaultPolicy, escalation: { moderateOccurrences: 3, minorOccurrences: 6 } });
    expect(escalationItem('1001', [minor(5), moderate(2)], policy)).toBeUndefined();
    expect(escalationItem('1001', [minor(6)], policy)).toBeDefined();
  });
});
