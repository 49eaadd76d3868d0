import ExcelJS from 'exceljs';

/**
 * Workbooks written from SPEC §2 alone, the way a supervisor would type them: Chinese or
 * English headers, times as text or as Excel times, IDs as numbers or text.
 */
export type Rows = (string | number | Date | null)[][];

export interface TeamSheets {
  readonly employees: Rows;
  readonly attendance: Rows;
  readonly violations: Rows;
  readonly merits?: Rows;
  readonly kpi?: Rows;
}

const zhHeaders = {
  employees: ['工号', '姓名', '组别', '岗位', '入职日期', '离职日期'],
  attendance: ['日期', '工号', '班次', '上班打卡', '下班打卡', '状态', '备注'],
  violations: ['日期', '工号', '代码', '次数', '分值', '金额', '说明', '记录人', '状态'],
  merits: ['日期', '工号', '代码', '次数', '分值', '金额', '说明', '记录人', '状态'],
  kpi: ['月份', '工号', '工作量', '质量', '考试成绩', '有效投诉'],
};

const enHeaders = {
  employees: ['Employee ID', 'Name', 'Team', 'Role', 'Hire date', 'Leave date'],
  attendance: ['Date', 'Employee ID', 'Shift', 'Clock in', 'Clock out', 'Status', 'Note'],
  violations: ['Date', 'Employee ID', 'Code', 'Times', 'Points', 'Amount', 'Note', 'Recorded by', 'Status'],
  merits: ['Date', 'Employee ID', 'Code', 'Times', 'Points', 'Amount', 'Note', 'Recorded by', 'Status'],
  kpi: ['Month', 'Employee ID', 'Workload', 'Quality', 'Exam score', 'Valid complaints'],
};

const names = {
  zh: { employees: '员工', attendance: '考勤', violations: '违规', merits: '加分', kpi: '指标' },
  en: { employees: 'Employees', attendance: 'Attendance', violations: 'Violations', merits: 'Merits', kpi: 'KPI' },
};

export async function teamWorkbookBytes(sheets: TeamSheets, lang: 'zh' | 'en' = 'zh'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const headers = lang === 'zh' ? zhHeaders : enHeaders;
  for (const key of ['employees', 'attendance', 'violations', 'merits', 'kpi'] as const) {
    const rows = sheets[key];
    if (!rows) continue;
    const sheet = workbook.addWorksheet(names[lang][key]);
    sheet.addRow(headers[key]);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An Excel time of day as ExcelJS writes it: a Date on 1899-12-30, UTC. */
export function excelTime(hours: number, minutes: number, seconds = 0): Date {
  return new Date(Date.UTC(1899, 11, 30, hours, minutes, seconds));
}

export function excelDate(text: string): Date {
  return new Date(`${text}T00:00:00Z`);
}

/**
 * Edits cells of a workbook file in place, as a person would in Excel between two runs (voiding
 * an appealed item, changing a policy value). Only for setting up a test's next step.
 */
export async function editCells(file: string, sheetName: string, cells: Readonly<Record<string, string | number | null>>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  await workbook.xlsx.writeFile(file);
}
