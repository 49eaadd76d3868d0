import { passingResults } from './fixture-results';
import { clockMeasurementsTable, machineLine, measurementsTable, targetsTable } from './table';
import { verdicts } from './targets';

describe('measurementsTable', () => {
  const table = measurementsTable(passingResults());
  const rowOf = (label: string) => table.split('\n').find((line) => line.startsWith(`| ${label}`));

  it('has a column per team size after the measure', () => {
    expect(table.split('\n')[0]).toBe('| measure | 100 employees | 1,000 employees | 5,000 employees |');
  });

  it('is a markdown table: a separator under the header and as many cells in every row', () => {
    const lines = table.split('\n');
    expect(lines[1]).toBe('| --- | --- | --- | --- |');
    for (const line of lines) expect(line.split(' | ')).toHaveLength(4);
  });

  it('shows the ratios of the command line to its floor', () => {
    expect(rowOf('compute ÷ floor, time')).toBe('| compute ÷ floor, time | 0.50× | 0.30× | 0.20× |');
  });

  it("shows where the compute's processor time went, step by step", () => {
    expect(rowOf('compute, step by step')).toBe('| compute, step by step (one run, processor time) | read 0.2 s · save 0.3 s | read 0.1 s · save 0.2 s | read 0.1 s · save 0.1 s |');
  });

  it('shows the web page beside the command line: its times in Chromium and what it loads', () => {
    expect(rowOf('web page in Chromium')).toBe('| web page in Chromium: open the file · compute | 50 ms · 100 ms | 500 ms · 1,000 ms | 2,500 ms · 5,000 ms |');
    expect(rowOf('web page: longest task')).toContain('60 ms · 70 ms');
    expect(rowOf('scripts, gzipped')).toContain('117.2 KB · 39.1 KB · 58.6 KB');
  });

  it('shows a dash for a size that was not measured', () => {
    const results = { ...passingResults(), office: { measured: true as const, sizes: [] } };
    expect(measurementsTable(results)).toContain('| Office.js `context.sync()` calls of Compute (refused by Excel) | – | – | – |');
  });
});

describe('clockMeasurementsTable', () => {
  const table = clockMeasurementsTable(passingResults());
  const rowOf = (label: string) => table.split('\n').find((line) => line.startsWith(`| ${label}`));

  it('has a column per team size and the rows of a month from punches', () => {
    expect(table.split('\n')[0]).toBe('| measure | 100 employees | 1,000 employees | 5,000 employees |');
    expect(rowOf('punch rows · scheduled shifts')).toBe('| punch rows · scheduled shifts | 9,000 · 2,100 | 90,000 · 21,000 | 450,000 · 105,000 |');
    expect(rowOf('punches ÷ Attendance rows, engine time')).toBe('| punches ÷ Attendance rows, engine time | 1.30× | 1.40× | 1.45× |');
  });

  it('shows the command line and Office.js rows for it as for the month of rows', () => {
    expect(rowOf('compute ÷ floor, time')).toBe('| compute ÷ floor, time | 0.60× | 0.35× | 0.22× |');
    expect(rowOf('Office.js `context.sync()` calls of Compute')).toBe('| Office.js `context.sync()` calls of Compute (refused by Excel) | 3 (0) | 5 (0) | 14 (0) |');
  });

  it('is empty when the run left the time clock out', () => {
    expect(clockMeasurementsTable({ ...passingResults(), clock: undefined })).toBe('');
  });
});

describe('targetsTable', () => {
  it('marks a missed target in bold, and a met one plainly', () => {
    const table = targetsTable([
      { target: 'A', measured: '1', verdict: 'pass' },
      { target: 'B', measured: '2', verdict: 'miss' },
    ]);
    expect(table.split('\n').slice(2)).toEqual(['| A | 1 | pass |', '| B | 2 | **miss** |']);
  });

  it('lists every target of the run', () => {
    expect(targetsTable(verdicts(passingResults())).split('\n')).toHaveLength(2 + 14);
  });
});

describe('machineLine', () => {
  it('names the processor, cores, memory, node version, date and load', () => {
    expect(machineLine(passingResults())).toBe('Test CPU, 2 cores, 8 GB, linux x64, node v20.0.0; 2026-11-30; load average at start 0.1 / 0.2 / 0.3');
  });
});
