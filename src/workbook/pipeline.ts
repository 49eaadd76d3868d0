import { monthIndex, previousMonth, type Month } from '../engine/calendar';
import { computeMonth } from '../engine/compute-month';
import { hasErrors, monthIssue, type Issue } from '../engine/issues';
import type { Policy } from '../engine/policy';
import type { HistoryRow } from '../engine/records';
import type { Lang } from '../i18n/lang';
import type { WorkbookGrids } from './grid';
import { readHistory } from './history/read-history';
import { inWorkbookOrder } from './issue-order';
import { monthFingerprints, type MonthFingerprints } from './month-fingerprint';
import { changesBetween, monthTotals } from '../engine/changes';
import { changesInWords } from './log/log-entry';
import { logSheet } from './log/log-sheet';
import { readLog } from './log/read-log';
import { monthPlan } from './layout/month-plan';
import { templatePlan } from './layout/template-plan';
import { detailsSheetName, existingNames, scorecardSheetName } from './layout/sheet-names';
import type { ComputeOptions, ComputeReport, LayoutContext } from './pipeline-types';
import type { WritePlan } from './sheet-spec';
import { readPolicy } from './policy/read-policy';
import { readInputSheets, type InputRead } from './read/read-input-sheets';
import { employeesOfMonth } from './read/employees-of-month';
import { isScheduleSheet } from './read/read-schedule';
import { inputSheets, type InputSheetKey } from './schema';

/** Everything read from a workbook for one month, before any rule runs. */
interface MonthData {
  readonly input: InputRead;
  readonly policy: Policy;
  readonly history: ReturnType<typeof readHistory>;
  readonly issues: Issue[];
  readonly fingerprints: MonthFingerprints;
}

function readMonth(grids: WorkbookGrids, month: Month): MonthData {
  const input = readInputSheets(grids, month);
  const policyRead = readPolicy(grids);
  const history = readHistory(grids);
  const policy: Policy = input.shifts && input.shifts.length > 0 ? { ...policyRead.policy, shifts: input.shifts } : policyRead.policy;
  return {
    input,
    policy,
    history,
    issues: [...input.issues, ...policyRead.issues, ...history.issues],
    fingerprints: monthFingerprints(input, policy),
  };
}

/**
 * An employee row that could not be read is already reported at its cell; the rows that name
 * that employee elsewhere are not unknown employees, only echoes of that one problem.
 */
function withoutEchoes(issues: readonly Issue[], unreadableIds: readonly string[]): Issue[] {
  if (unreadableIds.length === 0) return [...issues];
  const unreadable = new Set(unreadableIds);
  return issues.filter((issue) => !((issue.code === 'UNKNOWN_EMPLOYEE' || issue.code === 'UNKNOWN_PUNCH_ID') && unreadable.has(issue.params.id)));
}

/** A missing sheet or column makes every later rule speak of symptoms, not causes: stop there. */
function structureBroken(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error' && (issue.code === 'MISSING_SHEET' || issue.code === 'MISSING_COLUMN'));
}

function laterMonthsWarning(history: readonly HistoryRow[], month: Month): Issue[] {
  const later = [...new Set(history.map((row) => row.month))].filter((other) => monthIndex(other) > monthIndex(month)).sort();
  return later.length > 0 ? [monthIssue('warning', 'LATER_MONTHS_COMPUTED', { months: later.join(', ') })] : [];
}

