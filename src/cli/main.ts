import { FileError } from './file-error';
import type { Lang } from '../i18n/lang';
import { parseArgs, usage } from './args';
import { cliStrings } from './cli-strings';
import { runCompute } from './compute-command';
import { runDemo } from './demo-command';
import { runInit } from './init-command';
import { runRollup } from './rollup-command';
import { processOutput, type CliOutput } from './output';

/** The `scorecard` command (SPEC §6). Resolves to the exit code. */
export async function main(argv: readonly string[], output: CliOutput = processOutput): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    output.stderr(`${cliStrings('zh').badUsage(parsed.problem)}\n${cliStrings('en').badUsage(parsed.problem)}\n\n${usage}`);
    return 2;
  }
  const { command } = parsed;
  const lang: Lang = command.kind === 'help' ? 'en' : (command.lang ?? 'zh');
  try {
    switch (command.kind) {
      case 'help':
        output.stdout(usage);
        return 0;
      case 'compute':
        return await runCompute(command, output);
      case 'rollup':
        return await runRollup(command, output);
      case 'init':
        return await runInit(command, output);
      case 'demo':
        return await runDemo(command, output);
    }
  } catch (error) {
    if (error instanceof FileError) {
      output.stderr(lang === 'zh' ? `${error.text('zh')}\n${error.text('en')}` : `${error.text('en')}\n${error.text('zh')}`);
      return 2;
    }
    // Never exit 1 for a fault of the program: 1 means "errors in the data". Nothing was written,
    // since every write goes through a temporary file renamed only at the end.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    output.stderr(`${cliStrings('zh').unexpected}\n${cliStrings('en').unexpected}\n${detail}`);
    return 2;
  }
}
