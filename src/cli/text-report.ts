import type { Issue } from '../engine/issues';
import { issueLocation, issueMessages } from '../i18n/issue-messages';
import type { Lang } from '../i18n/lang';
import type { ComputeReport } from '../workbook/pipeline-types';
import { employeeWords } from '../workbook/log/log-entry';
import { cliStrings } from './cli-strings';

/** One issue as two lines a person can act on: where and what, in both languages. */
export function issueLines(issue: Issue, lang: Lang): string[] {
  const messages = issueMessages(issue);
  const where = issueLocation(issue) || '—';
  const [first, second] = lang === 'zh' ? [messages.zh, messages.en] : [messages.en, messages.zh];
  return [`  ${where}  [${issue.code}] ${first}`, `  ${' '.repeat(where.length)}  ${second}`];
}

const money = (value: number): string => (value > 0 ? `+${value}` : String(value));

/** What a recompute changed (SPEC §4.3): the totals before and after, then each employee. */
function changeLines(report: ComputeReport): string[] {
  const strings = cliStrings(report.lang);
  const { before, after } = report.totals ?? {};
  if (!report.recompute || !before || !after) return [];
  const lines = [strings.totalsChange(money(before.salaryAdjustment), money(after.salaryAdjustment), String(before.award), String(after.award))];
  if (report.changes.length === 0) return [...lines, strings.noChanges];
  lines.push(strings.changesHeading(report.changes.length));
  for (const change of report.changes) lines.push(`  ${employeeWords(change, report.lang)}`);
  return lines;
}

/** The summary printed after a compute, in the run's language. */
export function reportText(report: ComputeReport, written: { file: string; sheets: string[] } | undefined, preview = false): string {
  const strings = cliStrings(report.lang);
  const lines: string[] = [];
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  const warnings = report.issues.filter((issue) => issue.severity === 'warning');
  if (!report.ok || !report.result) {
    lines.push(strings.errorsFound(errors.length));
    for (const issue of errors) lines.push(...issueLines(issue, report.lang));
  } else {
    const employees = report.result.employees;
    lines.push(strings.computed(report.month, employees.length));
    const grades = new Map<string, number>();
    for (const employee of employees) grades.set(employee.grade, (grades.get(employee.grade) ?? 0) + 1);
    const distribution = [...grades.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([grade, count]) => `${grade} ${count}`);
    lines.push(`${strings.grades}: ${distribution.join(' · ')}`);
    lines.push(strings.flagged(employees.filter((employee) => employee.flags.length > 0).length));
    const salary = employees.reduce((total, employee) => total + Math.round(employee.salaryAdjustment * 100), 0) / 100;
    const awards = employees.reduce((total, employee) => total + Math.round(employee.award * 100), 0) / 100;
    lines.push(strings.totals(money(salary), String(awards)));
    lines.push(...changeLines(report));
    if (written) lines.push(strings.written(written.file, written.sheets.join(', ')));
    if (preview) lines.push(strings.preview);
  }
  if (warnings.length > 0) {
    lines.push(strings.warnings(warnings.length));
    for (const issue of warnings) lines.push(...issueLines(issue, report.lang));
  }
  return lines.join('\n');
}
