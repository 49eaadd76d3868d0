import { defaultPolicy } from '../../engine/default-policy';
import { labels } from '../../i18n/labels';
import { fitsKind, parameterKeys, parameterValue, withParameter } from './parameters';

describe('policy parameters', () => {
  it('lists every parameter the labels name, once', () => {
    expect([...parameterKeys].sort()).toEqual(Object.keys(labels('en').policySheets.parameters).sort());
  });

  it('reads each parameter from its place in the policy', () => {
    expect(parameterValue(defaultPolicy, 'score.base')).toBe(80);
    expect(parameterValue(defaultPolicy, 'salary.limit')).toBe(300);
    expect(parameterValue(defaultPolicy, 'escalation.minorOccurrences')).toBe(4);
    expect(parameterKeys.every((key) => typeof parameterValue(defaultPolicy, key) === 'number')).toBe(true);
  });

  it('changes one parameter and leaves the rest of the policy as it was', () => {
    const changed = withParameter(defaultPolicy, 'salary.perPoint', 12);
    expect(changed.salary).toEqual({ ...defaultPolicy.salary, perPoint: 12 });
    expect(changed.score).toBe(defaultPolicy.score);
    expect(defaultPolicy.salary.perPoint).toBe(10);
  });

  it('accepts 0 but not less where a value may not be negative', () => {
    expect(fitsKind(0, 'nonNegative')).toBe(true);
    expect(fitsKind(-0.5, 'nonNegative')).toBe(false);
    expect(fitsKind(-0.5, 'number')).toBe(true);
  });

  it('accepts whole numbers from their lower bound only', () => {
    expect(fitsKind(0, 'wholeFrom0')).toBe(true);
    expect(fitsKind(-1, 'wholeFrom0')).toBe(false);
    expect(fitsKind(1, 'wholeFrom1')).toBe(true);
    expect(fitsKind(0, 'wholeFrom1')).toBe(false);
    expect(fitsKind(1.5, 'wholeFrom1')).toBe(false);
  });

  it('rejects numbers that are not finite', () => {
    expect(fitsKind(Number.POSITIVE_INFINITY, 'number')).toBe(false);
    expect(fitsKind(Number.NaN, 'nonNegative')).toBe(false);
  });
});
