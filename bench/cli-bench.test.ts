import { medianSteps, type ChildRun } from './cli-bench';

function run(read: number, write: number): ChildRun {
  return {
    wallMs: read + write,
    cpuMs: read + write,
    maxRssKb: 1,
    phases: [
      { name: 'read', wallMs: read, cpuMs: read / 2 },
      { name: 'write', wallMs: write, cpuMs: write / 2 },
    ],
  };
}

describe('medianSteps', () => {
  it("gives each step's median over the runs, in the order the steps ran", () => {
    expect(medianSteps([run(10, 100), run(30, 300), run(20, 200)])).toEqual([
      { name: 'read', wallMs: 20, cpuMs: 10 },
      { name: 'write', wallMs: 200, cpuMs: 100 },
    ]);
  });

  it('has no steps for runs that reported none', () => {
    expect(medianSteps([{ wallMs: 1, cpuMs: 1, maxRssKb: 1 }])).toEqual([]);
    expect(medianSteps([])).toEqual([]);
  });
});
