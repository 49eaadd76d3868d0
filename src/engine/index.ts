/** The rules engine's public surface: compute a month, plus the rules other layers show or reuse. */
export { computeMonth } from './compute-month';
export { gradeFor } from './grade';
export { salaryAdjustmentFor, isProbation } from './salary';
export { isEmployedInMonth, isEmployedOn, serviceMonth } from './employment';
export { compareEmployeeIds } from './employee-id';
export { cellAddress } from './cell-address';
export { defaultPolicy, defaultCatalog } from './default-policy';
export { RuleCode, catalogEntry } from './policy';
export type { Policy, CatalogEntry, Category, GradeBand, LatenessTier, ShiftDefinition, LocalText } from './policy';
export type { Issue, IssueCode, IssueParams, Severity } from './issues';
export type { AttendanceRow, Clock, Employee, EntryRow, HistoryRow, KpiRow, PunchRow, Role, RowRef, ScheduleRow } from './records';
export { PunchLog, PunchLogBuilder } from './punch-log';
export type { ComputeOutcome, EmployeeResult, Flag, LineItem, MonthInput, MonthResult } from './results';
