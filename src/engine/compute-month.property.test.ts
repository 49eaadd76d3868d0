import fc from 'fast-check';
import { isoDate } from './calendar';
import { computeMonth } from './compute-month';
import { at, attendance, employee, entry, historyRow, kpiRow, monthInput } from './fixtures';
import type { AttendanceRow, EntryRow, KpiRow } from './records';
import type { MonthInput, MonthResult } from './results';

/**
 * Valid months of random records: the invariants of SPEC §3 must hold for every one of them.
 * Codes that KPI derives are left out of the hand-entered rows, which would otherwise be
 * (rightly) rejected as double counting.
 */
const ids = ['1001', '1002', '1003', '1004', '1005', '1006'];
const id = fc.constantFrom(...ids);
const day = fc.integer({ min: 1, max: 30 });

const clock = fc.record({ hours: fc.integer({ min: 0, max: 23 }), minutes: fc.integer({ min: 0, max: 59 }) });
const attendanceRow: fc.Arbitrary<AttendanceRow> = fc.oneof(
  fc.record({ status: fc.constantFrom('absent' as const, 'leave' as const, 'rest' as const) }).map(({ status }) =>
    attendance({ status, shift: undefined, clockIn: undefined, clockOut: undefined }),
  ),
  fc.record({ shift: fc.constantFrom('D', 'N', 'E', 'L'), clockIn: clock, clockOut: clock }).map(({ shift, clockIn, clockOut }) =>
    attendance({ shift, clockIn: at(clockIn.hours, clockIn.minutes), clockOut: at(clockOut.hours, clockOut.minutes) }),
  ),
);

const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((value) => value / 10);
const entryRow: fc.Arbitrary<Partial<EntryRow>> = fc.oneof(
  fc.record({ code: fc.constantFrom('L01', 'L05', 'M01', 'M06', 'S01', 'S03', 'S04', 'X02'), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ code: fc.constant('L09'), points: tenths(1, 2), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ code: fc.constantFrom('L08', 'L14'), points: tenths(2, 5), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ sheet: fc.constant('merits' as const), code: fc.constantFrom('B03', 'B04', 'B06'), times: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ sheet: fc.constant('merits' as const), code: fc.constant('ADJ'), points: tenths(-2.5, 2.5), note: fc.constant('说明') }),
);

const kpiMeasures = fc.record(
  {
    workload: fc.integer({ min: 0, max: 5 }),
    quality: fc.integer({ min: 0, max: 5 }),
    examScore: fc.integer({ min: 0, max: 100 }),
    validComplaints: fc.integer({ min: 0, max: 2 }),
  },
  { requiredKeys: [] },
);

const month: fc.Arbitrary<MonthInput> = fc
  .record({
    roles: fc.array(fc.constantFrom('agent' as const, 'teamLead' as const), { minLength: ids.length, maxLength: ids.length }),
    hireMonths: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: ids.length, maxLength: ids.length }),
    days: fc.uniqueArray(fc.tuple(id, day), { selector: ([who, date]) => `${who} ${date}`, maxLength: 40 }),
    attendance: fc.array(attendanceRow, { minLength: 40, maxLength: 40 }),
    entries: fc.array(fc.tuple(id, day, entryRow), { maxLength: 30 }),
    kpi: fc.array(kpiMeasures, { minLength: ids.length, maxLength: ids.length }),
    withKpi: fc.boolean(),
    leaders: fc.subarray(ids),
  })
  .map(({ roles, hireMonths, days, attendance: rows, entries, kpi, withKpi, leaders }) => {
    const employees = ids.map((who, index) => employee({ id: who, role: roles[index], hireDate: isoDate(2026, 8 + hireMonths[index], 1) }));
    const teamLeads = new Set(employees.filter((staff) => staff.role === 'teamLead').map((staff) => staff.id));
    // One ADJ row per team lead keeps every month's ADJ total within ±5.
    const adjusted = new Set<string>();
    const kept = entries.filter(([who, , row]) => {
      if (row.code !== 'ADJ') return true;
      if (!teamLeads.has(who) || adjusted.has(who)) return false;
      adjusted.add(who);
      return true;
    });
    const violations = kept.filter(([, , row]) => row.sheet !== 'merits').map(([who, date, row]) => entry({ ...row, employeeId: who, date: isoDate(2026, 11, date) }));
    const merits = kept.filter(([, , row]) => row.sheet === 'merits').map(([who, date, row]) => entry({ ...row, employeeId: who, date: isoDate(2026, 11, date) }));
    const kpiRows: KpiRow[] = withKpi ? ids.map((who, index) => kpiRow({ employeeId: who, ...kpi[index] })) : [];
    return monthInput({
      employees,
      attendance: days.map(([who, date], index) => ({ ...rows[index], employeeId: who, date: isoDate(2026, 11, date) })),
      violations,
      merits,
      kpi: kpiRows,
      history: leaders.map((who) => historyRow({ employeeId: who, rank: 1, firstPlaceRun: 1, lastPlace: true, score: 50 })),
    });
  });

function computed(input: MonthInput): MonthResult {
  const outcome = computeMonth(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

/** No floating residue: the number is the very double its decimal writing (to 6 places) names. */
function isExact(value: number): boolean {
  return Math.round(value * 1e6) / 1e6 === value;
}

function shuffled<T>(rows: readonly T[], seed: number): T[] {
  const copy = [...rows];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

describe('computeMonth, for any valid month', () => {
  it('keeps every score within [0, 110] and every salary adjustment within ±300', () => {
    fc.assert(
      fc.property(month, (input) => {
        for (const result of computed(input).employees) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(110);
          expect(Math.abs(result.salaryAdjustment)).toBeLessThanOrEqual(300);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never leaves floating residue in a score, a total, a salary adjustment or an item’s points', () => {
    fc.assert(
      fc.property(month, (input) => {
        for (const result of computed(input).employees) {
          const totals = [result.score, result.rawScore, result.attendanceDeduction, result.violationDeduction, result.bonus, result.adjustment];
          const numbers = [...totals, result.salaryAdjustment, ...result.items.map((item) => item.points)];
          expect(numbers.filter((value) => !isExact(value))).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never raises anyone’s score when a deduction is added', () => {
    const deduction = fc.record({ who: id, code: fc.constantFrom('L01', 'L12', 'M05', 'S02'), date: day });
    fc.assert(
      fc.property(month, deduction, (input, { who, code, date }) => {
        const before = new Map(computed(input).employees.map((result) => [result.id, result.score]));
        const added = entry({ employeeId: who, code, date: isoDate(2026, 11, date), ref: { sheet: '违规', row: 9999, columns: {} } });
        const after = computed({ ...input, entries: [...input.entries, added] });
        for (const result of after.employees) expect(result.score).toBeLessThanOrEqual(before.get(result.id) ?? Infinity);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same result whatever the order of the input rows', () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 1, max: 2 ** 30 }), (input, seed) => {
        const reordered: MonthInput = {
          ...input,
          employees: shuffled(input.employees, seed),
          attendance: shuffled(input.attendance, seed + 1),
          entries: shuffled(input.entries, seed + 2),
          kpi: shuffled(input.kpi, seed + 3),
          history: shuffled(input.history, seed + 4),
        };
        expect(computeMonth(reordered)).toEqual(computeMonth(input));
      }),
      { numRuns: 60 },
    );
  });
});
