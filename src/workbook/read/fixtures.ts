/**
 * Builders of input grids for tests: sheets laid out as the template lays them out (SPEC §2),
 * rows given by field so that a test states only the cells that matter to it.
 */
import type { Lang } from '../../i18n/lang';
import type { CellValue, SheetGrid, WorkbookGrids } from '../grid';
import { inputSheet, type InputSheetKey } from '../schema';

export type FieldRow = Readonly<Record<string, CellValue>>;

/** Serial of 2026-11-01; add days for later dates. */
export const NOVEMBER_1 = 46327;

export const serialTime = (hours: number, minutes: number): number => (hours * 60 + minutes) / 1440;

/** A sheet with the template's headers in `lang` on row 1 and one row per field row. */
export function templateSheet(key: InputSheetKey, rows: readonly FieldRow[], lang: Lang = 'zh'): SheetGrid {
  const definition = inputSheet(key);
  const header = definition.columns.map((column) => column[lang]);
  const body = rows.map((row) => definition.columns.map((column) => row[column.field] ?? null));
  return { name: definition[lang], rows: [header, ...body] };
}

export function grid(name: string, rows: readonly (readonly CellValue[])[]): SheetGrid {
  return { name, rows };
}

export type InputRows = Partial<Record<InputSheetKey, readonly FieldRow[]>>;

/** A workbook with the three required sheets (empty unless given) and any optional ones given. */
export function templateWorkbook(rows: InputRows, lang: Lang = 'zh'): WorkbookGrids {
  const keys: InputSheetKey[] = ['employees', 'attendance', 'violations', 'merits', 'kpi', 'shifts'];
  const sheets = keys
    .filter((key) => inputSheet(key).required || rows[key] !== undefined)
    .map((key) => templateSheet(key, rows[key] ?? [], lang));
  return { sheets };
}

export const employeeRow = (overrides: FieldRow = {}): FieldRow => ({
  id: 1001,
  name: '王芳',
  team: '一组',
  role: '客服',
  hireDate: '2025-03-01',
  ...overrides,
});

export const attendanceRow = (overrides: FieldRow = {}): FieldRow => ({
  date: NOVEMBER_1 + 1,
  employeeId: 1001,
  shift: 'D',
  clockIn: serialTime(8, 30),
  clockOut: serialTime(17, 30),
  ...overrides,
});

export const entryRow = (overrides: FieldRow = {}): FieldRow => ({
  date: NOVEMBER_1 + 9,
  employeeId: 1001,
  code: 'L01',
  ...overrides,
});

export const kpiRow = (overrides: FieldRow = {}): FieldRow => ({
  month: '2026-11',
  employeeId: 1001,
  workload: 300,
  quality: 98,
  examScore: 90,
  validComplaints: 0,
  ...overrides,
});

/** A punch as a time clock exports it: a date-and-time serial of 2 November, 08:29:41, unless overridden. */
export const punchRow = (overrides: FieldRow = {}): FieldRow => ({
  employeeId: 1001,
  punchTime: NOVEMBER_1 + 1 + (8 * 3600 + 29 * 60 + 41) / 86_400,
  ...overrides,
});

/** A schedule sheet: the header `工号, 姓名` and `days` as given, then one row per person `[id, name, ...cells]`. */
export function scheduleGrid(name: string, days: readonly CellValue[], rows: readonly (readonly CellValue[])[], idHeader = '工号'): SheetGrid {
  return { name, rows: [[idHeader, '姓名', ...days], ...rows] };
}
