import { computeMonth } from './compute-month';
import { attendance, employee, entry, historyRow, kpiRow, monthInput, ref, type MonthFixture } from './fixtures';

function issuesOf(fixture: MonthFixture) {
  const outcome = computeMonth(monthInput(fixture));
  if (outcome.ok) throw new Error('expected issues');
  return outcome.issues.map((issue) => ({ severity: issue.severity, code: issue.code, sheet: issue.sheet, cell: issue.cell }));
}

describe('warnings', () => {
  it('warns when the history has no row for the previous month, and still gives a result', () => {
    const outcome = computeMonth(monthInput({ history: [historyRow({ month: '2026-09' })] }));
    expect(outcome.ok && outcome.result.warnings).toEqual([{ severity: 'warning', code: 'NO_HISTORY_PREVIOUS_MONTH', params: { month: '2026-10' } }]);
  });

  it('warns when nobody is employed in the month', () => {
    const outcome = computeMonth(monthInput({ employees: [employee({ hireDate: '2027-01-01' })] }));
    expect(outcome.ok && outcome.result).toMatchObject({
      employees: [],
      history: [],
      warnings: [{ severity: 'warning', code: 'NO_EMPLOYEES_IN_MONTH', params: { month: '2026-11' } }],
    });
  });

  it('keeps CODE_IN_OTHER_SHEET as a warning beside a result', () => {
    const outcome = computeMonth(monthInput({ violations: [entry({ code: 'B03' })] }));
    expect(outcome.ok && outcome.result.warnings.map((issue) => issue.code)).toEqual(['CODE_IN_OTHER_SHEET']);
  });
});

