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

  it('loads less in a plain browser than with ExcelJS: the worker is under 40 KB gzipped', () => {
    const worker = readdirSync(distDirectory).find((file) => /^workbook-worker\..*chunk\.js$/.test(file)) as string;
    expect(gzipSync(readFileSync(join(distDirectory, worker))).length).toBeLessThan(40 * 1024);
  });
});
