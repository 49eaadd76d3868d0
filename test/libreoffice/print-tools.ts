import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts workbooks to PDF with LibreOffice in one start-up, using a fresh user profile so
 * that no desktop session or earlier run can interfere.
 */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { timeout: 100_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return files.map((file) => join(outDir, basename(file).replace(/\.xlsx$/, '.pdf')));
}

/** The text of each page, laid out as printed. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout.split('\f').filter((page) => page.trim().length > 0);
}

/** Pages as PNG pictures at `dpi`, named `<prefix>-<page>.png`; returns their paths in page order. */
export async function pdfPictures(pdf: string, outDir: string, prefix: string, dpi = 80): Promise<string[]> {
  await run('pdftoppm', ['-png', '-r', String(dpi), pdf, join(outDir, prefix)]);
  const names = (await readdir(outDir)).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png'));
  const page = (name: string): number => Number(/-(\d+)\.png$/.exec(name)?.[1]);
  return names.sort((a, b) => page(a) - page(b)).map((name) => join(outDir, name));
}

/** Width and height of a PNG, from its header. */
export async function pngSize(path: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(path);
  if (bytes.toString('ascii', 1, 4) !== 'PNG') throw new Error(`${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
