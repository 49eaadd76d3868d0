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
  readonly kind: 'text' | 'date' | 'time' | 'number' | 'month' | 'dateTime';
  /** False for a column read when present but left out of the template. */
  readonly inTemplate?: boolean;
}

export interface InputSheetDefinition {
  readonly key: InputSheetKey;
  readonly zh: string;
  readonly en: string;
  readonly aliases?: readonly string[];
  readonly required: boolean;
  readonly columns: readonly ColumnDefinition[];
}

export type InputSheetKey = 'employees' | 'attendance' | 'violations' | 'merits' | 'kpi' | 'shifts' | 'punches' | 'schedule';

const column = (
  field: string,
  zh: string,
  en: string,
  required: boolean,
  kind: ColumnDefinition['kind'],
  aliases?: readonly string[],
): ColumnDefinition => ({ field, zh, en, required, kind, aliases });

const employeeIdAliases: readonly string[] = ['ID', 'EmployeeID', '员工编号', '员工工号', 'Emp ID', 'Staff ID'];

const entryColumns: readonly ColumnDefinition[] = [
  column('date', '日期', 'Date', true, 'date'),
  column('employeeId', '工号', 'Employee ID', true, 'text', employeeIdAliases),
  column('code', '代码', 'Code', true, 'text', ['编码', '违规代码', '加分代码']),
  column('times', '次数', 'Times', false, 'number', ['Count']),
  column('points', '分值', 'Points', false, 'number', ['分数', '每次分值']),
  column('amount', '金额', 'Amount', false, 'number', ['赔偿金额']),
  column('note', '说明', 'Note', false, 'text', ['备注', 'Remark', 'Remarks']),
  column('recordedBy', '记录人', 'Recorded by', false, 'text', ['录入人', 'Recorder']),
  column('status', '状态', 'Status', false, 'text'),
];

export const inputSheets: readonly InputSheetDefinition[] = [
  {
    key: 'employees',
    zh: '员工',
    en: 'Employees',
    aliases: ['员工名单', '员工信息', 'Staff'],
    required: true,
    columns: [
      column('id', '工号', 'Employee ID', true, 'text', employeeIdAliases),
      column('name', '姓名', 'Name', true, 'text', ['员工姓名', 'Employee name']),
      column('team', '组别', 'Team', false, 'text', ['班组', '小组', 'Group']),
      column('role', '岗位', 'Role', false, 'text', ['职位', 'Position']),
      column('hireDate', '入职日期', 'Hire date', true, 'date', ['入职时间', 'Start date', 'Date hired']),
      column('leaveDate', '离职日期', 'Leave date', false, 'date', ['离职时间', 'End date', 'Date left']),
    ],
  },
  {
    key: 'attendance',
    zh: '考勤',
    en: 'Attendance',
    // 每日统计: DingTalk's daily report, read as it is exported (SPEC §2).
    aliases: ['考勤记录', '打卡记录', '每日统计'],
    required: true,
    columns: [
      column('date', '日期', 'Date', true, 'date'),
      column('employeeId', '工号', 'Employee ID', true, 'text', employeeIdAliases),
      column('shift', '班次', 'Shift', false, 'text', ['班次代码', 'Shift code']),
      column('clockIn', '上班打卡', 'Clock in', false, 'time', ['签到时间', 'Clock-in time', 'Time in', '上班1打卡时间']),
      column('clockOut', '下班打卡', 'Clock out', false, 'time', ['签退时间', 'Clock-out time', 'Time out', '下班1打卡时间']),
      column('status', '状态', 'Status', false, 'text', ['考勤状态']),
      column('note', '备注', 'Note', false, 'text', ['说明', 'Remark', 'Remarks']),
    ],
  },
  { key: 'violations', zh: '违规', en: 'Violations', aliases: ['违规记录', '扣分记录'], required: true, columns: entryColumns },
  { key: 'merits', zh: '加分', en: 'Merits', aliases: ['加分记录', 'Bonuses'], required: false, columns: entryColumns },
  {
    key: 'kpi',
    zh: '指标',
    en: 'KPI',
    aliases: ['绩效指标', 'KPIs'],
    required: false,
    columns: [
      column('month', '月份', 'Month', true, 'month'),
      column('employeeId', '工号', 'Employee ID', true, 'text', employeeIdAliases),
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
    aliases: ['班次表', 'Shift table'],
    required: false,
    columns: [
      column('code', '代码', 'Code', true, 'text'),
      column('name', '名称', 'Name', false, 'text'),
      column('start', '上班', 'Start', true, 'time'),
      column('end', '下班', 'End', true, 'time'),
      column('breakMinutes', '休息分钟', 'Break minutes', false, 'number', ['休息时长', 'Break']),
    ],
  },
  {
    key: 'punches',
    zh: '打卡',
    en: 'Punches',
    // 原始记录: DingTalk's raw punch record export (SPEC §2.1).
    aliases: ['打卡明细', '原始记录', '打卡数据', 'Punch log', 'Clock punches', 'Time clock'],
    required: false,
    columns: [
      column('employeeId', '工号', 'Employee ID', true, 'text', [...employeeIdAliases, '考勤号码', '人员编号', 'AC-No.', 'PIN', 'No.']),
      column('name', '姓名', 'Name', false, 'text'),
      column('punchTime', '打卡时间', 'Punch time', true, 'dateTime', ['签到时间', '刷卡时间', '时间', 'Time', 'Date/Time', 'Check time', 'DateTime']),
      { ...column('date', '日期', 'Date', false, 'date', ['考勤日期', 'Work date']), inTemplate: false },
      column('source', '打卡设备', 'Source', false, 'text', ['来源', '打卡来源', '设备', 'Device']),
      column('status', '状态', 'Status', false, 'text'),
    ],
  },
  {
    key: 'schedule',
    zh: '排班',
    en: 'Schedule',
    aliases: ['排班表', 'Shift schedule', 'Rota'],
    required: false,
    // Then one column per day, found by its header (SPEC §2.1).
    columns: [column('employeeId', '工号', 'Employee ID', true, 'text', employeeIdAliases), column('name', '姓名', 'Name', false, 'text', ['员工姓名', 'Employee name'])],
  },
];

/** The columns a template writes, in order. */
export function templateColumns(definition: InputSheetDefinition): readonly ColumnDefinition[] {
  return definition.columns.filter((candidate) => candidate.inTemplate !== false);
}

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

/** Schedule cells that schedule nothing (SPEC §2.1), besides a blank cell. */
export const restMarkers: readonly string[] = ['休', '休息', 'rest', 'off', 'r', '-'];

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
