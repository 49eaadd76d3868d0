import fc from 'fast-check';
import { fingerprintOf, fingerprintOfText, TextFingerprint } from './fingerprint';

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

describe('TextFingerprint', () => {
  it('gives the fingerprint of the joined text however the text is cut into pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }), (pieces) => {
        const fingerprint = new TextFingerprint();
        for (const piece of pieces) fingerprint.add(piece);
        expect(fingerprint.digest()).toBe(fingerprintOfText(pieces.join('')));
      }),
    );
  });

  it('takes single code units as the text of those units', () => {
    const fingerprint = new TextFingerprint();
    fingerprint.addCode(0x7b);
    fingerprint.add('"a":1');
    fingerprint.addCode(0x7d);
    expect(fingerprint.digest()).toBe(fingerprintOf({ a: 1 }));
  });

  it('adds plain text quoted as JSON writes it, and leaves text JSON escapes to the caller', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const fingerprint = new TextFingerprint();
        fingerprint.add('[');
        const plain = fingerprint.addPlainQuoted(text);
        const quoted = JSON.stringify(text);
        expect(plain).toBe(quoted === `"${text}"` && !/[\ud800-\udfff]/.test(text));
        expect(fingerprint.digest()).toBe(fingerprintOfText(plain ? `[${quoted}` : '['));
      }),
    );
  });

  it('takes code units given as an array as the text of those units', () => {
    const fingerprint = new TextFingerprint();
    fingerprint.addCodes(Uint16Array.of(0x7b, 0x22, 0x61, 0x22, 0x3a));
    fingerprint.add('1}');
    expect(fingerprint.digest()).toBe(fingerprintOf({ a: 1 }));
  });

  it('keeps the values workbooks already store (cyrb53 as first written)', () => {
    expect(new TextFingerprint().digest()).toBe('0wvjl67o803');
    expect(fingerprintOfText('王芳')).toBe('1sen6uh7ed4');
  });
});
