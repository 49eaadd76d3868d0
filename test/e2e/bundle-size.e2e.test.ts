import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { distDirectory } from './build-paths';

/** The pane inside Excel must stay light: its first JavaScript, gzipped (the workbook worker loads only in a browser). */
const initialBudgetBytes = 350 * 1024;

/** Text only the package writer holds: the namespace of the sheets it writes into files. */
const packageMarker = 'schemas.openxmlformats.org/spreadsheetml/2006/main';

describe('the production build', () => {
  const html = readFileSync(join(distDirectory, 'taskpane.html'), 'utf8');
  const initialScripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((match) => match[1])
    .filter((src) => !src.startsWith('http'));

  it('loads one bundle of its own, after Office.js', () => {
    expect(initialScripts).toHaveLength(1);
    expect(html.indexOf('appsforoffice.microsoft.com')).toBeLessThan(html.indexOf(initialScripts[0]));
  });

  it(`keeps the pane's initial JavaScript under ${initialBudgetBytes / 1024} KB gzipped`, () => {
    const bytes = initialScripts.reduce((total, src) => total + gzipSync(readFileSync(join(distDirectory, src))).length, 0);
    expect(bytes).toBeLessThan(initialBudgetBytes);
  });

  it('keeps the workbook package code out of the initial bundle, in the worker loaded in a browser only', () => {
    const holdsPackageCode = (file: string) => readFileSync(join(distDirectory, file), 'utf8').includes(packageMarker);
    expect(holdsPackageCode(initialScripts[0])).toBe(false);
    const chunks = readdirSync(distDirectory).filter((file) => file.endsWith('.chunk.js'));
    expect(chunks.filter(holdsPackageCode)).toEqual([expect.stringMatching(/^workbook-worker\./)]);
  });

  const gzipped = (files: readonly string[]) => files.reduce((total, file) => total + gzipSync(readFileSync(join(distDirectory, file))).length, 0);
  const group = (name: string): string[] => (JSON.parse(readFileSync(join(distDirectory, 'chunk-groups.json'), 'utf8')) as Record<string, string[]>)[name] ?? [];

  // Before the rules moved to the worker a plain browser loaded 198.1 KB (164.0 KB page, 34.2 KB worker).
  it('loads no more in a plain browser than before the rules moved to the worker: page and worker under 198 KB gzipped', () => {
    expect(group('workbook-worker')).toContainEqual(expect.stringMatching(/^workbook-worker\./));
    expect(gzipped([...initialScripts, ...group('workbook-worker')])).toBeLessThan(198 * 1024);
  });

  it('keeps the Office.js adapter out of what a plain browser loads, in the Excel host chunk', () => {
    const excelOnly = group('excel-host').filter((file) => !group('workbook-worker').includes(file));
    expect(excelOnly).toEqual([expect.stringMatching(/^excel-host\./)]);
    // A call only the Office.js adapter makes (it reads the used range of each sheet).
    const holdsAdapter = (file: string) => readFileSync(join(distDirectory, file), 'utf8').includes('getUsedRange');
    expect([...initialScripts, ...group('workbook-worker')].filter(holdsAdapter)).toEqual([]);
    expect(excelOnly.filter(holdsAdapter)).toEqual(excelOnly);
  });
});
