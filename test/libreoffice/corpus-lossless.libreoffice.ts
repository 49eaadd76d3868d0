import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openPackage, type WorkbookPackage } from '../../src/adapters/xlsx-package/workbook-package';
import { contentTypeOf } from '../../src/adapters/xlsx-package/opc/content-types';
import { partKey, relationshipsPartOf } from '../../src/adapters/xlsx-package/opc/part-names';
import { nodeCodec } from '../../src/cli/node-codec';
import { corpusDirectory, corpusFiles, libreOfficeHost, openpyxlHost, sheetsAsCsv, twoMonthSheets, unusableReason } from '../corpus/hosts';
import { withInputSheets } from '../corpus/inject-sheets';
import { runCli } from '../cli/run-cli';

/**
 * SPEC §4.1 on real workbooks: each usable host of the corpus (and one written by openpyxl, and
 * the same converted by LibreOffice) gets a team's input sheets at the package level, then two
 * months are computed in place and the second again. Every part of the host is still there byte
 * for byte, every sheet, defined name, relationship and content type too, and LibreOffice shows
 * the scores. The unusable ones are refused with their own message and left untouched.
 */
const outDir = join(process.env.SCORECARDS_PRINT_DIR ?? join(tmpdir(), 'scorecards-print'), '..', 'scorecards-corpus');

interface HostRun {
  readonly name: string;
  readonly file: string;
  readonly before: WorkbookPackage;
  readonly after: WorkbookPackage;
  readonly scores: Map<string, number>;
  readonly codes: number[];
}

const runs: HostRun[] = [];
const refusals: { name: string; reason: string; code: number; text: string; unchanged: boolean }[] = [];

async function computeInPlace(name: string, source: Uint8Array): Promise<HostRun> {
  const file = join(outDir, name);
  await writeFile(file, source);
  const codes: number[] = [];
  let last = '';
  for (const month of ['2026-10', '2026-11', '2026-11']) {
    const result = await runCli(['compute', file, '--month', month, '--json']);
    codes.push(result.code);
    last = result.stdout;
  }
  const employees: { id: string; score: number }[] = last ? JSON.parse(last).employees : [];
  return {
    name,
    file,
    before: await openPackage(source, nodeCodec),
    after: await openPackage(new Uint8Array(await readFile(file)), nodeCodec),
    scores: new Map(employees.map((employee) => [employee.id, employee.score])),
    codes,
  };
}

/** The index parts a write edits: the workbook, its relationships, the content types, the styles. */
function indexParts(pkg: WorkbookPackage): Set<string> {
  return new Set([pkg.workbookPart, relationshipsPartOf(pkg.workbookPart), '[Content_Types].xml', ...(pkg.stylesPart ? [pkg.stylesPart] : [])].map(partKey));
}

function definedNames(pkg: WorkbookPackage): string[] {
  return pkg.workbook.definedNames.map((name) => `${name.name} ${name.localSheetId === undefined ? '' : pkg.sheets[name.localSheetId]?.name} ${name.formula}`);
}

function parseCsv(text: string): string[][] {
  return text.split(/\r?\n/).map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') cell += line[i++];
      else if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cell.trim());
        cell = '';
      }
      else cell += ch;
    }
    cells.push(cell.trim());
    return cells;
  });
}

beforeAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const sheets = twoMonthSheets();
  for (const name of await corpusFiles()) {
    const host = new Uint8Array(await readFile(join(corpusDirectory, name)));
    const reason = unusableReason(name);
    if (reason === undefined) {
      runs.push(await computeInPlace(name, await withInputSheets(host, sheets)));
      continue;
    }
    // A damaged or encrypted file is refused as it is; a protected one with the team's sheets in it.
    const file = join(outDir, name);
    const bytes = reason === 'structureProtected' ? await withInputSheets(host, sheets) : host;
    await writeFile(file, bytes);
    const result = await runCli(['compute', file, '--month', '2026-10']);
    refusals.push({ name, reason, code: result.code, text: result.stderr, unchanged: Buffer.from(await readFile(file)).equals(Buffer.from(bytes)) });
  }
  const made = await openpyxlHost(outDir);
  for (const file of [made, await libreOfficeHost(made, outDir)]) {
    const name = `other-${basename(file)}`;
    await copyFile(file, join(outDir, `${name}.source`));
    runs.push(await computeInPlace(name, new Uint8Array(await readFile(file))));
  }
  await sheetsAsCsv(runs.map((run) => run.file), join(outDir, 'csv'));
}, 1_500_000);