describe('errors', () => {
  it('returns every issue and no result, errors and warnings together', () => {
    const fixture: MonthFixture = {
      employees: [
        employee({ id: '1001' }),
        employee({ id: '1001' }),
        employee({ id: '1002', role: 'agent', hireDate: '2026-11-05', leaveDate: '2026-11-01' }),
        employee({ id: '1003', hireDate: '2026-11-10' }),
      ],
      attendance: [
        attendance({ date: '2026-11-02' }),
        attendance({ date: '2026-11-02', status: 'absent' }),
        attendance({ employeeId: '77' }),
        attendance({ employeeId: '1003', date: '2026-11-09', status: 'absent' }),
        attendance({ date: '2026-11-03', status: undefined, clockIn: undefined, clockOut: undefined }),
        attendance({ date: '2026-11-04', shift: undefined }),
        attendance({ date: '2026-11-05', shift: 'Q' }),
        attendance({ date: '2026-11-06', status: 'present', clockIn: undefined }),
        attendance({ date: '2026-11-07', clockOut: undefined }),
      ],
      violations: [
        entry({ code: 'Q1' }),
        entry({ code: 'L01', times: 0 }),
        entry({ code: 'L08' }),
        entry({ code: 'L08', points: 6 }),
        entry({ code: 'L01', points: 3 }),
        entry({ code: 'S05' }),
        entry({ code: 'B04' }),
      ],
      merits: [
        entry({ employeeId: '1002', code: 'ADJ', points: 1 }),
        entry({ code: 'B02' }),
        entry({ code: 'L01' }),
      ],
      kpi: [kpiRow({ examScore: 100 }), kpiRow({ examScore: 100 }), kpiRow({ employeeId: '1003', examScore: 120, validComplaints: -1 })],
      history: [],
    };
    expect(issuesOf(fixture)).toEqual([
      { severity: 'error', code: 'DUPLICATE_EMPLOYEE', sheet: '员工', cell: 'A3' },
      { severity: 'error', code: 'LEAVE_BEFORE_HIRE', sheet: '员工', cell: 'F4' },
      { severity: 'error', code: 'DUPLICATE_ATTENDANCE', sheet: '考勤', cell: 'A3' },
      { severity: 'error', code: 'UNKNOWN_EMPLOYEE', sheet: '考勤', cell: 'B4' },
      { severity: 'error', code: 'NOT_EMPLOYED', sheet: '考勤', cell: 'A5' },
      { severity: 'error', code: 'MISSING_STATUS', sheet: '考勤', cell: 'F6' },
      { severity: 'error', code: 'MISSING_SHIFT', sheet: '考勤', cell: 'C7' },
      { severity: 'error', code: 'UNKNOWN_SHIFT', sheet: '考勤', cell: 'C8' },
      { severity: 'error', code: 'MISSING_CLOCK_IN', sheet: '考勤', cell: 'D9' },
      { severity: 'error', code: 'MISSING_CLOCK_OUT', sheet: '考勤', cell: 'E10' },
      { severity: 'error', code: 'UNKNOWN_CODE', sheet: '违规', cell: 'C2' },
      { severity: 'error', code: 'INVALID_TIMES', sheet: '违规', cell: 'D3' },
      { severity: 'error', code: 'POINTS_REQUIRED', sheet: '违规', cell: 'E4' },
      { severity: 'error', code: 'POINTS_OUT_OF_RANGE', sheet: '违规', cell: 'E5' },
      { severity: 'error', code: 'POINTS_NOT_FIXED', sheet: '违规', cell: 'E6' },
      { severity: 'error', code: 'COMPUTED_CODE_ENTERED', sheet: '违规', cell: 'C7' },
      { severity: 'warning', code: 'CODE_IN_OTHER_SHEET', sheet: '违规', cell: 'C8' },
      { severity: 'error', code: 'ADJ_NOT_TEAM_LEAD', sheet: '加分', cell: 'B2' },
      { severity: 'error', code: 'ADJ_NOTE_REQUIRED', sheet: '加分', cell: 'G2' },
      { severity: 'warning', code: 'CODE_IN_OTHER_SHEET', sheet: '加分', cell: 'C4' },
      { severity: 'error', code: 'DERIVED_CODE_ENTERED', sheet: '加分', cell: 'C3' },
      { severity: 'error', code: 'DUPLICATE_KPI', sheet: '指标', cell: 'B3' },
      { severity: 'error', code: 'EXAM_SCORE_OUT_OF_RANGE', sheet: '指标', cell: 'E4' },
      { severity: 'error', code: 'INVALID_COUNT', sheet: '指标', cell: 'F4' },
      { severity: 'warning', code: 'NO_HISTORY_PREVIOUS_MONTH', sheet: undefined, cell: undefined },
    ]);
  });

  it('reports an ADJ month total beyond +5 at the row that crossed it', () => {
    const lead = employee({ role: 'teamLead' });
    const adj = (points: number) => entry({ code: 'ADJ', points, note: '表现突出' });
    expect(issuesOf({ employees: [lead], merits: [adj(3), adj(2), adj(1)] })).toEqual([
      { severity: 'error', code: 'ADJ_OUT_OF_RANGE', sheet: '加分', cell: 'E4' },
    ]);
  });

  it('names the first row of a duplicate in its parameters', () => {
    const outcome = computeMonth(monthInput({ attendance: [attendance(), attendance({ status: 'rest' })] }));
    expect(!outcome.ok && outcome.issues[0].params).toEqual({ id: '1001', date: '2026-11-02', first: '考勤!A2' });
  });

  it('reports a code entered by hand that KPI derives, naming the KPI cell', () => {
    const outcome = computeMonth(monthInput({ merits: [entry({ code: 'B05' })], kpi: [kpiRow({ validComplaints: 0 })] }));
    expect(!outcome.ok && outcome.issues).toEqual([
      { severity: 'error', code: 'DERIVED_CODE_ENTERED', sheet: '加分', cell: 'C2', params: { code: 'B05', kpi: '指标!F2' } },
    ]);
  });

  it('reports nothing for a hand-entered code that KPI could derive but does not for that employee', () => {
    expect(computeMonth(monthInput({ merits: [entry({ code: 'B02' })], kpi: [kpiRow({ examScore: 90 })] })).ok).toBe(true);
  });

  it('accepts references to rows on any sheet name the reader found', () => {
    const row = attendance({ ref: { ...ref('考勤', 5), sheet: 'Attendance' }, shift: 'Z' });
    const outcome = computeMonth({ ...monthInput({}), attendance: [row] });
    expect(!outcome.ok && outcome.issues.map((issue) => `${issue.sheet}!${issue.cell}`)).toEqual(['Attendance!C5']);
  });
});
