import type { BenchResults, OfficeOutcome } from './bench-results';
import type { Phase } from './children/child-report';
import { medianSteps, type CliMeasurement } from './cli-bench';
import { bytes, grouped, megabytesOfKb, microseconds, milliseconds, seconds, times } from './format';
import { ratio } from './stats';
import type { TargetVerdict } from './targets';

type Row = readonly string[];

function markdown(header: Row, rows: readonly Row[]): string {
  const line = (cells: Row) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One measure across the sizes: a dash where the size was not run or the measure not taken. */
function across<T extends { readonly employees: number }>(sizes: readonly number[], measurements: readonly T[], show: (m: T) => string): string[] {
  return sizes.map((employees) => {
    const measurement = measurements.find((m) => m.employees === employees);
    return measurement ? show(measurement) : '–';
  });
}

function steps(phases: readonly Phase[]): string {
  return phases.length === 0 ? '–' : phases.map((phase) => `${phase.name} ${seconds(phase.cpuMs)}`).join(' · ');
}

function cliRows(sizes: readonly number[], cli: readonly CliMeasurement[]): Row[] {
  return [
    ['`scorecard compute --out`, median', ...across(sizes, cli, (m) => milliseconds(m.compute.medianMs))],
    ['floor: ExcelJS read + write, median', ...across(sizes, cli, (m) => milliseconds(m.floor.medianMs))],
    ['compute ÷ floor, time', ...across(sizes, cli, (m) => times(ratio(m.compute.medianMs, m.floor.medianMs)))],
    ['compute ÷ floor, processor time', ...across(sizes, cli, (m) => times(ratio(m.compute.medianCpuMs, m.floor.medianCpuMs)))],
    ['compute, step by step (one run, processor time)', ...across(sizes, cli, (m) => steps(m.computeSteps))],
    ['floor, step by step (median processor time)', ...across(sizes, cli, (m) => steps(medianSteps(m.floor.runs)))],
    ['XML written, compute · floor (uncompressed)', ...across(sizes, cli, (m) => `${bytes(m.computeWrittenBytes)} · ${bytes(m.floorWrittenBytes)}`)],
    ['`scorecard compute` peak memory (max RSS)', ...across(sizes, cli, (m) => megabytesOfKb(m.compute.medianMaxRssKb))],
    ['floor peak memory (max RSS)', ...across(sizes, cli, (m) => megabytesOfKb(m.floor.medianMaxRssKb))],
    ['compute ÷ floor, memory', ...across(sizes, cli, (m) => times(ratio(m.compute.medianMaxRssKb, m.floor.medianMaxRssKb)))],
  ];
}

function officeRows(sizes: readonly number[], outcome: OfficeOutcome): Row[] {
  const office = outcome.measured ? outcome.sizes : [];
  return [
    ['Office.js compute (in-memory Excel)', ...across(sizes, office, (m) => milliseconds(m.wallMs))],
    ['Office.js `context.sync()` calls of Compute (refused by Excel)', ...across(sizes, office, (m) => `${m.syncs} (${m.refusedSyncs})`)],
    ['Office.js `context.sync()` calls when the pane opens', ...across(sizes, office, (m) => String(m.openingSyncs))],
    ['Office.js data sent · received, all requests', ...across(sizes, office, (m) => `${bytes(m.requestBytes)} · ${bytes(m.responseBytes)}`)],
    ['Office.js largest request · answer', ...across(sizes, office, (m) => `${bytes(m.largestRequestBytes)} · ${bytes(m.largestResponseBytes)}`)],
  ];
}

function browserRows(sizes: readonly number[], results: BenchResults): Row[] {
  const browser = results.browser.measured ? results.browser.sizes : [];
  const bundle = results.taskpane;
  return [
    ['web page in Chromium: open the file · compute', ...across(sizes, browser, (m) => `${milliseconds(m.openMs)} · ${milliseconds(m.computeMs)}`)],
    [
      'web page: longest task · longest frame gap of the page’s thread during the compute',
      ...across(sizes, browser, (m) => `${milliseconds(m.longestTaskMs)} · ${milliseconds(m.longestFrameGapMs)}`),
    ],
    [
      'scripts, gzipped: the page · besides in Excel · besides in a browser (worker)',
      ...sizes.map(() =>
        bundle.measured ? `${bytes(bundle.totalGzipBytes)} · ${bytes(bundle.excelOnlyGzipBytes)} · ${bytes(bundle.browserOnlyGzipBytes)}` : '–',
      ),
    ],
  ];
}

const sizesHeader = (sizes: readonly number[]): Row => ['measure', ...sizes.map((employees) => `${grouped(employees)} employees`)];

/** The measurements, one column per team size. */
export function measurementsTable(results: BenchResults): string {
  const sizes = results.samples.map((sample) => sample.employees);
  const { engine, cli } = results;
  const rows: Row[] = [
    ['attendance rows · violation and merit rows', ...across(sizes, results.samples, (s) => `${grouped(s.attendanceRows)} · ${grouped(s.entryRows)}`)],
    ['workbook file', ...across(sizes, results.samples, (s) => bytes(s.fileBytes))],
    ['engine (records → results), median', ...across(sizes, engine, (m) => milliseconds(m.medianMs))],
    ['engine, per attendance row', ...across(sizes, engine, (m) => microseconds(m.perRowMicroseconds))],
    ...cliRows(sizes, cli),
    ...browserRows(sizes, results),
    ...officeRows(sizes, results.office),
  ];
  return markdown(sizesHeader(sizes), rows);
}

/** The same measures for a month from punches and a schedule, one column per team size; empty when not run. */
export function clockMeasurementsTable(results: BenchResults): string {
  const clock = results.clock;
  if (clock === undefined) return '';
  const sizes = clock.samples.map((sample) => sample.employees);
  const rows: Row[] = [
    ['punch rows · scheduled shifts', ...across(sizes, clock.samples, (s) => `${grouped(s.punchRows)} · ${grouped(s.scheduledShifts)}`)],
    ['workbook file', ...across(sizes, clock.samples, (s) => bytes(s.fileBytes))],
    ['engine from punches, median', ...across(sizes, clock.engine, (m) => milliseconds(m.medianMs))],
    ['engine on the same month as Attendance rows (rows), median', ...across(sizes, clock.engine, (m) => `${milliseconds(m.attendanceMedianMs)} (${grouped(m.attendanceRows)})`)],
    ['punches ÷ Attendance rows, engine time', ...across(sizes, clock.engine, (m) => times(m.againstAttendance))],
    ['punches ÷ Attendance rows, engine processor time', ...across(sizes, clock.engine, (m) => times(m.againstAttendanceCpu))],
    ['engine from punches, per punch row', ...across(sizes, clock.engine, (m) => microseconds(m.perPunchMicroseconds))],
    ...cliRows(sizes, clock.cli),
    ...officeRows(sizes, clock.office),
  ];
  return markdown(sizesHeader(sizes), rows);
}

export function targetsTable(entries: readonly TargetVerdict[]): string {
  return markdown(
    ['target', 'measured', 'verdict'],
    entries.map((entry) => [entry.target, entry.measured, entry.verdict === 'pass' ? 'pass' : `**${entry.verdict}**`]),
  );
}

/** The machine in one line, as the README quotes it. */
export function machineLine(results: BenchResults): string {
  const { machine } = results;
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.platform}, node ${machine.node}; ${machine.date.slice(0, 10)}; load average at start ${machine.loadAverageAtStart.join(' / ')}`;
}
