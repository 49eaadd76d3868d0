import type { BrowserOutcome } from './browser-bench';
import type { BundleMeasurement } from './bundle-bench';
import type { CliMeasurement } from './cli-bench';
import type { ClockEngineMeasurement } from './clock-engine-bench';
import type { EngineMeasurement } from './engine-bench';
import type { MachineFacts } from './machine';

/** One whole compute through the Office.js adapter against the strict in-memory Excel. */
export interface OfficeMeasurement {
  readonly employees: number;
  readonly wallMs: number;
  /**
   * Every `context.sync()` of a Compute click: reading the sheets and writing the tabs. The pane
   * has read the workbook once when it opened (`openingSyncs`, not counted here), as it does.
   */
  readonly syncs: number;
  /** The read when the pane opens, which shows the month's state before any click. */
  readonly openingSyncs: number;
  /** The largest request of the compute, in UTF-8 bytes as sent. */
  readonly largestRequestBytes: number;
  /** The largest answer of the compute (Excel on the web refuses one over 5 MB). */
  readonly largestResponseBytes: number;
  /** All requests sent (mostly the new tabs), and all answers received (mostly the sheets' values). */
  readonly requestBytes: number;
  /** Answers of refused requests are not received, and not counted. */
  readonly responseBytes: number;
  /** Requests Excel refused (an answer over its limit), each a round trip all the same. */
  readonly refusedSyncs: number;
}

export type OfficeOutcome = { readonly measured: true; readonly sizes: readonly OfficeMeasurement[] } | { readonly measured: false; readonly reason: string };

export interface SampleSummary {
  readonly employees: number;
  readonly attendanceRows: number;
  readonly entryRows: number;
  readonly fileBytes: number;
}

export interface ClockSampleSummary {
  readonly employees: number;
  readonly punchRows: number;
  readonly scheduledShifts: number;
  readonly fileBytes: number;
}

/** The same measures for a team whose month comes from punches and a schedule (SPEC §2.1, §3.1a). */
export interface ClockResults {
  readonly samples: readonly ClockSampleSummary[];
  readonly engine: readonly ClockEngineMeasurement[];
  readonly cli: readonly CliMeasurement[];
  readonly office: OfficeOutcome;
}

/** Everything one `npm run bench` measured, as written to bench/results.json. */
export interface BenchResults {
  readonly command: string;
  readonly machine: MachineFacts;
  readonly samples: readonly SampleSummary[];
  readonly engine: readonly EngineMeasurement[];
  readonly cli: readonly CliMeasurement[];
  readonly office: OfficeOutcome;
  readonly taskpane: BundleMeasurement;
  /** Absent when the run left the time clock out (`--no-clock`). */
  readonly clock?: ClockResults;
  /** The plain web page's compute in headless Chromium. */
  readonly browser: BrowserOutcome;
  readonly durationSeconds: number;
}
