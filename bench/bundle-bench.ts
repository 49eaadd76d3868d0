import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
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
      /** What Excel loads besides, once Office.js says it is Excel: the Office.js adapter and the rules. */
      readonly excelOnly: readonly InitialScript[];
      readonly excelOnlyGzipBytes: number;
      /** What a plain browser loads besides: the workbook worker and its chunks (the package code and the rules). */
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

/** The script files of each named chunk group, as the build's chunk-groups.json lists them (webpack.config.js). */
export function chunkGroupFiles(manifest: string, group: string): string[] {
  const groups = JSON.parse(manifest) as Record<string, string[] | undefined>;
  return groups[group] ?? [];
}

/**
 * The task pane's JavaScript: a production build (into bench/out, so the project's dist/ is left
 * alone), then every script the taskpane page loads before it runs, gzipped as a web server would
 * send it; and apart, the chunks each mode loads besides: the Excel host's (never loaded in a
 * plain browser) and the workbook worker's (never loaded in Excel). A chunk both share counts in each.
 */
export function measureTaskpaneBundle(root: string, outDir: string): BundleMeasurement {
  if (!existsSync(join(root, 'webpack.config.js'))) return { measured: false, reason: 'no webpack.config.js' };
  const buildDir = join(outDir, 'taskpane-build');
  rmSync(buildDir, { recursive: true, force: true });
  const build = spawnSync('npx', ['webpack', '--mode', 'production', '--env', `outDir=${buildDir}`, '--env', 'chunkGroups'], { cwd: root, encoding: 'utf8' });
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
  const manifest = join(buildDir, 'chunk-groups.json');
  if (!existsSync(manifest)) return { measured: false, reason: 'the build wrote no chunk-groups.json' };
  const groupFiles = (group: string) => chunkGroupFiles(readFileSync(manifest, 'utf8'), group).filter((file) => !sources.includes(file));
  const excelOnly = groupFiles('excel-host').map(sized);
  const browserOnly = groupFiles('workbook-worker').map(sized);
  const gzipped = (files: readonly InitialScript[]) => files.reduce((sum, script) => sum + script.gzipBytes, 0);
  return {
    measured: true,
    scripts,
    totalGzipBytes: gzipped(scripts),
    excelOnly,
    excelOnlyGzipBytes: gzipped(excelOnly),
    browserOnly,
    browserOnlyGzipBytes: gzipped(browserOnly),
  };
}
