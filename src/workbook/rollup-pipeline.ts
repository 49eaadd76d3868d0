import { monthTotals } from '../engine/changes';
import { hasErrors, type Issue } from '../engine/issues';
import { periodMonths, type Period } from '../engine/period';
import type { Policy } from '../engine/policy';
import { rollupPeriod, type PeriodResult } from '../engine/rollup';
import type { Lang } from '../i18n/lang';
import { logLabels } from '../i18n/log-labels';
import { fingerprintOf } from './fingerprint';
import type { WorkbookGrids } from './grid';
import { readHistory } from './history/read-history';
import { inWorkbookOrder } from './issue-order';
import { periodSheet } from './layout/period-sheet';
import { existingNames, periodSheetName } from './layout/sheet-names';
import { logSheet } from './log/log-sheet';
import { readLog } from './log/read-log';
import { readPolicy } from './policy/read-policy';
import { findSheet } from './read/find-sheet';
import { readEmployees } from './read/read-employees';
import { readShifts } from './read/read-shifts';
import { workbookLanguage } from './read/read-input-sheets';
import { inputSheet } from './schema';
import type { WritePlan } from './sheet-spec';

export interface RollupOptions {
  readonly period: Period;
  /** Sheet name and headers of the tab; default: the language of the input sheets' names. */
  readonly lang?: Lang;
  readonly generatedAt: Date;
}

/** Everything one roll-up produced. `plan` is present only when there are no errors. */
export interface RollupReport {
  readonly ok: boolean;
  readonly period: Period;
  readonly lang: Lang;
  readonly issues: readonly Issue[];
  readonly result?: PeriodResult;
  readonly plan?: WritePlan;
}

/**
 * Teams for the employees whose history rows did not keep one (written before it was kept):
 * the Employees sheet's, when it can be read; its problems are a compute's business, not this.
 */
function withTeams(result: PeriodResult, grids: WorkbookGrids): PeriodResult {
  if (result.employees.every((employee) => employee.team !== undefined)) return result;
  const found = findSheet(grids, inputSheet('employees'));
  if (!found) return result;
  const teams = new Map(readEmployees(found.grid, []).records.map((employee) => [employee.id, employee.team]));
  return { ...result, employees: result.employees.map((employee) => (employee.team !== undefined ? employee : { ...employee, team: teams.get(employee.id) })) };
}

/**
 * The policy as a compute holds it, the Shifts sheet's shifts included (pipeline.ts), so that
 * the log's policy fingerprints of computes and roll-ups compare. The shifts' problems are a
 * compute's to report; a roll-up does not use them.
 */
function withShifts(policy: Policy, grids: WorkbookGrids): Policy {
  const found = findSheet(grids, inputSheet('shifts'));
  if (!found) return policy;
  const shifts = readShifts(found.grid, []);
  return shifts.rowCount > 0 && shifts.records.length > 0 ? { ...policy, shifts: shifts.records } : policy;
}

/**
 * Sum up a quarter or a year from the workbook's history (SPEC §4.2), laid out as its tab,
 * with a row for the compute log (§4.3). Nothing here writes.
 */
export function rollupWorkbook(grids: WorkbookGrids, options: RollupOptions): RollupReport {
  const { period } = options;
  const lang = options.lang ?? workbookLanguage(grids);
  const sheetOrder = grids.sheets.map((sheet) => sheet.name);
  const policyRead = readPolicy(grids);
  const policy = withShifts(policyRead.policy, grids);
  const history = readHistory(grids);
  const readIssues = [...policyRead.issues, ...history.issues];
  const outcome = rollupPeriod({ period, history: history.rows, policy });
  if (!outcome.ok || hasErrors(readIssues)) {
    const issues = [...readIssues, ...(outcome.ok ? outcome.result.warnings : outcome.issues)];
    return { ok: false, period, lang, issues: inWorkbookOrder(issues, sheetOrder) };
  }
  const result = withTeams(outcome.result, grids);
  const log = readLog(grids);
  const issues = inWorkbookOrder([...readIssues, ...result.warnings, ...(log?.issues ?? [])], sheetOrder);
  const months = new Set(periodMonths(period));
  const rows = history.rows.filter((row) => months.has(row.month));
  const totals = monthTotals(rows);
  const logLang = log?.lang ?? lang;
  const tab = periodSheet(result, { lang, generatedAt: options.generatedAt, existingSheets: sheetOrder });
  const logged = logSheet(
    log,
    {
      at: options.generatedAt,
      action: 'rollup',
      target: period,
      lang,
      employees: result.employees.length,
      salaryTotal: totals.salaryAdjustment,
      awardTotal: totals.award,
      // The months' rows the tab was made from, in a fixed order: the same history gives the same fingerprint.
      inputFingerprint: fingerprintOf(rows.map((row) => [row.month, row.employeeId, row.score, row.grade, row.rank, row.salaryAdjustment, row.award, row.flags ?? null])),
      policyFingerprint: fingerprintOf(policy),
      changes: logLabels(logLang).rollupMonths(result.months, result.missingMonths),
    },
    logLang,
  );
  const other = periodSheetOther(period, lang, sheetOrder);
  return { ok: true, period, lang, issues, result, plan: { sheets: [logged, tab], remove: other, activate: tab.name } };
}


/** The period's tab in the other language, replaced by this one, as a month's tabs are. */
function periodSheetOther(period: Period, lang: Lang, existing: readonly string[]): string[] {
  return existingNames(existing, [periodSheetName(period, lang === 'zh' ? 'en' : 'zh')]);
}