describe('computing in place into real workbooks', () => {
  it('uses every usable host: the corpus’s, openpyxl’s and LibreOffice’s', () => {
    expect(runs.length).toBeGreaterThanOrEqual(40);
    for (const run of runs) expect([run.name, run.codes]).toEqual([run.name, [0, 0, 0]]);
  });

  it('keeps every part of each host byte for byte, except the index parts it edits', () => {
    for (const run of runs) {
      const edited = indexParts(run.before);
      const changed = run.before.zip.entries
        .filter((entry) => !edited.has(partKey(entry.name)))
        .filter((entry) => {
          const copy = run.after.entries.get(partKey(entry.name));
          return !copy || !Buffer.from(copy.raw).equals(Buffer.from(entry.raw)) || copy.crc !== entry.crc;
        })
        .map((entry) => entry.name);
      expect([run.name, changed]).toEqual([run.name, []]);
    }
  });

  it('keeps every sheet, defined name, relationship and content type of each host, and its kind', () => {
    for (const run of runs) {
      const { before, after } = run;
      const sheetNames = after.sheets.map((sheet) => sheet.name);
      expect([run.name, before.sheets.map((sheet) => sheet.name).filter((name) => !sheetNames.includes(name))]).toEqual([run.name, []]);
      expect([run.name, definedNames(before).filter((name) => !definedNames(after).includes(name))]).toEqual([run.name, []]);
      const relationships = (pkg: WorkbookPackage) => pkg.workbookRelationships.relationships.filter((relationship) => relationship.kind !== 'worksheet' || pkg.sheets.some((sheet) => sheet.relationshipId === relationship.id)).map((relationship) => `${relationship.id} ${relationship.type} ${relationship.target}`);
      expect([run.name, relationships(before).filter((relationship) => !relationships(after).includes(relationship))]).toEqual([run.name, []]);
      const lostTypes = [...before.contentTypes.overrides.keys()].filter((part) => contentTypeOf(after.contentTypes, part) !== before.contentTypes.overrides.get(part)?.type);
      expect([run.name, lostTypes]).toEqual([run.name, []]);
      expect([run.name, after.kind]).toEqual([run.name, before.kind]);
    }
  });

  it('opens in LibreOffice with the scores of the last compute on the scorecard', async () => {
    for (const run of runs) {
      const csv = join(outDir, 'csv', `${basename(run.file).replace(/\.[^.]+$/, '')}-考核 2026-11.csv`);
      expect([run.name, existsSync(csv)]).toEqual([run.name, true]);
      const rows = parseCsv(await readFile(csv, 'utf8'));
      const header = rows.findIndex((row) => row[0] === '排名');
      const id = rows[header].indexOf('工号');
      const score = rows[header].indexOf('考核分');
      const shown = new Map(rows.slice(header + 1).filter((row) => /^\d+$/.test(row[id] ?? '')).map((row) => [row[id], Number(row[score])]));
      expect([run.name, shown]).toEqual([run.name, run.scores]);
      expect(run.scores.size).toBe(4);
    }
  });
});

describe('the corpus’s unusable workbooks', () => {
  const words: Record<string, RegExp> = {
    encrypted: /protected with a password/,
    damaged: /is damaged|is incomplete/,
    structureProtected: /structure of .* is protected/,
  };

  it('are each refused with exit 2 and their own message, and left byte for byte as they were', () => {
    expect(refusals.map((refusal) => refusal.reason).sort()).toEqual(['damaged', 'damaged', 'encrypted', 'structureProtected']);
    for (const refusal of refusals) {
      expect([refusal.name, refusal.code, refusal.unchanged]).toEqual([refusal.name, 2, true]);
      expect(refusal.text).toMatch(words[refusal.reason]);
    }
  });
});
