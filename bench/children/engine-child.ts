// The engine's measures in a process of their own, so that nothing measured before (other
// sizes, the Office.js adapter) has shaped the optimised code they time:
//   node --expose-gc dist/bench/engine-child.js month|clock SAMPLE.json RUNS
// prints the measurement as JSON.
import { measureClockEngine } from '../clock-engine-bench';
import { measureEngine } from '../engine-bench';
import type { SampleFile } from '../samples';

async function run(): Promise<void> {
  const [kind, sampleJson, runs] = process.argv.slice(2);
  const sample = JSON.parse(sampleJson) as SampleFile;
  const measured = kind === 'clock' ? await measureClockEngine(sample, Number(runs)) : await measureEngine(sample, Number(runs));
  process.stdout.write(JSON.stringify(measured));
}

run().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
