import type { Issue, IssueCode, IssueParams } from '../engine/issues';
import { issueLocation, issueMessage, issueMessages } from './issue-messages';
import { languages } from './lang';

/** Example parameters for every code: a code added to IssueParams without one fails to compile. */
const examples: { [C in IssueCode]: IssueParams[C] } = {
  MISSING_SHEET: { sheet: 'Employees' },
  MISSING_COLUMN: { column: 'Hire date' },
  MISSING_VALUE: { column: 'Employee ID' },
  INVALID_DATE: { value: '2026-02-30' },
  INVALID_TIME: { value: '8:75' },
  INVALID_NUMBER: { value: 'two' },
  INVALID_MONTH: { value: 'Nov' },
  INVALID_STATUS: { value: 'late' },
  INVALID_ENTRY_STATUS: { value: 'appealed' },
  INVALID_ROLE: { value: 'manager' },
  INVALID_POLICY_VALUE: { value: 'abc', expected: 'a number' },
  INVALID_POLICY_TABLE: { problem: 'tiers not ascending' },
  UNREADABLE_HISTORY: { value: 'score?' },
  DUPLICATE_EMPLOYEE: { id: '1001', first: 'Employees!A2' },
  LEAVE_BEFORE_HIRE: { id: '1002' },
  UNKNOWN_EMPLOYEE: { id: '1003' },
  NOT_EMPLOYED: { id: '1004', date: '2026-11-05' },
  DUPLICATE_ATTENDANCE: { id: '1005', date: '2026-11-06', first: 'Attendance!A7' },
  MISSING_STATUS: { id: '1006', date: '2026-11-07' },
  MISSING_SHIFT: { id: '1007', date: '2026-11-08' },
  UNKNOWN_SHIFT: { shift: 'Q' },
  MISSING_CLOCK_IN: { id: '1008', date: '2026-11-09' },
  MISSING_CLOCK_OUT: { id: '1009', date: '2026-11-10' },
  UNKNOWN_CODE: { code: 'Z99' },
  POINTS_REQUIRED: { code: 'L08', min: 2, max: 5 },
  POINTS_OUT_OF_RANGE: { code: 'L09', min: 1, max: 2, value: 2.5 },
  POINTS_NOT_FIXED: { code: 'L01', expected: 2, value: 3 },
  INVALID_TIMES: { value: '0.5' },
  ADJ_NOT_TEAM_LEAD: { id: '1010' },
  ADJ_NOTE_REQUIRED: {},
  ADJ_OUT_OF_RANGE: { id: '1011', total: 7, min: -5, max: 5 },
  COMPUTED_CODE_ENTERED: { code: 'S05' },
  DERIVED_CODE_ENTERED: { code: 'B02', kpi: 'KPI!E4' },
  CODE_IN_OTHER_SHEET: { code: 'B03', expected: 'merits' },
  DUPLICATE_KPI: { id: '1012', month: '2026-11', first: 'KPI!B3' },
  EXAM_SCORE_OUT_OF_RANGE: { value: 120 },
  INVALID_COUNT: { value: -1 },
  NO_HISTORY_PREVIOUS_MONTH: { month: '2026-10' },
  LATER_MONTHS_COMPUTED: { months: '2026-12, 2027-01' },
  NO_EMPLOYEES_IN_MONTH: { month: '2026-11' },
  INVALID_DATETIME: { value: '2026-11-03 25:10' },
  DUPLICATE_SCHEDULE: { id: '1013', date: '2026-11-11', first: "'Schedule 2026-11'!E3" },
  ATTENDANCE_OUTSIDE_EMPLOYMENT: { id: '1014', date: '2026-11-12' },
  PUNCH_OUTSIDE_SCHEDULE: { id: '1015', time: '2026-11-13 08:29' },
  UNKNOWN_PUNCH_ID: { id: '9001', count: 42 },
  MONTH_NOT_COMPUTED: { period: '2026-Q4', months: '2026-12' },
  NO_MONTH_COMPUTED: { period: '2026-Q4' },
  FLAGS_NOT_RECORDED: { months: '2026-10' },
  UNREADABLE_LOG: {},
};

