import type { Month } from '../../src/engine/calendar';
import type { Lang } from '../../src/i18n/lang';
import type { WorkbookGrids } from '../../src/workbook/grid';
import { computeWorkbook } from '../../src/workbook/pipeline';
import { inputSheet } from '../../src/workbook/schema';
import { gridsAfter } from '../../src/workbook/written-grids';
import { teamGrids } from './team-fixture';

/**
 * The small team of team-fixture.ts over October and November 2026: the same people, each
 * month's records one after the other on the same sheets.
 */
export function twoMonthTeam(lang: Lang = 'zh'): WorkbookGrids {
  const october = teamGrids('2026-10', lang);
  const november = teamGrids('2026-11', lang);
  return {
    sheets: october.sheets.map((sheet) => {
      if (sheet.name === inputSheet('employees')[lang]) return sheet;
      const more = november.sheets.find((other) => other.name === sheet.name)?.rows.slice(1) ?? [];
      return { ...sheet, rows: [...sheet.rows, ...more] };
    }),
  };
}

/** `grids` with `months` computed in order, as the pane would have written them. */
export function computedMonths(grids: WorkbookGrids, months: readonly Month[], at = new Date(2026, 10, 1, 9, 0)): WorkbookGrids {
  let current = grids;
  for (const month of months) {
    const report = computeWorkbook(current, { month, generatedAt: at });
    if (!report.ok || !report.plan) throw new Error(`${month} does not compute: ${JSON.stringify(report.issues)}`);
    current = gridsAfter(current, report.plan);
  }
  return current;
}

/** 违规 row 2: 1001's L01 in October (team-fixture.ts); its 状态 (status) is column I. */
export const octoberL01Status = 'I2';
