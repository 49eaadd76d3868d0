import { join } from 'node:path';
import { loadWorkbookFile } from '../src/adapters/exceljs/workbook-file';
import { readInputSheets } from '../src/workbook/read/read-input-sheets';
import { DayNumbers, MonthWindows } from '../src/engine/punch-windows';
import { defaultPolicy } from '../src/engine/default-policy';
import { ruleBookFor } from '../src/engine/rule-book';
import type { ScheduledDay } from '../src/engine/shift-windows';
async function load() {
  const { grids } = await loadWorkbookFile(join(__dirname, '..', '..', 'bench', 'out', `team-punches-5000.xlsx`));
  return readInputSheets(grids, '2026-11');
}
async function run() {
  const input = await load();
  const punches = input.punches;
  const book = ruleBookFor(defaultPolicy);
  const days = new DayNumbers();
  const byEmployee = new Map<string, ScheduledDay[]>();
  for (const row of input.schedule) byEmployee.set(row.employeeId, row.shifts.map((s) => ({ date: s.date, dayNumber: days.of(s.date), shift: book.shiftFor(s.shift).shift! })));
  const ids = new Map<string, number>(); let n = 0; for (const id of byEmployee.keys()) ids.set(id, n++);
  const C = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const best = [Infinity, Infinity, Infinity, Infinity, Infinity];
  for (let k = 0; k < 12; k++) {
    let sum = 0;
    let t = C();
    for (let i = 0; i < punches.length; i++) { const p = punches[i]; sum += p.minuteOfDay + (p.timeOfDay ? 1 : 0) + p.employeeId.length + p.date.length; }
    best[0] = Math.min(best[0], C() - t); t = C();
    for (let i = 0; i < punches.length; i++) { const p = punches[i]; sum += ids.get(p.employeeId) ?? 0; }
    best[1] = Math.min(best[1], C() - t); t = C();
    for (let i = 0; i < punches.length; i++) { const p = punches[i]; sum += days.of(p.date); }
    best[2] = Math.min(best[2], C() - t); t = C();
    const w = new MonthWindows(byEmployee, defaultPolicy, punches);
    best[3] = Math.min(best[3], C() - t); t = C();
    w.placeAll(days, () => undefined);
    best[4] = Math.min(best[4], C() - t);
    if (sum < 0) console.log(sum);
  }
  console.log('touch', best[0].toFixed(0), 'get', best[1].toFixed(0), 'days', best[2].toFixed(0), 'build', best[3].toFixed(0), 'place', best[4].toFixed(0));
}
void run();
