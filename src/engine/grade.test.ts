import { defaultPolicy } from './default-policy';
import { gradeFor } from './grade';

describe('gradeFor (SPEC §3.5)', () => {
  it.each([
    [110, 'A'],
    [90.5, 'A'],
    [90, 'B'],
    [80, 'B'],
    [79.5, 'C'],
    [70, 'C'],
    [69.5, 'D'],
    [65, 'D'],
    [64.5, 'E'],
    [60, 'E'],
    [59.5, 'F'],
    [0, 'F'],
  ])('grades %p as %s', (score, grade) => {
    expect(gradeFor(score, defaultPolicy)).toBe(grade);
  });

  it('follows bands from the policy', () => {
    const policy = { ...defaultPolicy, grades: { bands: [{ grade: '优', min: 85, inclusive: true }], fallback: '良' } };
    expect(gradeFor(85, policy)).toBe('优');
    expect(gradeFor(84.9, policy)).toBe('良');
  });
});
