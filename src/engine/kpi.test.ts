import { defaultPolicy } from './default-policy';
import { employee, kpiRow, ref } from './fixtures';
import { assessKpi } from './kpi';
import { Ledger } from './ledger';
import type { KpiRow } from './records';
import type { LineItem } from './results';
import { rosterOf } from './roster';
import { ruleBookFor } from './rule-book';

const book = ruleBookFor(defaultPolicy);
const roster = rosterOf(['1001', '1002', '1003'].map((id, index) => employee({ id, ref: ref('员工', index + 2) })));

function run(rows: readonly KpiRow[], ledger = new Ledger()) {
  return assessKpi(rows, '2026-11', roster, book, ledger);
}

function derivedCodes(rows: readonly KpiRow[], ledger = new Ledger()) {
  return run(rows, ledger).derived.map((item) => `${item.employeeId} ${item.code}`);
}

const late: LineItem = {
  employeeId: '1002',
  code: 'L04',
  category: 'minor',
  bucket: 'attendance',
  times: 1,
  pointsPerTime: 2,
  points: 2,
  voided: false,
  source: 'attendance',
  basis: { kind: 'late', minutes: 3 },
};

describe('exam score', () => {
  it('gives B02 for a perfect 100 and nothing for 99', () => {
    expect(derivedCodes([kpiRow({ examScore: 100 })])).toEqual(['1001 B02']);
    expect(derivedCodes([kpiRow({ examScore: 99 })])).toEqual([]);
  });

  it('gives M07 below 60 and nothing at 60', () => {
    expect(derivedCodes([kpiRow({ examScore: 59.5 })])).toEqual(['1001 M07']);
    expect(derivedCodes([kpiRow({ examScore: 60 })])).toEqual([]);
  });

  it('makes M07 a 10-point moderate deduction from the KPI row', () => {
    const row = kpiRow({ examScore: 40, ref: ref('指标', 6) });
    expect(run([row]).derived).toEqual([
      {
        employeeId: '1001',
        code: 'M07',
        category: 'moderate',
        bucket: 'violation',
        times: 1,
        pointsPerTime: 10,
        points: 10,
        voided: false,
        source: 'kpi',
        basis: { kind: 'examScore', score: 40 },
        ref: row.ref,
      },
    ]);
  });

  it('accepts 0 and 100 and reports scores outside 0 to 100 on the exam cell', () => {
    expect(run([kpiRow({ examScore: 0 }), kpiRow({ employeeId: '1002', examScore: 100 })]).issues).toEqual([]);
    expect(run([kpiRow({ examScore: 101, ref: ref('指标', 3) })]).issues).toEqual([
      { severity: 'error', code: 'EXAM_SCORE_OUT_OF_RANGE', sheet: '指标', cell: 'E3', params: { value: 101 } },
    ]);
    expect(run([kpiRow({ examScore: -1 })]).issues.map((issue) => issue.code)).toEqual(['EXAM_SCORE_OUT_OF_RANGE']);
  });

  it('derives nothing from an out-of-range exam score', () => {
    expect(derivedCodes([kpiRow({ examScore: -5 })])).toEqual([]);
  });
});

describe('valid complaints', () => {
  it('gives B05 for 0 complaints and nothing for 1', () => {
    expect(derivedCodes([kpiRow({ validComplaints: 0 })])).toEqual(['1001 B05']);
    expect(derivedCodes([kpiRow({ validComplaints: 1 })])).toEqual([]);
  });

  it('gives nothing when the measure is blank', () => {
    expect(derivedCodes([kpiRow({})])).toEqual([]);
  });

  it.each([-1, 1.5])('reports %p complaints as an invalid count', (validComplaints) => {
    expect(run([kpiRow({ validComplaints, ref: ref('指标', 4) })]).issues).toEqual([
      { severity: 'error', code: 'INVALID_COUNT', sheet: '指标', cell: 'F4', params: { value: validComplaints } },
    ]);
  });
});

describe('B01, top workload and quality', () => {
  const rows = [
    kpiRow({ employeeId: '1001', workload: 500, quality: 98, ref: ref('指标', 2) }),
    kpiRow({ employeeId: '1002', workload: 500, quality: 98, ref: ref('指标', 3) }),
    kpiRow({ employeeId: '1003', workload: 499, quality: 99, ref: ref('指标', 4) }),
  ];

  it('goes to nobody when the top workload and the top quality belong to different employees', () => {
    expect(derivedCodes(rows)).toEqual([]);
  });

  it('is shared by everyone tied at the top of both', () => {
    const tied = [rows[0], rows[1], { ...rows[2], quality: 97 }];
    expect(derivedCodes(tied)).toEqual(['1001 B01', '1002 B01']);
  });

  it('records the measures that earned it', () => {
    expect(run([rows[0]]).derived[0].basis).toEqual({ kind: 'kpiTop', workload: 500, quality: 98 });
  });

  it('is withheld from an employee with any deduction this month', () => {
    const ledger = new Ledger();
    ledger.add(late);
    expect(derivedCodes([rows[0], rows[1]], ledger)).toEqual(['1001 B01']);
  });

  it('is not withheld for a voided deduction', () => {
    const ledger = new Ledger();
    ledger.add({ ...late, voided: true, points: 0 });
    expect(derivedCodes([rows[0], rows[1]], ledger)).toEqual(['1001 B01', '1002 B01']);
  });

  it('is withheld from an employee whose exam gives M07', () => {
    expect(derivedCodes([rows[0], { ...rows[1], examScore: 50 }])).toEqual(['1002 M07', '1001 B01']);
  });

  it('is not given to an employee with a blank measure, who is not eligible', () => {
    expect(derivedCodes([{ ...rows[0], quality: undefined }, { ...rows[2], workload: 500 }])).toEqual(['1003 B01']);
  });

  it('still counts a blank-quality employee’s workload as the month’s highest, so the next best is not top', () => {
    expect(derivedCodes([{ ...rows[0], quality: undefined }, rows[2]])).toEqual([]);
  });
});

describe('row checks', () => {
  it('reports a second row for an employee on its ID cell, naming the first, and derives from the first only', () => {
    const { issues, derived } = run([
      kpiRow({ examScore: 100, ref: ref('指标', 2) }),
      kpiRow({ examScore: 30, ref: ref('指标', 5) }),
    ]);
    expect(issues).toEqual([
      { severity: 'error', code: 'DUPLICATE_KPI', sheet: '指标', cell: 'B5', params: { id: '1001', month: '2026-11', first: '指标!B2' } },
    ]);
    expect(derived.map((item) => item.code)).toEqual(['B02']);
  });

  it('reports unknown employees and derives nothing for them', () => {
    const { issues, derived } = run([kpiRow({ employeeId: '9', validComplaints: 0 })]);
    expect(issues.map((issue) => issue.code)).toEqual(['UNKNOWN_EMPLOYEE']);
    expect(derived).toEqual([]);
  });

  it('ignores rows of other months', () => {
    expect(run([kpiRow({ month: '2026-10', employeeId: '9', examScore: 100 })])).toEqual({ derived: [], issues: [] });
  });
});
