import type { BenchResults, OfficeOutcome } from './bench-results';
import { bytes, milliseconds, times, timesAgainst } from './format';
import { ratio } from './stats';

/** The targets a run is judged by; reported, never enforced as timed tests. */
export const limits = {
  /** The engine alone on 5,000 employees: under one second. */
  engineMs: 1000,
  /** Time per attendance row at 5,000 employees within this factor of that at 1,000: linear scaling. */
  enginePerRowRatio: 1.3,
  /** `scorecard compute` at 5,000 employees at most this factor of the ExcelJS read-and-write floor's time … */
  cliTimeRatio: 0.25,
  /** … and of its peak memory. */
  cliMemoryRatio: 0.5,
  /** Office.js: `context.sync()` calls of a whole compute, at every size. */
  officeSyncs: 6,
  /** Office.js: no request over 4 MB (Excel on the web refuses 5 MB). */
  officeRequestBytes: 4 * 1024 * 1024,
  /** The task pane's JavaScript inside Excel, gzipped: the page's bundle and the Excel host's chunks. */
  taskpaneGzipBytes: 350 * 1024,
  /**
   * What the plain web page loads, gzipped: its bundle and the workbook worker's chunks. No more
   * than before the rules moved into the worker (198.1 KB then, time clock included: 164.0 KB
   * page, 34.2 KB worker).
   */
  webPageGzipBytes: 198 * 1024,
  /** The web page's thread, during a compute at 1,000 and 5,000 employees: no task longer than this. */
  pageBlockMs: 200,
  /** The engine on a month from punches within this factor of its time on the same month as Attendance rows. */
  clockEngineRatio: 1.5,
} as const;

export type Verdict = 'pass' | 'miss' | 'not measured';

export interface TargetVerdict {
  readonly target: string;
  readonly measured: string;
  readonly verdict: Verdict;
}

const notMeasured = (target: string, why: string): TargetVerdict => ({ target, measured: why, verdict: 'not measured' });
const judged = (target: string, measured: string, pass: boolean): TargetVerdict => ({ target, measured, verdict: pass ? 'pass' : 'miss' });

function engineTargets(results: BenchResults): TargetVerdict[] {
  const at = (employees: number) => results.engine.find((measurement) => measurement.employees === employees);
  const large = at(5000);
  const medium = at(1000);
  const speed = 'Engine: 5,000 employees in under 1 s';
  const scaling = 'Engine: time per row at 5,000 within 1.3× of that at 1,000';
  return [
    large ? judged(speed, milliseconds(large.medianMs), large.medianMs < limits.engineMs) : notMeasured(speed, 'size not run'),
    large && medium
      ? (() => {
          const factor = ratio(large.perRowMicroseconds, medium.perRowMicroseconds);
          return judged(scaling, times(factor), factor <= limits.enginePerRowRatio);
        })()
      : notMeasured(scaling, 'sizes not run'),
  ];
}

/** One verdict over every size: the target holds only if it holds at each. */
function everySize<T>(target: string, measurements: readonly T[], value: (m: T) => number, show: (v: number) => string, within: (v: number) => boolean): TargetVerdict {
  if (measurements.length === 0) return notMeasured(target, 'not run');
  const values = measurements.map(value);
  return judged(target, values.map(show).join(' · '), values.every(within));
}

/** Judged at 5,000 employees, the size the targets are stated for; the other sizes are shown beside. */
function atLargest(target: string, cli: BenchResults['cli'], value: (m: BenchResults['cli'][number]) => number, limit: number): TargetVerdict {
  const large = cli.find((measurement) => measurement.employees === 5000);
  if (!large) return notMeasured(target, 'size not run');
  const show = timesAgainst(limit);
  const shown = cli.map((measurement) => `${show(value(measurement))}${measurement.employees === 5000 ? '' : ` (${measurement.employees})`}`);
  return judged(target, shown.join(' · '), value(large) <= limit);
}

function cliTargets(cli: BenchResults['cli'], subject = 'Command line'): TargetVerdict[] {
  return [
    atLargest(`${subject}: at most 0.25× the ExcelJS read-and-write floor's time at 5,000`, cli, (m) => ratio(m.compute.medianMs, m.floor.medianMs), limits.cliTimeRatio),
    atLargest(`${subject}: peak memory at most 0.5× the floor's at 5,000`, cli, (m) => ratio(m.compute.medianMaxRssKb, m.floor.medianMaxRssKb), limits.cliMemoryRatio),
  ];
}

