import { firstDayOf, lastDayOf, type Month } from '../../engine/calendar';
import type { Role } from '../../engine/records';
import type { CellValue } from '../grid';
import type { SampleRoster } from './sample-roster';
import { SeededRandom } from './seeded-random';
import { sheetRowBuilder } from './sheet-row';

const kpiRow = sheetRowBuilder('kpi');

/** Calls handled in a month, by role: agents carry the line, the others share it. */
const workloadRange: Readonly<Record<Role, readonly [number, number]>> = {
  agent: [380, 600],
  teamLead: [150, 300],
  trainer: [40, 120],
  reception: [200, 320],
};

/**
 * One KPI row per employee per month (SPEC §3.4). The star leads both workload and quality
 * (B01); two ordinary agents score full marks in the exam (B02) and one fails it (M07); most
 * people have no valid complaint (B05), and whoever got an S02 that month has one.
 */
export function sampleKpi(
  roster: SampleRoster,
  months: readonly Month[],
  seed: number,
  complained: ReadonlyMap<Month, ReadonlySet<string>>,
): CellValue[][] {
  const random = new SeededRandom(seed ^ 0x5eed_0004);
  const { employees, cast } = roster;
  const rows: CellValue[][] = [];
  months.forEach((month, monthNumber) => {
    const pick = (slot: number): number => cast.ordinary[(slot + monthNumber * 5) % cast.ordinary.length];
    const perfect = new Set([pick(1), pick(2)]);
    const failing = pick(3);
    const withComplaint = complained.get(month) ?? new Set<string>();
    for (const employee of employees) {
      if (employee.hireDate > lastDayOf(month) || (employee.leaveDate ?? '9999') < firstDayOf(month)) continue;
      const star = employee.index === cast.star;
      const [low, high] = workloadRange[employee.role];
      const complaints = withComplaint.has(employee.id) ? random.int(1, 2) : star ? 0 : random.pick([0, 0, 0, 0, 0, 0, 1, 1, 1, 2]);
      rows.push(
        kpiRow({
          month,
          employeeId: employee.id,
          workload: star ? 650 : random.int(low, high),
          quality: star ? 99.3 : random.int(860, 989) / 10,
          examScore: perfect.has(employee.index) ? 100 : employee.index === failing && !perfect.has(failing) ? 52 : random.int(62, 98),
          validComplaints: complaints,
        }),
      );
    }
  });
  return rows;
}
