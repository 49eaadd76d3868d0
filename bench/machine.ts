import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a run measured, so that numbers are read against it. */
export interface MachineFacts {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
  /** Load averages over 1, 5 and 15 minutes when the run started: other work on the machine slows it. */
  readonly loadAverageAtStart: readonly number[];
}

export function machineFacts(now: Date): MachineFacts {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: now.toISOString(),
    loadAverageAtStart: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}
