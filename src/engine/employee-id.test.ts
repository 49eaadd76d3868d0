import fc from 'fast-check';
import { compareEmployeeIds } from './employee-id';

describe('compareEmployeeIds', () => {
  it('orders numeric IDs by value', () => {
    expect(['1001', '999', '20'].sort(compareEmployeeIds)).toEqual(['20', '999', '1001']);
  });

  it('orders IDs that are not all digits as text', () => {
    expect(['B2', 'A10', 'A9'].sort(compareEmployeeIds)).toEqual(['A10', 'A9', 'B2']);
  });

  it('tells apart IDs that differ only in leading zeros', () => {
    expect(compareEmployeeIds('007', '7')).not.toBe(0);
    expect(compareEmployeeIds('007', '7')).toBe(-compareEmployeeIds('7', '007'));
  });

  it('is a consistent order: antisymmetric and zero only for equal IDs', () => {
    const id = fc.oneof(fc.stringMatching(/^\d{1,5}$/), fc.stringMatching(/^[A-Z0-9]{1,4}$/));
    fc.assert(
      fc.property(id, id, (a, b) => {
        // Summed rather than negated: -0 and 0 are the same answer here.
        expect(Math.sign(compareEmployeeIds(a, b)) + Math.sign(compareEmployeeIds(b, a))).toBe(0);
        expect(compareEmployeeIds(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
