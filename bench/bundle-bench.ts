import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialScript {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export type BundleMeasurement =
  | {
      readonly measured: true;
      readonly scripts: readonly InitialScript[];
      readonly totalGzipBytes: number;
      /** What a plain browser loads besides: the workbook worker and its chunks. */
      readonly browserOnly: readonly InitialScript[];
      readonly browserOnlyGzipBytes: number;
    }
  | { readonly measured: false; readonly reason: string };

/** The page's own scripts, in order: Office.js comes from Microsoft's CDN and is not ours to count. */
export function initialScriptSources(html: string): string[] {
  // A minified page leaves attribute values unquoted where it can.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^(?:https?:)?\/\//.test(src));
}

/**
 * The task pane's initial JavaScript inside Excel: a production build (into bench/out, so the
 * project's dist/ is left alone), then every script the taskpane page loads before it runs,
 * gzipped as a web server would send it; and apart, the chunks a plain browser loads besides (the
 * workbook worker, which Excel never loads).
 */
export function measureTaskpaneBundle(root: string, outDir: string): BundleMeasurement {
  if (!existsSync(join(root, 'webpack.config.js'))) return { measured: false, reason: 'no webpack.config.js' };
  const buildDir = join(outDir, 'taskpane-build');
  rmSync(buildDir, { recursive: true, force: true });
  const build = spawnSync('npx', ['webpack', '--mode', 'production', '--env', `outDir=${buildDir}`], { cwd: root, encoding: 'utf8' });
  const page = join(buildDir, 'taskpane.html');
  if (build.status !== 0 || !existsSync(page)) {
    const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-5).join(' / ');
    return { measured: false, reason: `the production build failed: ${output}` };
  }
  const sources = initialScriptSources(readFileSync(page, 'utf8'));
  if (sources.length === 0) return { measured: false, reason: 'taskpane.html loads no script of its own' };
  const scripts = sources.map((src) => {
    const bytes = readFileSync(join(buildDir, src));
    return { file: src, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  });
  const sized = (file: string) => {
    const bytes = readFileSync(join(buildDir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  };
  const browserOnly = readdirSync(buildDir).filter((file) => file.endsWith('.chunk.js')).map(sized);
  return {
    measured: true,
    scripts,
    totalGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    browserOnly,
    browserOnlyGzipBytes: browserOnly.reduce((sum, script) => sum + script.gzipBytes, 0),
  };
}
