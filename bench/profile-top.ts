// The functions a CPU profile spent most time in, for finding what to fix when a target is missed:
//   node --cpu-prof --cpu-prof-dir=bench/out/profiles dist/bench/compute-child.js …
//   node dist/bench/profile-top.js bench/out/profiles/CPU.*.cpuprofile [COUNT]
import { readFileSync } from 'node:fs';
import { topSelfTime, type CpuProfile } from './cpu-profile';

const [file, count = '25'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node dist/bench/profile-top.js FILE.cpuprofile [COUNT]\n');
  process.exitCode = 2;
} else {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  for (const entry of topSelfTime(profile, Number(count))) {
    process.stdout.write(`${entry.selfMs.toFixed(1).padStart(9)} ms ${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.function}\n`);
  }
}
