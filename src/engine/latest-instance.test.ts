import { keepAsLatest, latestOf } from './latest-instance';
import { Ledger } from './ledger';

class Kept {
  constructor(readonly name: string) {
    keepAsLatest(this);
  }
}

describe('keepAsLatest', () => {
  it('keeps the latest instance of each class until the next one is made', () => {
    const first = new Kept('first');
    expect(latestOf(Kept)).toBe(first);
    const second = new Kept('second');
    expect(latestOf(Kept)).toBe(second);
  });

  it('keeps the latest ledger, which a compute makes and drops', () => {
    const ledger = new Ledger();
    expect(latestOf(Ledger)).toBe(ledger);
    expect(latestOf(Kept)).not.toBe(ledger);
  });
});
