/** Where the command line speaks: standard output for results, standard error for the rest. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processOutput: CliOutput = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};
