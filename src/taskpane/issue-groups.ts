import type { Issue, Severity } from '../engine/issues';

export interface IssueGroup {
  /** The sheet's name in the workbook; undefined for issues about the month as a whole. */
  readonly sheet?: string;
  readonly issues: readonly Issue[];
}

/**
 * Issues of one severity grouped by sheet, sheets in the order their first issue came (the
 * pipeline reports in sheet and row order), issues about the whole month last.
 */
export function groupBySheet(issues: readonly Issue[], severity: Severity): readonly IssueGroup[] {
  const groups = new Map<string | undefined, Issue[]>();
  for (const issue of issues) {
    if (issue.severity !== severity) continue;
    const group = groups.get(issue.sheet) ?? [];
    group.push(issue);
    groups.set(issue.sheet, group);
  }
  const sheets = [...groups.keys()].filter((sheet): sheet is string => sheet !== undefined);
  const ordered: IssueGroup[] = sheets.map((sheet) => ({ sheet, issues: groups.get(sheet) ?? [] }));
  const monthWide = groups.get(undefined);
  if (monthWide) ordered.push({ issues: monthWide });
  return ordered;
}
