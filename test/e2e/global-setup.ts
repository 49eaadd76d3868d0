import { spawnSync } from 'child_process';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { distDirectory, officeStubFile, repositoryRoot, stubDirectory } from './build-paths';

/** Newest modification time of the files under `path`. */
function newest(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

/** The build in dist/ is newer than every source it is made from. */
function buildIsCurrent(): boolean {
  const page = join(distDirectory, 'taskpane.html');
  // The chunk groups are listed only by a build made for the tests (bundle-size.e2e.test.ts).
  if (!existsSync(page) || !existsSync(join(distDirectory, 'chunk-groups.json'))) return false;
  const sources = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package-lock.json', 'tsconfig.json']
    .map((entry) => join(repositoryRoot, entry))
    .filter((entry) => existsSync(entry));
  return statSync(page).mtimeMs > Math.max(...sources.map(newest));
}

/**
 * Builds what the tests load: the production bundle (webpack, as `npm run build` does) when
 * dist/ is missing or older than its sources (E2E_BUILD=always forces it, =never forbids it),
 * and the Office.js stand-in (esbuild, a second).
 */
export default async function globalSetup(): Promise<void> {
  const mode = process.env.E2E_BUILD ?? 'auto';
  if (mode === 'always' || (mode === 'auto' && !buildIsCurrent())) {
    const webpack = require.resolve('webpack-cli/bin/cli.js', { paths: [repositoryRoot] });
    const result = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', `outDir=${distDirectory}`, '--env', 'chunkGroups'], {
      cwd: repositoryRoot,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
  }
  if (!existsSync(join(distDirectory, 'taskpane.html'))) throw new Error(`no build in ${distDirectory}`);
  mkdirSync(stubDirectory, { recursive: true });
  await build({
    entryPoints: [join(__dirname, 'office-stub', 'office-stub.ts')],
    outfile: officeStubFile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'error',
  });
}
