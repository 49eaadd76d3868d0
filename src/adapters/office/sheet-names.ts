/** Why Excel would refuse `name` for a sheet, or undefined when it accepts it. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'blank';
  if (name.length > 31) return 'longer than 31 characters';
  if (/[[\]:*?/\\]/.test(name)) return 'contains one of [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'")) return 'starts or ends with an apostrophe';
  if (name.toLowerCase() === 'history') return 'reserved by Excel';
  return undefined;
}

/**
 * Checks a plan's sheet names before anything is written: renaming the new tabs is the last
 * step of a write, and a name Excel refuses there would fail the write after the old tabs are
 * set aside. Returns every problem, not the first.
 */
export function planNameProblems(names: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const problem = sheetNameProblem(name);
    if (problem) problems.push(`"${name}": ${problem}`);
    const key = name.toLowerCase();
    if (seen.has(key)) problems.push(`"${name}": named twice`);
    seen.add(key);
  }
  return problems;
}
