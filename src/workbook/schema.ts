/**
 * The input sheets and their columns (SPEC §2). Each sheet and column is found by any of its
 * names; the first zh and en names are the ones the templates write.
 */
export interface ColumnDefinition {
  /** Field name used by records and by `RowRef.columns`. */
  readonly field: string;
  readonly zh: string;
  readonly en: string;
  /** Further accepted headers. */
  readonly aliases?: readonly string[];
  readonly required: boolean;
  /** How the template formats the column. */
  readonly kind: 'text' | 'date' | 'time' | 'number' | 'month';
}

export interface InputSheetDefinition {
  readonly key: InputSheetKey;
  readonly zh: string;
  readonly en: string;
  readonly aliases?: readonly string[];
  readonly required: boolean;
  readonly columns: readonly ColumnDefinition[];
}

export type InputSheetKey = 'employees' | 'attendance' | 'violations' | 'merits' | 'kpi' | 'shifts';

const column = (
  field: string,
  zh: string,
  en: string,
  required: boolean,
  kind: ColumnDefinition['kind'],
  aliases?: readonly string[],
): ColumnDefinition => ({ field, zh, en, required, kind, aliases });

const entryColumns: readonly ColumnDefinition[] = [
  column('date', '日期', 'Date', true, 'date'),
  column('employeeId', '工号', 'Employee ID', true, 'text', ['ID', 'EmployeeID']),
  column('code', '代码', 'Code', true, 'text'),
  column('times', '次数', 'Times', false, 'number'),
  column('points', '分值', 'Points', false, 'number'),
  column('amount', '金额', 'Amount', false, 'number'),
  column('note', '说明', 'Note', false, 'text'),
  column('recordedBy', '记录人', 'Recorded by', false, 'text'),
  column('status', '状态', 'Status', false, 'text'),
];

export const inputSheets: readonly InputSheetDefinition[] = [
  {
    key: 'employees',
    zh: '员工',
    en: 'Employees',
    required: true,
    columns: [
      column('id', '工号', 'Employee ID', true, 'text', ['ID', 'EmployeeID']),
      column('name', '姓名', 'Name', true, 'text'),
      column('team', '组别', 'Team', false, 'text'),
      column('role', '岗位', 'Role', false, 'text'),
      column('hireDate', '入职日期', 'Hire date', true, 'date'),
      column('leaveDate', '离职日期', 'Leave date', false, 'date'),
    ],
  },
  {
    key: 'attendance',
    zh: '考勤',
    en: 'Attendance',
    required: true,
    columns: [
      column('date', '日期', 'Date', true, 'date'),
      column('employeeId', '工号', 'Employee ID', true, 'text', ['ID', 'EmployeeID']),
      column('shift', '班次', 'Shift', false, 'text'),
      column('clockIn', '上班打卡', 'Clock in', false, 'time'),
      column('clockOut', '下班打卡', 'Clock out', false, 'time'),
      column('status', '状态', 'Status', false, 'text'),
      column('note', '备注', 'Note', false, 'text'),
    ],
  },
  { key: 'violations', zh: '违规', en: 'Violations', required: true, columns: entryColumns },
  { key: 'merits', zh: '加分', en: 'Merits', required: false, columns: entryColumns },
  {
    key: 'kpi',
    zh: '指标',
    en: 'KPI',
    required: false,
    columns: [
      column('month', '月份', 'Month', true, 'month'),
      column('employeeId', '工号', 'Employee ID', true, 'text', ['ID', 'EmployeeID']),
      column('workload', '工作量', 'Workload', false, 'number'),
      column('quality', '质量', 'Quality', false, 'number'),
      column('examScore', '考试成绩', 'Exam score', false, 'number'),
      column('validComplaints', '有效投诉', 'Valid complaints', false, 'number'),
    ],
  },
  {
    key: 'shifts',
    zh: '班次',
    en: 'Shifts',
    required: false,
    columns: [
      column('code', '代码', 'Code', true, 'text'),
      column('name', '名称', 'Name', false, 'text'),
      column('start', '上班', 'Start', true, 'time'),
      column('end', '下班', 'End', true, 'time'),
      column('breakMinutes', '休息分钟', 'Break minutes', false, 'number'),
    ],
  },
];

export function inputSheet(key: InputSheetKey): InputSheetDefinition {
  const found = inputSheets.find((sheet) => sheet.key === key);
  if (!found) throw new Error(`unknown input sheet ${key}`);
  return found;
}

/** Status words (SPEC §2), compared after normalisation. */
export const attendanceStatusWords = {
  present: ['出勤', '正常', 'present', 'normal'],
  leave: ['请假', 'leave'],
  rest: ['休息', 'rest', 'off'],
  absent: ['旷工', '缺勤', 'absent', 'absence'],
} as const;

export const entryStatusWords = {
  valid: ['有效', 'valid'],
  void: ['撤销', '作废', 'void', 'voided', 'revoked'],
} as const;

export const roleWords = {
  agent: ['客服', 'agent'],
  teamLead: ['组长', 'team lead', 'teamlead', 'lead'],
  trainer: ['培训专员', 'trainer'],
  reception: ['现场接待', 'reception'],
} as const;
