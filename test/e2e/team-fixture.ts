import type { Month } from '../../src/engine/calendar';
import type { Lang } from '../../src/i18n/lang';
import type { CellValue, WorkbookGrids } from '../../src/workbook/grid';
import { inputSheet, type InputSheetKey } from '../../src/workbook/schema';

type Row = Readonly<Record<string, CellValue>>;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel serial of a day of `month` (1900 date system). */
export function daySerial(month: Month, day: number): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return (Date.UTC(year, monthNumber - 1, day) - EXCEL_EPOCH) / 86_400_000;
}

const time = (hours: number, minutes: number): number => (hours * 60 + minutes) / 1440;

function sheet(key: InputSheetKey, lang: Lang, rows: readonly Row[]) {
  const definition = inputSheet(key);
  return {
    name: definition[lang],
    rows: [definition.columns.map((column) => column[lang]), ...rows.map((row) => definition.columns.map((column) => row[column.field] ?? null))],
  };
}

/**
 * A small team whose month is worked out by hand (SPEC §3, default policy):
 * - 1001 王芳: 3 minutes late once (L04, 2) and L01 (2): 80 − 2 − 2 = 76, C, −40.
 * - 1002 李雷, team lead: B03 (+5) and ADJ +2: 87, B, +70; rank 1, first month at rank 1: award 50.
 * - 1003 赵六: absent 3 days (S01 × 3, 60): 20, F, −300; flags SCORE_BELOW_60 and ABSENCE_DAYS.
 * - 1004 陈静: hired on the 1st, clean month: 80, B, probation (month 1), salary 0.
 */
export const expectedScores: Readonly<Record<string, { score: number; grade: string; salary: number; award: number }>> = {
  '1001': { score: 76, grade: 'C', salary: -40, award: 0 },
  '1002': { score: 87, grade: 'B', salary: 70, award: 50 },
  '1003': { score: 20, grade: 'F', salary: -300, award: 0 },
  '1004': { score: 80, grade: 'B', salary: 0, award: 0 },
};

export function teamGrids(month: Month, lang: Lang = 'zh'): WorkbookGrids {
  const day = (n: number) => daySerial(month, n);
  const present = (id: number, n: number, clockIn = time(8, 30), clockOut = time(17, 30)): Row => ({
    date: day(n),
    employeeId: id,
    shift: 'D',
    clockIn,
    clockOut,
  });
  const absent = (id: number, n: number): Row => ({ date: day(n), employeeId: id, status: lang === 'zh' ? '旷工' : 'absent' });
  return {
    sheets: [
      sheet('employees', lang, [
        { id: 1001, name: '王芳', team: '一组', role: '客服', hireDate: day(1) - 400 },
        { id: 1002, name: '李雷', team: '一组', role: '组长', hireDate: day(1) - 900 },
        { id: 1003, name: '赵六', team: '二组', role: '客服', hireDate: day(1) - 300 },
        { id: 1004, name: '陈静', team: '二组', role: '客服', hireDate: day(1) },
      ]),
      sheet('attendance', lang, [
        present(1001, 5, time(8, 33)),
        present(1001, 6),
        present(1002, 5),
        absent(1003, 5),
        absent(1003, 6),
        absent(1003, 7),
        present(1004, 5),
      ]),
      sheet('violations', lang, [{ date: day(9), employeeId: 1001, code: 'L01' }]),
      sheet('merits', lang, [
        { date: day(12), employeeId: 1002, code: 'B03' },
        { date: day(20), employeeId: 1002, code: 'ADJ', points: 2, note: lang === 'zh' ? '带组表现突出' : 'Led the team well' },
      ]),
    ],
  };
}

/**
 * The same team with two mistakes a supervisor makes: a present day without a clock-out
 * (考勤 row 3, 下班打卡 is column E) and a code that is not in the catalog (违规 row 2, 代码 is column C).
 */
export function brokenTeamGrids(month: Month, lang: Lang = 'zh'): WorkbookGrids {
  const team = teamGrids(month, lang);
  return {
    sheets: team.sheets.map((grid) => {
      if (grid.name === inputSheet('attendance')[lang]) {
        return { ...grid, rows: grid.rows.map((row, index) => (index === 2 ? row.map((cell, column) => (column === 4 ? null : cell)) : row)) };
      }
      if (grid.name === inputSheet('violations')[lang]) {
        return { ...grid, rows: grid.rows.map((row, index) => (index === 1 ? row.map((cell, column) => (column === 2 ? 'L99' : cell)) : row)) };
      }
      return grid;
    }),
  };
}

export const brokenCells = { missingClockOut: 'E3', unknownCode: 'C2' } as const;
