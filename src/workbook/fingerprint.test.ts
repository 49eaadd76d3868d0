import { fingerprintOf, fingerprintOfText } from './fingerprint';

describe('fingerprintOf', () => {
  it('gives the same fingerprint for equal values whatever the key order', () => {
    expect(fingerprintOf({ a: 1, b: [1, 2] })).toBe(fingerprintOf({ b: [1, 2], a: 1 }));
  });

  it('changes when any value changes', () => {
    expect(fingerprintOf({ a: 1, b: [1, 2] })).not.toBe(fingerprintOf({ a: 1, b: [1, 3] }));
  });

  it('changes when the order of rows changes', () => {
    expect(fingerprintOf([1, 2])).not.toBe(fingerprintOf([2, 1]));
  });

  it('is eleven base-36 characters', () => {
    expect(fingerprintOf('王芳')).toMatch(/^[0-9a-z]{11}$/);
  });
});

describe('fingerprintOfText', () => {
  it('is the fingerprint of exactly that text', () => {
    expect(fingerprintOfText('{"a":1}')).toBe(fingerprintOf({ a: 1 }));
    expect(fingerprintOfText('{"a":1}')).not.toBe(fingerprintOfText('{"a":2}'));
  });
});
