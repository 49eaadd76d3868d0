import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPackage, readGrids } from '../../src/adapters/xlsx-package/workbook-package';
import { nodeCodec } from '../../src/cli/node-codec';
import { scorecardSheetName } from '../../src/workbook/layout/sheet-names';
import { runCli } from '../cli/run-cli';
import { gridRows, scorecardLines } from '../e2e/scorecard-lines';
import { expectedScores, teamGrids } from '../e2e/team-fixture';
import { xlsxFromGrids } from '../e2e/xlsx-from-grids';

/**
 * ZIP64 workbooks written by programs other than ours: Python's zipfile with force_zip64
 * (ZIP64 sizes in every local header) and Info-ZIP's `zip -fz` (ZIP64 fields in the central
 * directory, and the ZIP64 end records). Each is read, computed into, and what we write from it
 * is read back by Python's zipfile and by our own reader.
 */
const month = '2026-10';
const script = join(__dirname, 'zip64.py');
const python = '/usr/bin/python3';

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'zip64-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function teamFile(): Promise<string> {
  const path = join(directory, 'team.xlsx');
  writeFileSync(path, await xlsxFromGrids(teamGrids(month)));
  return path;
}

/** The same workbook as Python's zipfile writes it with force_zip64=True. */
async function byPython(): Promise<string> {
  const target = join(directory, 'python-zip64.xlsx');
  execFileSync(python, [script, 'rezip', await teamFile(), target]);
  return target;
}

/** The same workbook as Info-ZIP's `zip -fz` writes it: every file of the package, in the package's order. */
async function byInfoZip(): Promise<string> {
  const source = await teamFile();
  const unpacked = join(directory, 'unpacked');
  rmSync(unpacked, { recursive: true, force: true });
  execFileSync('unzip', ['-q', source, '-d', unpacked]);
  const names = (await openPackage(new Uint8Array(readFileSync(source)), nodeCodec)).zip.entries.map((entry) => entry.name);
  const target = join(directory, 'infozip-zip64.xlsx');
  rmSync(target, { force: true });
  execFileSync('zip', ['-q', '-X', '-fz', target, ...names], { cwd: unpacked });
  return target;
}

const checked = (file: string): { names: string[]; bad: string | null } => JSON.parse(execFileSync(python, [script, 'check', file], { encoding: 'utf8' }));

describe.each([
  // The first local header's extra field is the ZIP64 one (id 1).
  ['Python zipfile, force_zip64', byPython, (bytes: Buffer) => bytes.readUInt16LE(28) >= 20 && bytes.readUInt16LE(30 + bytes.readUInt16LE(26)) === 0x0001],
  ['Info-ZIP zip -fz', byInfoZip, (bytes: Buffer) => bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))],
])('a ZIP64 workbook written by %s', (_writer, write, isZip64) => {
  let input: string;
  beforeAll(async () => {
    input = await write();
  });

  it('is ZIP64 indeed, and reads as the same workbook', async () => {
    const bytes = readFileSync(input);
    expect(isZip64(bytes)).toBe(true);
    const grids = await readGrids(await openPackage(new Uint8Array(bytes), nodeCodec), nodeCodec);
    expect(grids.sheets.map((sheet) => sheet.name)).toEqual(teamGrids(month).sheets.map((sheet) => sheet.name));
  });

  it('computes, and what is written from it is read by Python’s zipfile with every entry sound and the scores in it', async () => {
    const out = join(directory, `out-${_writer.split(' ')[0]}.xlsx`);
    const run = await runCli(['compute', input, '--month', month, '--out', out]);
    expect(run.code).toBe(0);
    const { names, bad } = checked(out);
    expect(bad).toBeNull();
    expect(names).toEqual(expect.arrayContaining(checked(input).names));
    const grids = await readGrids(await openPackage(new Uint8Array(readFileSync(out)), nodeCodec), nodeCodec);
    const scorecard = grids.sheets.find((sheet) => sheet.name === scorecardSheetName(month, 'zh'));
    expect(Object.fromEntries(scorecardLines(gridRows(scorecard), 'zh'))).toEqual(expectedScores);
  });
});
