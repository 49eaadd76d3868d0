import { isMonth, type Month } from '../engine/calendar';
import { isPeriod, type Period } from '../engine/period';
import { isLang, type Lang } from '../i18n/lang';

/** The command line of SPEC §6, parsed. */
export type Command =
  | {
      readonly kind: 'compute';
      readonly file: string;
      readonly month: Month;
      readonly out?: string;
      readonly lang?: Lang;
      readonly json: boolean;
      readonly dryRun: boolean;
    }
  | { readonly kind: 'rollup'; readonly file: string; readonly period: Period; readonly out?: string; readonly lang?: Lang; readonly json: boolean }
  | { readonly kind: 'init'; readonly file: string; readonly lang: Lang; readonly schedule?: Month }
  | { readonly kind: 'demo'; readonly dir?: string; readonly lang: Lang }
  | { readonly kind: 'help' };

export type ParsedArgs = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly problem: string };

interface Options {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

const valueFlags = new Set(['--month', '--period', '--out', '--lang', '--dir', '--schedule']);
const booleanFlags = new Set(['--json', '--dry-run', '--help', '-h']);

function splitOptions(argv: readonly string[]): Options | string {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (valueFlags.has(name)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return `${name} needs a value`;
      flags.set(name, value);
    } else if (booleanFlags.has(arg)) {
      flags.set(arg, true);
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

function langOption(flags: Options['flags']): Lang | undefined | string {
  const value = flags.get('--lang');
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isLang(value)) return value;
  return '--lang must be zh or en';
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') return { ok: true, command: { kind: 'help' } };
  const options = splitOptions(rest);
  if (typeof options === 'string') return { ok: false, problem: options };
  if (options.flags.has('--help') || options.flags.has('-h')) return { ok: true, command: { kind: 'help' } };
  const lang = langOption(options.flags);
  if (typeof lang === 'string' && !isLang(lang)) return { ok: false, problem: lang };
  const allowed = (names: string[]): string | undefined =>
    [...options.flags.keys()].find((flag) => !names.includes(flag));

  switch (verb) {
    case 'compute': {
      const extra = allowed(['--month', '--out', '--lang', '--json', '--dry-run']);
      if (extra) return { ok: false, problem: `compute does not take ${extra}` };
      if (options.positional.length !== 1) return { ok: false, problem: 'compute takes one FILE.xlsx' };
      const month = options.flags.get('--month');
      if (typeof month !== 'string') return { ok: false, problem: 'compute needs --month YYYY-MM' };
      if (!isMonth(month)) return { ok: false, problem: `--month must be YYYY-MM, not ${month}` };
      const out = options.flags.get('--out');
      if (out !== undefined && options.flags.has('--dry-run')) return { ok: false, problem: '--dry-run writes nothing, so it takes no --out' };
      return {
        ok: true,
        command: {
          kind: 'compute',
          file: options.positional[0],
          month,
          out: typeof out === 'string' ? out : undefined,
          lang,
          json: options.flags.has('--json'),
          dryRun: options.flags.has('--dry-run'),
        },
      };
    }
    case 'rollup': {
      const extra = allowed(['--period', '--out', '--lang', '--json']);
      if (extra) return { ok: false, problem: `rollup does not take ${extra}` };
      if (options.positional.length !== 1) return { ok: false, problem: 'rollup takes one FILE.xlsx' };
      const period = options.flags.get('--period');
      if (typeof period !== 'string') return { ok: false, problem: 'rollup needs --period YYYY-Qn or YYYY' };
      if (!isPeriod(period)) return { ok: false, problem: `--period must be YYYY-Qn (a quarter) or YYYY (a year), not ${period}` };
      const out = options.flags.get('--out');
      return {
        ok: true,
        command: { kind: 'rollup', file: options.positional[0], period, out: typeof out === 'string' ? out : undefined, lang, json: options.flags.has('--json') },
      };
    }
    case 'init': {
      const extra = allowed(['--lang', '--schedule']);
      if (extra) return { ok: false, problem: `init does not take ${extra}` };
      if (options.positional.length !== 1) return { ok: false, problem: 'init takes one FILE.xlsx' };
      const schedule = options.flags.get('--schedule');
      if (typeof schedule === 'string' && !isMonth(schedule)) return { ok: false, problem: `--schedule must be YYYY-MM, not ${schedule}` };
      const init = { kind: 'init' as const, file: options.positional[0], lang: lang ?? 'zh' };
      return { ok: true, command: typeof schedule === 'string' ? { ...init, schedule } : init };
    }
    case 'demo': {
      const extra = allowed(['--dir', '--lang']);
      if (extra) return { ok: false, problem: `demo does not take ${extra}` };
      if (options.positional.length > 0) return { ok: false, problem: 'demo takes no file' };
      const dir = options.flags.get('--dir');
      return { ok: true, command: { kind: 'demo', dir: typeof dir === 'string' ? dir : undefined, lang: lang ?? 'zh' } };
    }
    default:
      return { ok: false, problem: `unknown command ${verb}` };
  }
}

export const usage = `Usage / 用法:
  scorecard init FILE.xlsx [--lang zh|en] [--schedule YYYY-MM]
      A new workbook with the input sheets, their headers and the policy sheets; with
      --schedule, also the Punches sheet and that month's Schedule, for a time clock.
      新建工作簿:输入表(含表头)与政策参数表;加 --schedule 时另建打卡表和该月排班表(考勤机)。
  scorecard compute FILE.xlsx --month YYYY-MM [--out OUT.xlsx] [--lang zh|en] [--json]
      Compute the month and write its tabs into FILE (or into OUT, leaving FILE untouched).
      计算当月考核,把结果页写入 FILE(或写入 OUT,FILE 保持不变)。
  scorecard compute FILE.xlsx --month YYYY-MM --dry-run [--lang zh|en] [--json]
      Compute and show the result and what changed against the month's results; write nothing.
      预览:计算并显示结果及与原结果相比的变动,不写入任何内容。
  scorecard rollup FILE.xlsx --period YYYY-Qn|YYYY [--out OUT.xlsx] [--lang zh|en] [--json]
      Sum up a quarter (2026-Q4) or a year (2026) from the months computed, as its own tab.
      季度或年度汇总:根据已计算的月份生成汇总页(如 2026-Q4 或 2026)。
  scorecard demo [--dir DIR] [--lang zh|en]
      Build a sample workbook, compute it, and say where the result is.
      生成示例工作簿并计算,给出结果文件位置。

Exit codes / 退出码: 0 done 完成 · 1 errors in the data, nothing written 数据有错误,未写入 · 2 bad usage or unreadable file 用法错误或文件无法读写`;
