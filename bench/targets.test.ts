import type { BenchResults } from './bench-results';
import { cliAt, clockEngineAt, engineAt, officeAt, passingClock, passingResults } from './fixture-results';
import { limits, verdicts, type Verdict } from './targets';

function verdictOf(results: BenchResults, targetStart: string): Verdict | undefined {
  return verdicts(results).find((entry) => entry.target.startsWith(targetStart))?.verdict;
}

describe('verdicts', () => {
  it('passes every target when every measurement is within its limit', () => {
    expect(verdicts(passingResults()).map((entry) => entry.verdict)).toEqual(Array(14).fill('pass'));
  });

  it('passes the engine just under one second at 5,000 employees and misses it at one second', () => {
    const at = (ms: number) => ({ ...passingResults(), engine: [engineAt(1000, ms / 5), engineAt(5000, ms)] });
    expect(verdictOf(at(999), 'Engine: 5,000')).toBe('pass');
    expect(verdictOf(at(1000), 'Engine: 5,000')).toBe('miss');
  });

  it('passes per-row scaling at exactly 1.3× and misses it just above', () => {
    // 1,000 employees: 30,000 rows in 30 ms, 1 µs a row; 5,000: 150,000 rows.
    const scaled = (ms: number) => ({ ...passingResults(), engine: [engineAt(1000, 30), engineAt(5000, ms)] });
    expect(verdictOf(scaled(195), 'Engine: time per row')).toBe('pass');
    expect(verdictOf(scaled(196), 'Engine: time per row')).toBe('miss');
  });

  it('judges the command line at 5,000 employees: 0.25× the floor passes, just above misses, smaller sizes are shown', () => {
    const results = (ratioAt5000: number) => ({ ...passingResults(), cli: [cliAt(100, 0.9, 1), cliAt(5000, ratioAt5000, 0.3)] });
    expect(verdictOf(results(0.25), 'Command line: at most')).toBe('pass');
    expect(verdictOf(results(0.26), 'Command line: at most')).toBe('miss');
    expect(verdicts(results(0.25)).find((entry) => entry.target.startsWith('Command line: at most'))?.measured).toBe('0.90× (100) · 0.25×');
    expect(verdictOf({ ...passingResults(), cli: [cliAt(100, 0.1, 0.1)] }, 'Command line: at most')).toBe('not measured');
  });

  it("passes peak memory at 0.5× the floor's and misses it above", () => {
    expect(verdictOf({ ...passingResults(), cli: [cliAt(5000, 0.2, 0.5)] }, 'Command line: peak')).toBe('pass');
    expect(verdictOf({ ...passingResults(), cli: [cliAt(5000, 0.2, 0.51)] }, 'Command line: peak')).toBe('miss');
  });

  it('passes six syncs and misses seven at any size', () => {
    const withSyncs = (syncs: number) => ({ ...passingResults(), office: { measured: true as const, sizes: [officeAt(100, 3, 1), officeAt(5000, syncs, 1)] } });
    expect(verdictOf(withSyncs(6), 'Office.js: at most 6')).toBe('pass');
    expect(verdictOf(withSyncs(7), 'Office.js: at most 6')).toBe('miss');
  });

  it('passes a largest request of exactly 4 MB and misses one byte more', () => {
    const withRequest = (requestBytes: number) => ({ ...passingResults(), office: { measured: true as const, sizes: [officeAt(5000, 3, requestBytes)] } });
    expect(verdictOf(withRequest(limits.officeRequestBytes), 'Office.js: no request')).toBe('pass');
    expect(verdictOf(withRequest(limits.officeRequestBytes + 1), 'Office.js: no request')).toBe('miss');
  });

  const withBundle = (pageBytes: number, excelBytes: number, workerBytes: number) => ({
    ...passingResults(),
    taskpane: {
      measured: true as const,
      scripts: [{ file: 'taskpane.js', bytes: pageBytes * 3, gzipBytes: pageBytes }],
      totalGzipBytes: pageBytes,
      excelOnly: [{ file: 'excel-host.chunk.js', bytes: excelBytes * 3, gzipBytes: excelBytes }],
      excelOnlyGzipBytes: excelBytes,
      browserOnly: [{ file: 'workbook-worker.chunk.js', bytes: workerBytes * 3, gzipBytes: workerBytes }],
      browserOnlyGzipBytes: workerBytes,
    },
  });

  it('passes 350 KB of JavaScript in Excel, the page and the Excel host together, and misses one byte more', () => {
    expect(verdictOf(withBundle(300 * 1024, 50 * 1024, 0), 'Task pane')).toBe('pass');
    expect(verdictOf(withBundle(300 * 1024, 50 * 1024 + 1, 0), 'Task pane')).toBe('miss');
  });

  it('passes 198 KB of JavaScript in a plain browser, the page and the worker together, and misses one byte more', () => {
    expect(verdictOf(withBundle(100 * 1024, 500 * 1024, 98 * 1024), 'Web page: at most 198 KB')).toBe('pass');
    expect(verdictOf(withBundle(100 * 1024, 0, 98 * 1024 + 1), 'Web page: at most 198 KB')).toBe('miss');
  });

  it('passes a longest task of 200 ms at 1,000 and 5,000 employees and misses one over, whatever the 100-employee run did', () => {
    const withLongest = (ms: number) => ({
      ...passingResults(),
      browser: {
        measured: true as const,
        sizes: [
          { employees: 100, openMs: 1, computeMs: 1, longestTaskMs: 900, longestFrameGapMs: 900 },
          { employees: 1000, openMs: 1, computeMs: 1, longestTaskMs: 80, longestFrameGapMs: 90 },
          { employees: 5000, openMs: 1, computeMs: 1, longestTaskMs: ms, longestFrameGapMs: ms },
        ],
      },
    });
    expect(verdictOf(withLongest(200), 'Web page: no task')).toBe('pass');
    expect(verdictOf(withLongest(201), 'Web page: no task')).toBe('miss');
  });

  it('says "not measured", with the reason, for what the run could not measure', () => {
    const results = { ...passingResults(), engine: [], office: { measured: false as const, reason: 'no Office adapter' } };
    const entries = verdicts(results);
    expect(entries.filter((entry) => entry.verdict === 'not measured')).toHaveLength(4);
    const withoutClock = verdicts({ ...passingResults(), clock: undefined });
    expect(withoutClock.filter((entry) => entry.target.startsWith('From punches')).map((entry) => [entry.verdict, entry.measured])).toEqual(Array(5).fill(['not measured', 'not run']));
    expect(entries.find((entry) => entry.target.startsWith('Office.js'))?.measured).toBe('no Office adapter');
  });

  describe('a month from punches and a schedule', () => {
    const withClock = (clock: Partial<ReturnType<typeof passingClock>>) => ({ ...passingResults(), clock: { ...passingClock(), ...clock } });

    it('passes the engine at 1.5× its time on the same month as Attendance rows at 5,000 employees, and misses it above', () => {
      const at = (ratioAt5000: number) => withClock({ engine: [clockEngineAt(100, 5, 2.3), clockEngineAt(1000, 80, 1.2), clockEngineAt(5000, 400, ratioAt5000)] });
      expect(verdictOf(at(1.5), 'From punches, engine: within')).toBe('pass');
      expect(verdictOf(at(1.51), 'From punches, engine: within')).toBe('miss');
      expect(verdicts(at(1.5)).find((entry) => entry.target.startsWith('From punches, engine: within'))?.measured).toBe('2.30× (100) · 1.20× (1000) · 1.50×');
    });

    it('passes scaling per punch row at exactly 1.3× and misses it just above', () => {
      // 1,000 employees: 90,000 punches in 90 ms, 1 µs a punch; 5,000: 450,000 punches.
      const scaled = (ms: number) => withClock({ engine: [clockEngineAt(1000, 90, 1), clockEngineAt(5000, ms, 1)] });
      expect(verdictOf(scaled(585), 'From punches, engine: time per punch')).toBe('pass');
      expect(verdictOf(scaled(586), 'From punches, engine: time per punch')).toBe('miss');
    });

    it('judges its command line against the same floor as the other rows, at 5,000 employees', () => {
      expect(verdictOf(withClock({ cli: [cliAt(5000, 0.26, 0.4)] }), 'From punches, command line: at most')).toBe('miss');
      expect(verdictOf(withClock({ cli: [cliAt(5000, 0.2, 0.51)] }), 'From punches, command line: peak')).toBe('miss');
      expect(verdictOf(withClock({ cli: [cliAt(5000, 0.25, 0.5)] }), 'From punches, command line: at most')).toBe('pass');
      expect(verdictOf(withClock({ cli: [cliAt(5000, 0.25, 0.5)] }), 'From punches, command line: peak')).toBe('pass');
    });

    it('judges its Office.js requests by size, and leaves its syncs unjudged', () => {
      const office = (syncs: number, requestBytes: number) => withClock({ office: { measured: true, sizes: [officeAt(5000, syncs, requestBytes)] } });
      expect(verdictOf(office(40, limits.officeRequestBytes), 'From punches, Office.js')).toBe('pass');
      expect(verdictOf(office(4, limits.officeRequestBytes + 1), 'From punches, Office.js')).toBe('miss');
      expect(verdicts(office(40, 1)).filter((entry) => entry.verdict !== 'pass')).toEqual([]);
    });
  });
});
