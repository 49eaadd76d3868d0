import { topSelfTime, type CpuProfile } from './cpu-profile';

function frame(functionName: string, lineNumber: number) {
  return { functionName, url: 'file:///work/src/engine/ledger.ts', lineNumber };
}

const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', 0) },
    { id: 2, callFrame: frame('add', 9) },
    { id: 3, callFrame: frame('itemsOf', 19) },
    // The same function reached by another path: its time adds to the first node's.
    { id: 4, callFrame: frame('add', 9) },
    { id: 5, callFrame: frame('', 29) },
  ],
  samples: [2, 3, 4, 2, 5],
  timeDeltas: [1000, 3000, 1500, 500, 4000],
};

describe('topSelfTime', () => {
  it('adds up the samples of one function reached by different paths', () => {
    const add = topSelfTime(profile, 10).find((entry) => entry.function.startsWith('add '));
    expect(add?.selfMs).toBe(3);
  });

  it('lists functions by self time, largest first, as many as asked', () => {
    expect(topSelfTime(profile, 2).map((entry) => entry.selfMs)).toEqual([4, 3]);
  });

  it('names a function with its file and 1-based line, and an unnamed one as anonymous', () => {
    expect(topSelfTime(profile, 1)[0].function).toBe('(anonymous) src/engine/ledger.ts:30');
  });

  it('gives each function its share of all sampled time', () => {
    const shares = topSelfTime(profile, 10).map((entry) => entry.share);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1);
    expect(shares[0]).toBeCloseTo(0.4);
  });
});
