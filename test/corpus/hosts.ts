import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PackageProblem } from '../../src/adapters/xlsx-package/package-error';
import { teamGrids } from '../e2e/team-fixture';
import type { SheetGrid } from '../../src/workbook/grid';

const run = promisify(execFile);

/** Real workbooks made by Excel (and a few by other producers): see its README. */
export const corpusDirectory = join(__dirname, '..', '..', '..', 'shared', 'corpus');

/** The corpus's unusable workbooks, each with the reason it must be refused for. */
export function unusableReason(name: string): PackageProblem | undefined {
  if (name === 'protected_passtika.xlsx') return 'encrypted';
  if (name === 'workbookProtection_workbook_structure_protected.xlsx') return 'structureProtected';
  if (/^(clusterfuzz-testcase|crash-)/.test(name)) return 'damaged';
  return undefined;
}

export async function corpusFiles(): Promise<string[]> {
  return (await readdir(corpusDirectory)).filter((name) => /\.(xlsx|xlsm|xltx|xltm)$/.test(name)).sort();
}

/**
 * Two months of the hand-worked team (October and November 2026) in one set of input sheets:
 * the employees once, the other sheets with both months' rows.
 */
export function twoMonthSheets(): SheetGrid[] {
  const october = teamGrids('2026-10').sheets;
  const november = teamGrids('2026-11').sheets;
  return october.map((sheet, index) =>
    index === 0 ? sheet : { name: sheet.name, rows: [...sheet.rows, ...november[index].rows.slice(1)] },
  );
}

/** A team workbook written by openpyxl: input sheets as Excel tables, and a sheet with a comment, an image and a chart. */
export async function openpyxlHost(directory: string): Promise<string> {
  const file = join(directory, 'openpyxl-host.xlsx');
  const script = join(__dirname, 'openpyxl-host.py');
  await new Promise<void>((resolve, reject) => {
    const child = execFile('/usr/bin/python3', [script, file], (error) => (error ? reject(error) : resolve()));
    child.stdin?.end(JSON.stringify(twoMonthSheets()));
  });
  return file;
}

/** The same workbook as LibreOffice writes it (`soffice --convert-to xlsx`): its own tables, styles and parts. */
export async function libreOfficeHost(source: string, directory: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  const outDir = await mkdtemp(join(directory, 'lo-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, source], { timeout: 120_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const file = join(directory, 'libreoffice-host.xlsx');
  await writeFile(file, await readFile(join(outDir, 'openpyxl-host.xlsx')));
  return file;
}

/**
 * Every sheet of each workbook as CSV, through LibreOffice in one start-up: `<stem>-<sheet>.csv`
 * in `outDir` (LibreOffice 7.2 and later export every sheet when asked for sheet -1).
 */
export async function sheetsAsCsv(files: readonly string[], outDir: string): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', outDir, ...files],
      { timeout: 900_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