function requestTarget(office: OfficeOutcome, target: string): TargetVerdict {
  if (!office.measured) return notMeasured(target, office.reason);
  return everySize(target, office.sizes, (m) => m.largestRequestBytes, bytes, (v) => v <= limits.officeRequestBytes);
}

function officeTargets(results: BenchResults): TargetVerdict[] {
  const syncs = 'Office.js: at most 6 syncs per Compute at every size';
  const requests = 'Office.js: no request over 4 MB';
  if (!results.office.measured) return [notMeasured(syncs, results.office.reason), requestTarget(results.office, requests)];
  return [everySize(syncs, results.office.sizes, (m) => m.syncs, String, (v) => v <= limits.officeSyncs), requestTarget(results.office, requests)];
}

/**
 * A month from punches and a schedule (SPEC §3.1a): the engine against the same month typed into
 * Attendance, its scaling by punch row, the command line against its floor and the Office.js
 * request size. Its Office.js syncs are shown, not judged: reading half a million punches takes
 * more answers than any number of syncs fixed for a month of daily rows.
 */
function clockTargets(results: BenchResults): TargetVerdict[] {
  const against = 'From punches, engine: within 1.5× of the same month as Attendance rows at 5,000';
  const scaling = 'From punches, engine: time per punch row at 5,000 within 1.3× of that at 1,000';
  const cliNames = ["From punches, command line: at most 0.25× the ExcelJS read-and-write floor's time at 5,000", "From punches, command line: peak memory at most 0.5× the floor's at 5,000"];
  const requests = 'From punches, Office.js: no request over 4 MB';
  const clock = results.clock;
  if (clock === undefined) return [against, scaling, ...cliNames, requests].map((target) => notMeasured(target, 'not run'));
  const at = (employees: number) => clock.engine.find((measurement) => measurement.employees === employees);
  const large = at(5000);
  const medium = at(1000);
  return [
    // Judged at 5,000 employees, the size the issue states it for; at 100 a compute is a few
    // milliseconds, where warming up weighs more than the rules. The other sizes are shown.
    large
      ? judged(
          against,
          clock.engine.map((m) => `${timesAgainst(limits.clockEngineRatio)(m.againstAttendance)}${m.employees === 5000 ? '' : ` (${m.employees})`}`).join(' · '),
          large.againstAttendance <= limits.clockEngineRatio,
        )
      : notMeasured(against, 'size not run'),
    large && medium
      ? (() => {
          const factor = ratio(large.perPunchMicroseconds, medium.perPunchMicroseconds);
          return judged(scaling, times(factor), factor <= limits.enginePerRowRatio);
        })()
      : notMeasured(scaling, 'sizes not run'),
    ...cliTargets(clock.cli, 'From punches, command line'),
    requestTarget(clock.office, requests),
  ];
}

function taskpaneTargets(results: BenchResults): TargetVerdict[] {
  const excel = 'Task pane: at most 350 KB of JavaScript, gzipped, in Excel mode';
  const web = 'Web page: at most 198 KB of JavaScript, gzipped, page and worker (no more than before the rules moved to the worker)';
  const bundle = results.taskpane;
  if (!bundle.measured) return [notMeasured(excel, bundle.reason), notMeasured(web, bundle.reason)];
  const inExcel = bundle.totalGzipBytes + bundle.excelOnlyGzipBytes;
  const inBrowser = bundle.totalGzipBytes + bundle.browserOnlyGzipBytes;
  return [judged(excel, bytes(inExcel), inExcel <= limits.taskpaneGzipBytes), judged(web, bytes(inBrowser), inBrowser <= limits.webPageGzipBytes)];
}

function pageTarget(results: BenchResults): TargetVerdict {
  const target = 'Web page: no task of the page’s thread over 200 ms during a compute, at 1,000 and 5,000';
  if (!results.browser.measured) return notMeasured(target, results.browser.reason);
  const sizes = results.browser.sizes.filter((m) => m.employees >= 1000);
  return everySize(target, sizes, (m) => m.longestTaskMs, milliseconds, (v) => v <= limits.pageBlockMs);
}

/** Each target with what this run measured against it, in the order the README lists them. */
export function verdicts(results: BenchResults): TargetVerdict[] {
  return [...engineTargets(results), ...cliTargets(results.cli), ...officeTargets(results), ...taskpaneTargets(results), pageTarget(results), ...clockTargets(results)];
}
