import { toUnits, fromUnits } from './decimal';
import { issueAt, type Issue } from './issues';
import type { Policy } from './policy';
import type { LineItem } from './results';

/**
 * SPEC §3.3: ADJ is −5 to +5 in total per employee per month. `items` are the counting ADJ
 * items in sheet order. When the month's total is out of range, the issue sits on the points
 * cell of the row whose running total first crosses that same bound: the row that tipped it.
 */
export function adjustmentRangeIssues(items: readonly LineItem[], policy: Policy): Issue[] {
  const byEmployee = new Map<string, LineItem[]>();
  for (const item of items) {
    const rows = byEmployee.get(item.employeeId);
    if (rows === undefined) byEmployee.set(item.employeeId, [item]);
    else rows.push(item);
  }

  const min = toUnits(policy.adjustment.min);
  const max = toUnits(policy.adjustment.max);
  const issues: Issue[] = [];
  for (const [employeeId, rows] of byEmployee) {
    const total = rows.reduce((sum, item) => sum + toUnits(item.points), 0);
    if (total >= min && total <= max) continue;
    const beyond = total > max ? (running: number) => running > max : (running: number) => running < min;
    let running = 0;
    const tipping = rows.find((item) => beyond((running += toUnits(item.points))));
    if (tipping?.ref === undefined) continue;
    const params = { id: employeeId, total: fromUnits(total), min: policy.adjustment.min, max: policy.adjustment.max };
    issues.push(issueAt('error', 'ADJ_OUT_OF_RANGE', tipping.ref, 'points', params));
  }
  return issues;
}
