import { isDeduction, Ledger } from './ledger';
import type { Category } from './policy';
import type { LineItem } from './results';

function item(employeeId: string, category: Category, voided = false): LineItem {
  return {
    employeeId,
    code: 'C',
    category,
    bucket: 'violation',
    times: 1,
    pointsPerTime: 1,
    points: voided ? 0 : 1,
    voided,
    source: 'violations',
    basis: { kind: 'entered' },
  };
}

describe('Ledger', () => {
  it('files items by employee in the order they were added', () => {
    const ledger = new Ledger();
    const [first, second, other] = [item('1', 'minor'), item('1', 'bonus'), item('2', 'severe')];
    [first, other, second].forEach((each) => ledger.add(each));
    expect(ledger.itemsOf('1')).toEqual([first, second]);
    expect(ledger.itemsOf('3')).toEqual([]);
  });

  it('knows whether an employee has a deduction that counts', () => {
    const ledger = new Ledger();
    ledger.add(item('1', 'bonus'));
    ledger.add(item('1', 'moderate', true));
    ledger.add(item('2', 'dismissal'));
    expect(ledger.hasDeduction('1')).toBe(false);
    expect(ledger.hasDeduction('2')).toBe(true);
  });
});

describe('isDeduction', () => {
  it.each([
    ['minor', true],
    ['moderate', true],
    ['severe', true],
    ['dismissal', true],
    ['bonus', false],
    ['adjustment', false],
  ] as const)('is %s a deduction: %p', (category, expected) => {
    expect(isDeduction(item('1', category))).toBe(expected);
  });
});
