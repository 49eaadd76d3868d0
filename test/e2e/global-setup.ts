import { spawnSync } from 'child_process';
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import { distDirectory, officeStubFile, repositoryRoot, stubDirectory } from './build-paths';

/**
 * Builds what the tests load: the production bundle (webpack, as `npm run build` does) unless
 * E2E_SKIP_BUILD=1 and a build is already there, and the Office.js stand-in (esbuild).
 */
export default async function globalSetup(): Promise<void> {
  const skip = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(distDirectory, 'taskpane.html'));
  if (!skip) {
    const webpack = require.resolve('webpack-cli/bin/cli.js', { paths: [repositoryRoot] });
    const result = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', `outDir=${distDirectory}`], {
      cwd: repositoryRoot,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
  }
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
