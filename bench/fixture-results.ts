import type { BenchResults, ClockResults, OfficeMeasurement } from './bench-results';
import type { ClockEngineMeasurement } from './clock-engine-bench';
import type { CliMeasurement, ContenderMeasurement } from './cli-bench';
import type { EngineMeasurement } from './engine-bench';

/** Made-up measurements for the targets' and the table's tests: every target met by a margin. */

export function engineAt(employees: number, medianMs: number): EngineMeasurement {
  const attendanceRows = employees * 30;
  return {
    employees,
    attendanceRows,
    entryRows: employees * 5,
    runsMs: [medianMs],
    medianMs,
    perRowMicroseconds: (medianMs * 1000) / attendanceRows,
  };
}

function contender(medianMs: number, medianMaxRssKb: number): ContenderMeasurement {
  return { runs: [{ wallMs: medianMs, cpuMs: medianMs, maxRssKb: medianMaxRssKb }], medianMs, medianCpuMs: medianMs, medianMaxRssKb };
}

export function cliAt(employees: number, timeRatio: number, memoryRatio: number): CliMeasurement {
  return {
    employees,
    compute: contender(1000 * timeRatio, 100_000 * memoryRatio),
    floor: contender(1000, 100_000),
    computeWrittenBytes: 1_500_000,
    floorWrittenBytes: 1_000_000,
    computeSteps: [
      { name: 'read', wallMs: 400 * timeRatio, cpuMs: 400 * timeRatio },
      { name: 'save', wallMs: 600 * timeRatio, cpuMs: 600 * timeRatio },
    ],
  };
}

export function officeAt(employees: number, syncs: number, largestRequestBytes: number): OfficeMeasurement {
  return { employees, wallMs: 100, syncs, openingSyncs: 2, largestRequestBytes, largestResponseBytes: 900_000, requestBytes: largestRequestBytes * 2, responseBytes: 1_000_000, refusedSyncs: 0 };
}

/** The engine on a month from punches taking `ratio` times as long as on the same month as Attendance rows. */
export function clockEngineAt(employees: number, medianMs: number, against: number): ClockEngineMeasurement {
  const punchRows = employees * 90;
  return {
    employees,
    punchRows,
    scheduledShifts: employees * 21,
    attendanceRows: employees * 30,
    runsMs: [medianMs],
    medianMs,
    attendanceRunsMs: [medianMs / against],
    attendanceMedianMs: medianMs / against,
    againstAttendance: against,
    againstAttendanceCpu: against,
    perPunchMicroseconds: (medianMs * 1000) / punchRows,
  };
}

export function passingClock(): ClockResults {
  return {
    samples: [100, 1000, 5000].map((employees) => ({ employees, punchRows: employees * 90, scheduledShifts: employees * 21, fileBytes: employees * 2000 })),
    engine: [clockEngineAt(100, 8, 1.3), clockEngineAt(1000, 80, 1.4), clockEngineAt(5000, 400, 1.45)],
    cli: [cliAt(100, 0.6, 0.9), cliAt(1000, 0.35, 0.55), cliAt(5000, 0.22, 0.35)],
    office: { measured: true, sizes: [officeAt(100, 3, 60_000), officeAt(1000, 5, 600_000), officeAt(5000, 14, 3_900_000)] },
  };
}

export function passingResults(): BenchResults {
  return {
    command: 'npm run bench',
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      memoryGb: 8,
      node: 'v20.0.0',
      platform: 'linux x64',
      date: '2026-11-30T12:00:00.000Z',
      loadAverageAtStart: [0.1, 0.2, 0.3],
    },
    samples: [100, 1000, 5000].map((employees) => ({ employees, attendanceRows: employees * 30, entryRows: employees * 5, fileBytes: employees * 1000 })),
    engine: [engineAt(100, 5), engineAt(1000, 50), engineAt(5000, 250)],
    cli: [cliAt(100, 0.5, 0.8), cliAt(1000, 0.3, 0.5), cliAt(5000, 0.2, 0.3)],
    office: { measured: true, sizes: [officeAt(100, 3, 50_000), officeAt(1000, 3, 500_000), officeAt(5000, 4, 3_000_000)] },
    taskpane: {
      measured: true,
      scripts: [{ file: 'taskpane.js', bytes: 400_000, gzipBytes: 120_000 }],
      totalGzipBytes: 120_000,
      excelOnly: [{ file: 'excel-host.chunk.js', bytes: 120_000, gzipBytes: 40_000 }],
      excelOnlyGzipBytes: 40_000,
      browserOnly: [{ file: 'workbook-worker.chunk.js', bytes: 180_000, gzipBytes: 60_000 }],
      browserOnlyGzipBytes: 60_000,
    },
    browser: {
      measured: true,
      sizes: [100, 1000, 5000].map((employees) => ({ employees, openMs: employees / 2, computeMs: employees, longestTaskMs: 60, longestFrameGapMs: 70 })),
    },
    clock: passingClock(),
    durationSeconds: 300,
  };
}
