import type { RollupReport } from '../workbook/rollup-pipeline';
import { cliStrings } from './cli-strings';
import { issueLines } from './text-report';

const money = (value: number): string => (value > 0 ? `+${value}` : String(value));

/** The summary printed after a roll-up, in the run's language. */
export function rollupText(report: RollupReport, written: { file: string; sheets: string[] } | undefined): string {
  const strings = cliStrings(report.lang);
  const lines: string[] = [];
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  const warnings = report.issues.filter((issue) => issue.severity === 'warning');
  const result = report.ok ? report.result : undefined;
  if (!result) {
    lines.push(strings.errorsFound(errors.length));
    for (const issue of errors) lines.push(...issueLines(issue, report.lang));
  } else {
    const { employees } = result;
    lines.push(strings.rolledUp(report.period, employees.length, result.months.join(', ')));
    if (result.missingMonths.length > 0) lines.push(strings.notComputed(result.missingMonths.join(', ')));
    lines.push(strings.periodAverage(String(result.averageScore)));
    const grades = result.grades.map((grade) => `${grade} ${employees.filter((employee) => employee.grade === grade).length}`);
    lines.push(`${strings.grades}: ${grades.join(' · ')}`);
    const salary = employees.reduce((total, employee) => total + Math.round(employee.salaryAdjustmentTotal * 100), 0) / 100;
    const awards = employees.reduce((total, employee) => total + Math.round(employee.awardTotal * 100), 0) / 100;
    lines.push(strings.totals(money(salary), String(awards)));
    if (written) lines.push(strings.written(written.file, written.sheets.join(', ')));
  }
  if (warnings.length > 0) {
    lines.push(strings.warnings(warnings.length));
    for (const issue of warnings) lines.push(...issueLines(issue, report.lang));
  }
  return lines.join('\n');
}
