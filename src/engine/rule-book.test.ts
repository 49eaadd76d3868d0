import { defaultPolicy } from './default-policy';
import { policyWith } from './fixtures';
import { ruleBookFor } from './rule-book';

describe('ruleBookFor', () => {
  const book = ruleBookFor(defaultPolicy);

  it('finds catalog codes as written, trimmed or in lower case', () => {
    expect(book.entry('M03')?.code).toBe('M03');
    expect(book.entry(' m03 ')?.code).toBe('M03');
    expect(book.entry('M99')).toBeUndefined();
  });

  it('finds shifts by code, trimmed or in lower case', () => {
    expect(book.shift('L')?.end).toBe(60);
    expect(book.shift(' l')?.end).toBe(60);
    expect(book.shift('Z')).toBeUndefined();
  });

  it('uses the policy’s own entry for a wired code', () => {
    const custom = policyWith({ catalog: defaultPolicy.catalog.map((entry) => (entry.code === 'S05' ? { ...entry, min: 15, max: 15 } : entry)) });
    expect(ruleBookFor(custom).wired('S05').min).toBe(15);
  });

  it('falls back to the regulation’s entry when a custom catalog lacks a wired code', () => {
    const custom = policyWith({ catalog: defaultPolicy.catalog.filter((entry) => entry.code !== 'S01') });
    expect(ruleBookFor(custom).entry('S01')).toBeUndefined();
    expect(ruleBookFor(custom).wired('S01')).toMatchObject({ code: 'S01', category: 'severe', min: 20 });
  });
});
