import { cellAddress } from './cell-address';
import { issueAt, type Issue } from './issues';
import type { ItemBasis, LineItem } from './results';

/** The KPI cell a derived code comes from, named in the issue so the supervisor sees both sides. */
function sourceField(basis: ItemBasis): string {
  if (basis.kind === 'kpiTop') return 'workload';
  if (basis.kind === 'noComplaints') return 'validComplaints';
  return 'examScore';
}

/**
 * SPEC §3.4: a code the KPI sheet derives for an employee and month must not also be entered
 * by hand (double counting). Only codes actually derived for that employee are errors; the
 * issue sits on the hand-entered row's code cell.
 */
export function derivedCodeIssues(entered: readonly LineItem[], derived: readonly LineItem[]): Issue[] {
  const derivedFrom = new Map<string, string>();
  for (const item of derived) {
    if (item.ref !== undefined) derivedFrom.set(`${item.employeeId}\u0000${item.code}`, cellAddress(item.ref, sourceField(item.basis)));
  }
  const issues: Issue[] = [];
  for (const item of entered) {
    const kpi = derivedFrom.get(`${item.employeeId}\u0000${item.code}`);
    if (kpi !== undefined && item.ref !== undefined) issues.push(issueAt('error', 'DERIVED_CODE_ENTERED', item.ref, 'code', { code: item.code, kpi }));
  }
  return issues;
}