/** Read, check, compute and lay out one month (SPEC §3–§5). Nothing here writes. */
export function computeWorkbook(grids: WorkbookGrids, options: ComputeOptions): ComputeReport {
  const { month } = options;
  const data = readMonth(grids, month);
  const lang: Lang = options.lang ?? data.input.language;
  const sheetOrder = grids.sheets.map((sheet) => sheet.name);
  const before = data.history.rows.filter((row) => row.month === month);
  const base = { month, lang, counts: data.input.counts, recompute: before.length > 0, changes: [] };
  if (structureBroken(data.issues)) {
    return { ...base, ok: false, issues: inWorkbookOrder(data.issues, sheetOrder) };
  }
  const otherHistory = data.history.rows.filter((row) => row.month !== month);
  const outcome = computeMonth({
    month,
    policy: data.policy,
    employees: data.input.employees,
    attendance: data.input.attendance,
    entries: data.input.entries,
    kpi: data.input.kpi,
    history: otherHistory,
    punches: data.input.punches,
    schedule: data.input.schedule,
  });
  const monthWide = laterMonthsWarning(otherHistory, month);
  if (!outcome.ok || hasErrors(data.issues)) {
    const engineIssues = withoutEchoes(outcome.ok ? outcome.result.warnings : outcome.issues, data.input.unreadableEmployeeIds);
    return { ...base, ok: false, issues: inWorkbookOrder([...monthWide, ...data.issues, ...engineIssues], sheetOrder) };
  }
  const log = readLog(grids);
  const issues = inWorkbookOrder([...monthWide, ...data.issues, ...outcome.result.warnings, ...(log?.issues ?? [])], sheetOrder);
  const { result } = outcome;
  const changes = changesBetween(before, result.history);
  const after = monthTotals(result.history);
  const logLang = log?.lang ?? lang;
  const logged = logSheet(
    log,
    {
      at: options.generatedAt,
      action: before.length > 0 ? 'recompute' : 'compute',
      target: month,
      lang,
      employees: after.employees,
      salaryTotal: after.salaryAdjustment,
      awardTotal: after.award,
      inputFingerprint: data.fingerprints.input,
      policyFingerprint: data.fingerprints.policy,
      changes: changesInWords(changes, before.length > 0, logLang),
    },
    logLang,
  );
  const context: LayoutContext = {
    lang,
    generatedAt: options.generatedAt,
    counts: data.input.counts,
    sheetNames: data.input.sheetNames,
    otherHistory,
    fingerprint: data.fingerprints.month,
    existingSheets: sheetOrder,
    daysFromPunches: outcome.result.daysFromPunches,
  };
  const plan = monthPlan(result, context, data.history, logged);
  return {
    ...base,
    ok: true,
    issues,
    result,
    plan,
    changes,
    totals: { ...(before.length > 0 ? { before: monthTotals(before) } : {}), after },
  };
}

/** What the task pane shows before computing: the sheets found, this month's tabs, staleness. */
export interface WorkbookInspection {
  readonly sheets: readonly { readonly key: InputSheetKey; readonly name?: string; readonly required: boolean; readonly monthRows: number }[];
  readonly missingRequired: readonly InputSheetKey[];
  /** This month's generated tabs, in either language. */
  readonly existingTabs: readonly string[];
  readonly computedAt?: string;
  /** The month was computed, and its input rows or policy changed since. */
  readonly outOfDate: boolean;
  readonly previousMonthComputed: boolean;
  readonly language: Lang;
  /** The workbook keeps a Punches sheet or a schedule, for this month or any other (SPEC §2.1). */
  readonly usesTimeClock?: boolean;
}

/** This month's generated tabs the workbook has, in either language: by sheet names alone, no cell read. */
export function monthTabs(grids: WorkbookGrids, month: Month): string[] {
  const tabNames = (['zh', 'en'] as const).flatMap((lang) => [scorecardSheetName(month, lang), detailsSheetName(month, lang)]);
  return existingNames(grids.sheets.map((sheet) => sheet.name), tabNames);
}

export function inspectWorkbook(grids: WorkbookGrids, month: Month): WorkbookInspection {
  const data = readMonth(grids, month);
  const counts = data.input.counts as unknown as Record<string, number>;
  const sheets = inputSheets
    .filter((definition) => definition.key !== 'shifts')
    // With a schedule for the month, Attendance holds only the exceptions (SPEC §2).
    .map((definition) => (definition.key === 'attendance' && data.input.sheetNames.schedule !== undefined ? { ...definition, required: false } : definition))
    .map((definition) => ({
      key: definition.key,
      name: data.input.sheetNames[definition.key],
      required: definition.required,
      monthRows: counts[definition.key] ?? 0,
    }));
  const storedFingerprint = data.history.fingerprints[month];
  const fingerprint = data.fingerprints.month;
  return {
    sheets,
    missingRequired: sheets.filter((sheet) => sheet.required && sheet.name === undefined).map((sheet) => sheet.key),
    existingTabs: monthTabs(grids, month),
    computedAt: data.history.computedAt[month],
    outOfDate: storedFingerprint !== undefined && storedFingerprint !== fingerprint,
    previousMonthComputed: data.history.rows.some((row) => row.month === previousMonth(month)),
    language: data.input.language,
    usesTimeClock: data.input.sheetNames.punches !== undefined || grids.sheets.some((sheet) => isScheduleSheet(sheet.name)),
  };
}

/**
 * The input and policy sheets a workbook lacks, in `lang`; existing sheets are never named.
 * With `timeClockMonth`, also the Punches sheet and that month's schedule, with a row for each
 * employee of the month the Employees sheet can tell (SPEC §2.1).
 */
export function templateWritePlan(grids: WorkbookGrids, lang: Lang, timeClockMonth?: Month): WritePlan {
  const names = grids.sheets.map((sheet) => sheet.name);
  if (timeClockMonth === undefined) return templatePlan(lang, names);
  return templatePlan(lang, names, { month: timeClockMonth, people: employeesOfMonth(grids, timeClockMonth) });
}