/** Parameters that only some issues of a code carry, with the rest of the code's parameters. */
const variants: readonly Issue[] = [
  { severity: 'error', code: 'UNKNOWN_SHIFT', sheet: '排班', cell: 'E3', params: { shift: '晚班', sharedBy: 'N, L' } },
  { severity: 'error', code: 'MISSING_CLOCK_IN', sheet: '排班', cell: 'E3', params: { id: '1016', date: '2026-11-14', punch: '17:42 (打卡!B12)' } },
  { severity: 'error', code: 'MISSING_CLOCK_OUT', sheet: '排班', cell: 'E3', params: { id: '1017', date: '2026-11-15', punch: '08:29 (打卡!B13)' } },
];

const issueOf = <C extends IssueCode>(code: C): Issue => ({ severity: 'error', code, sheet: 'Attendance', cell: 'D12', params: examples[code] }) as Issue;
const CJK = /[\u3400-\u9fff]/;
const codes = Object.keys(examples) as IssueCode[];

describe('issue messages', () => {
  it.each(codes)('renders %s in Chinese and English, naming every parameter', (code) => {
    const { zh, en } = issueMessages(issueOf(code));
    for (const message of [zh, en]) {
      expect(message.length).toBeGreaterThan(10);
      expect(message).not.toMatch(/undefined|\[object|NaN/);
    }
    expect(zh).toMatch(CJK);
    expect(en).not.toMatch(CJK);
    for (const [name, value] of Object.entries(examples[code])) {
      if (code === 'CODE_IN_OTHER_SHEET' && name === 'expected') continue;
      expect(zh).toContain(String(value));
      expect(en).toContain(String(value));
    }
  });

  it.each(variants.map((issue) => [issue.code, issue] as const))('renders %s with its optional parameters in both languages', (_code, issue) => {
    const { zh, en } = issueMessages(issue);
    expect(zh).toMatch(CJK);
    for (const value of Object.values(issue.params)) {
      expect(zh).toContain(String(value));
      expect(en).toContain(String(value));
    }
    expect(zh).not.toBe(issueMessage({ ...issue, params: { ...issue.params, sharedBy: undefined, punch: undefined } } as unknown as Issue, 'zh'));
  });

  it('tells a lone punch before the midpoint to get its make-up clock-out punch', () => {
    const issue = variants[2];
    expect(issueMessage(issue, 'en')).toBe(
      "Only one punch for employee 1017's shift on 2026-11-15: 08:29 (打卡!B13), before the shift's midpoint, so it is the clock-in and the clock-out is missing. Add the make-up punch to the Punches sheet, or write the day into Attendance.",
    );
  });

  it('says what to do, in the words of the catalogue, for a missing clock-out', () => {
    const issue = issueOf('MISSING_CLOCK_OUT');
    expect(issueMessage(issue, 'zh')).toBe('缺少下班打卡（工号 1009，2026-11-10）。请补录打卡时间，或把状态改为请假、休息或旷工。');
    expect(issueMessage(issue, 'en')).toBe('Clock-out missing (employee 1009, 2026-11-10). Enter the clock-out time, or set the status to leave, rest or absent.');
  });

  it('names the sheet a misplaced code belongs on by its template name', () => {
    const issue = issueOf('CODE_IN_OTHER_SHEET');
    expect(issueMessage(issue, 'zh')).toContain('“加分”');
    expect(issueMessage(issue, 'en')).toContain('Merits sheet');
  });

  it('renders the same message through issueMessage and issueMessages in each language', () => {
    const issue = issueOf('UNKNOWN_CODE');
    for (const lang of languages) expect(issueMessage(issue, lang)).toBe(issueMessages(issue)[lang]);
  });
});

describe('issueLocation', () => {
  it('names the sheet and the cell', () => {
    expect(issueLocation({ severity: 'error', code: 'MISSING_CLOCK_OUT', sheet: '考勤', cell: 'D12', params: examples.MISSING_CLOCK_OUT })).toBe('考勤!D12');
  });

  it('names the sheet alone for an issue without a cell', () => {
    expect(issueLocation({ severity: 'error', code: 'MISSING_COLUMN', sheet: '员工', params: examples.MISSING_COLUMN })).toBe('员工');
  });

  it('is empty for a month-wide issue', () => {
    expect(issueLocation({ severity: 'warning', code: 'NO_HISTORY_PREVIOUS_MONTH', params: examples.NO_HISTORY_PREVIOUS_MONTH })).toBe('');
  });
});
