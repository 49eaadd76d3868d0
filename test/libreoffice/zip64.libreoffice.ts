import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli';
import { sheetsAsCsv } from '../corpus/hosts';
import { expectedScores, teamGrids } from '../e2e/team-fixture';
import { xlsxFromGrids } from '../e2e/xlsx-from-grids';

/**
 * A ZIP64 workbook written by Python's zipfile (force_zip64, test/package/zip64.py), computed
 * by the command line: LibreOffice opens what was written and shows the month's scores.
 */
const month = '2026-10';

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'zip64-lo-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

it('opens in LibreOffice with the scores, after a compute into a ZIP64 workbook', async () => {
  const team = join(directory, 'team.xlsx');
  writeFileSync(team, await xlsxFromGrids(teamGrids(month)));
  const zip64 = join(directory, 'zip64.xlsx');
  execFileSync('/usr/bin/python3', [join(__dirname, '..', 'package', 'zip64.py'), 'rezip', team, zip64]);
  const out = join(directory, 'out.xlsx');
  expect((await runCli(['compute', zip64, '--month', month, '--out', out])).code).toBe(0);

  await sheetsAsCsv([out], directory);
  const csv = join(directory, `out-考核 ${month}.csv`);
  expect(existsSync(csv)).toBe(true);
  const rows = readFileSync(csv, 'utf8').split(/\r?\n/).map((line) => line.split(','));
  for (const [id, expected] of Object.entries(expectedScores)) {
    const row = rows.find((cells) => cells.includes(id));
    expect([id, row?.includes(String(expected.score))]).toEqual([id, true]);
  }
});
