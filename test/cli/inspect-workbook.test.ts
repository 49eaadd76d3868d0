import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbookFile, workbookGrids } from '../../src/cli/workbook-on-disk';
import type { WorkbookGrids } from '../../src/workbook/grid';
import { inspectWorkbook } from '../../src/workbook/pipeline';
import { runCli } from './run-cli';
import { teamWorkbookBytes } from './team-workbook';

async function computedTeam(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'scorecard-inspect-')), 'team.xlsx');
  writeFileSync(
    file,
    await teamWorkbookBytes({
      employees: [[1001, '王芳', '一组', '客服', '2025-01-10', null]],
      attendance: [['2026-11-02', 1001, 'D', '08:35', '17:30', null, null]],
      violations: [],
    }),
  );
  expect((await runCli(['compute', file, '--month', '2026-11'])).code).toBe(0);
  return file;
}

const load = async (file: string): Promise<WorkbookGrids> => workbookGrids(await openWorkbookFile(file));

describe('inspectWorkbook after a compute', () => {
  it('lists the month\'s tabs and finds the month up to date', async () => {
    const inspection = inspectWorkbook(await load(await computedTeam()), '2026-11');
    expect(inspection.existingTabs).toEqual(['考核 2026-11', '明细 2026-11']);
    expect(inspection.outOfDate).toBe(false);
    expect(inspection.computedAt).toBeDefined();
    expect(inspection.sheets.find((sheet) => sheet.key === 'attendance')?.monthRows).toBe(1);
  });

  it('finds the month out of date once an input row of it changes', async () => {
    const grids = await load(await computedTeam());
    const changed: WorkbookGrids = {
      sheets: grids.sheets.map((sheet) => (sheet.name === '考勤' ? { ...sheet, rows: sheet.rows.map((row, index) => (index === 1 ? [row[0], row[1], row[2], '08:40', ...row.slice(4)] : row)) } : sheet)),
    };
    expect(inspectWorkbook(changed, '2026-11').outOfDate).toBe(true);
  });

  it('does not call a month never computed out of date', async () => {
    const inspection = inspectWorkbook(await load(await computedTeam()), '2026-12');
    expect(inspection.existingTabs).toEqual([]);
    expect(inspection.outOfDate).toBe(false);
  });
});
