import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads a compute command with every option', () => {
    expect(parseArgs(['compute', 'team.xlsx', '--month', '2026-11', '--out', 'out.xlsx', '--lang', 'en', '--json'])).toEqual({
      ok: true,
      command: { kind: 'compute', file: 'team.xlsx', month: '2026-11', out: 'out.xlsx', lang: 'en', json: true, dryRun: false },
    });
  });

  it('accepts --name=value spelling', () => {
    const parsed = parseArgs(['compute', 'team.xlsx', '--month=2026-01']);
    expect(parsed.ok && parsed.command.kind === 'compute' && parsed.command.month).toBe('2026-01');
  });

  it('rejects a month that is not YYYY-MM', () => {
    expect(parseArgs(['compute', 'team.xlsx', '--month', '2026-13'])).toMatchObject({ ok: false });
    expect(parseArgs(['compute', 'team.xlsx', '--month', '2026-1'])).toMatchObject({ ok: false });
  });

  it('rejects compute without a month or a file', () => {
    expect(parseArgs(['compute', 'team.xlsx'])).toMatchObject({ ok: false });
    expect(parseArgs(['compute', '--month', '2026-11'])).toMatchObject({ ok: false });
  });

  it('rejects an unknown language, option or command', () => {
    expect(parseArgs(['init', 'a.xlsx', '--lang', 'fr'])).toMatchObject({ ok: false });
    expect(parseArgs(['compute', 'a.xlsx', '--month', '2026-11', '--fast'])).toMatchObject({ ok: false });
    expect(parseArgs(['launch'])).toMatchObject({ ok: false });
  });

  it('defaults init and demo to Chinese', () => {
    expect(parseArgs(['init', 'a.xlsx'])).toEqual({ ok: true, command: { kind: 'init', file: 'a.xlsx', lang: 'zh' } });
    expect(parseArgs(['demo'])).toEqual({ ok: true, command: { kind: 'demo', dir: undefined, lang: 'zh' } });
  });

  it('reads init --schedule YYYY-MM, the month of the time clock’s schedule', () => {
    expect(parseArgs(['init', 'a.xlsx', '--schedule', '2026-12'])).toEqual({ ok: true, command: { kind: 'init', file: 'a.xlsx', lang: 'zh', schedule: '2026-12' } });
    expect(parseArgs(['init', 'a.xlsx', '--schedule', '2026-13'])).toMatchObject({ ok: false });
    expect(parseArgs(['compute', 'a.xlsx', '--month', '2026-11', '--schedule', '2026-11'])).toMatchObject({ ok: false });
  });

  it('leaves the compute language to the workbook when --lang is absent', () => {
    const parsed = parseArgs(['compute', 'a.xlsx', '--month', '2026-11']);
    expect(parsed.ok && parsed.command.kind === 'compute' && parsed.command.lang).toBeUndefined();
  });

  it('reads a dry run, which takes no --out', () => {
    const parsed = parseArgs(['compute', 'team.xlsx', '--month', '2026-11', '--dry-run', '--json']);
    expect(parsed.ok && parsed.command.kind === 'compute' && parsed.command.dryRun).toBe(true);
    expect(parseArgs(['compute', 'team.xlsx', '--month', '2026-11', '--dry-run', '--out', 'x.xlsx'])).toMatchObject({ ok: false });
  });

  it('reads a rollup of a quarter or a year with every option', () => {
    expect(parseArgs(['rollup', 'team.xlsx', '--period', '2026-Q4', '--out', 'out.xlsx', '--lang', 'zh', '--json'])).toEqual({
      ok: true,
      command: { kind: 'rollup', file: 'team.xlsx', period: '2026-Q4', out: 'out.xlsx', lang: 'zh', json: true },
    });
    expect(parseArgs(['rollup', 'team.xlsx', '--period=2026'])).toEqual({
      ok: true,
      command: { kind: 'rollup', file: 'team.xlsx', period: '2026', out: undefined, lang: undefined, json: false },
    });
  });

  it('rejects a rollup without a period, with a month for a period, or with --month or --dry-run', () => {
    for (const argv of [
      ['rollup', 'team.xlsx'],
      ['rollup', 'team.xlsx', '--period', '2026-11'],
      ['rollup', 'team.xlsx', '--period', '2026-Q5'],
      ['rollup', 'team.xlsx', '--period', '2026-Q4', '--month', '2026-11'],
      ['rollup', 'team.xlsx', '--period', '2026-Q4', '--dry-run'],
      ['rollup', '--period', '2026-Q4'],
    ]) {
      expect(parseArgs(argv)).toMatchObject({ ok: false });
    }
  });

  it('shows help with no arguments', () => {
    expect(parseArgs([])).toEqual({ ok: true, command: { kind: 'help' } });
  });
});
