import { defaultPolicy } from '../../engine/default-policy';
import type { EmployeeResult, LineItem, MonthResult } from '../../engine/results';
import type { LayoutContext } from '../pipeline-types';

/** Engine results built in code, for the layout tests: only what a test states differs from a plain month. */
export function lineItem(overrides: Partial<LineItem> = {}): LineItem {
  return {
    employeeId: '1001',
    date: '2026-11-03',
    code: 'L01',
    category: 'minor',
    bucket: 'violation',
    times: 1,
    pointsPerTime: 2,
    points: 2,
    voided: false,
    source: 'violations',
    basis: { kind: 'entered' },
    ref: { sheet: '违规', row: 2, columns: { date: 'A', employeeId: 'B', code: 'C', note: 'G' } },
    ...overrides,
  };
}

export function employeeResult(overrides: Partial<EmployeeResult> = {}): EmployeeResult {
  return {
    id: '1001',
    name: '王芳',
    team: '一组',
    role: 'agent',
    base: 80,
    attendanceDeduction: 0,
    violationDeduction: 0,
    bonus: 0,
    adjustment: 0,
    rawScore: 80,
    score: 80,
    grade: 'B',
    rank: 1,
    lastPlace: false,
    salaryAdjustment: 0,
    award: 0,
    firstPlaceRun: 0,
    probation: false,
    serviceMonth: 12,
    absenceDays: 0,
    flags: [],
    items: [],
    ...overrides,
  };
}

export function monthResult(employees: readonly EmployeeResult[], month = '2026-11'): MonthResult {
  return {
    month,
    policy: defaultPolicy,
    employees,
    history: employees.map((employee) => ({
      month,
      employeeId: employee.id,
      name: employee.name,
      score: employee.score,
      grade: employee.grade,
      rank: employee.rank,
      lastPlace: employee.lastPlace,
      firstPlaceRun: employee.firstPlaceRun,
      award: employee.award,
      salaryAdjustment: employee.salaryAdjustment,
    })),
    warnings: [],
  };
}

export function layoutContext(overrides: Partial<LayoutContext> = {}): LayoutContext {
  return {
    lang: 'zh',
    generatedAt: new Date(2026, 11, 1, 9, 30),
    counts: { employees: 3, attendance: 60, violations: 4, merits: 1, kpi: 0 },
    sheetNames: { employees: '员工', attendance: '考勤', violations: '违规', merits: '加分', kpi: undefined },
    otherHistory: [],
    fingerprint: 'fp-2026-11',
    existingSheets: ['员工', '考勤', '违规', '加分'],
    ...overrides,
  };
}
