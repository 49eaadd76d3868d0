import type { ChangedValues, EmployeeChange } from '../engine/changes';
import type { Lang } from './lang';

/** The compute log's columns (SPEC §4.3), in the order a new log has them. */
export type LogColumn =
  | 'time'
  | 'action'
  | 'target'
  | 'language'
  | 'employees'
  | 'salaryTotal'
  | 'awardTotal'
  | 'inputFingerprint'
  | 'policyFingerprint'
  | 'changes';

export type LogAction = 'compute' | 'recompute' | 'rollup';

/** A value before and after, as the changes say it. */
export type ChangeField = keyof ChangedValues;

/** Every word of the compute log, in both languages (typed: none may be missing). */
export interface LogLabels {
  readonly sheet: string;
  readonly title: string;
  readonly note: string;
  readonly columns: Readonly<Record<LogColumn, string>>;
  readonly actions: Readonly<Record<LogAction, string>>;
  readonly languages: Readonly<Record<Lang, string>>;
  readonly footer: string;
  /** The changes of a first compute: nothing to compare with. */
  readonly firstCompute: string;
  readonly noChanges: string;
  /** `count` employees changed, then the list. */
  readonly changed: (count: number, list: string) => string;
  readonly more: (count: number) => string;
  readonly fields: Readonly<Record<ChangeField, string>>;
  readonly added: string;
  readonly removed: string;
  readonly employee: (change: EmployeeChange, parts: readonly string[]) => string;
  readonly entrySeparator: string;
  /** What a roll-up took in: its months and those not computed. */
  readonly rollupMonths: (months: readonly string[], missing: readonly string[]) => string;
}

export const logLabelsZh: LogLabels = {
  sheet: '考核日志',
  title: '考核日志',
  note: '每次写入工作簿的计算或汇总追加一行;已有的行从不改动。',
  columns: {
    time: '时间',
    action: '操作',
    target: '月份或期间',
    language: '语言',
    employees: '人数',
    salaryTotal: '工资浮动\n合计',
    awardTotal: '特别奖\n合计',
    inputFingerprint: '数据指纹',
    policyFingerprint: '规则指纹',
    changes: '变动',
  },
  actions: { compute: '计算', recompute: '重新计算', rollup: '汇总' },
  languages: { zh: '中文', en: '英文' },
  footer: '考核日志 · 第 &P 页,共 &N 页',
  firstCompute: '首次计算',
  noChanges: '无变动',
  changed: (count, list) => `${count} 人变动:${list}`,
  more: (count) => `……另有 ${count} 人`,
  fields: { score: '考核分', grade: '等级', rank: '排名', salaryAdjustment: '工资浮动', award: '特别奖' },
  added: '新增',
  removed: '移除',
  employee: (change, parts) => `${change.id} ${change.name}(${parts.join(',')})`,
  entrySeparator: ';',
  rollupMonths: (months, missing) => `月份:${months.join('、')}${missing.length === 0 ? '' : `;未计算:${missing.join('、')}`}`,
};

export const logLabelsEn: LogLabels = {
  sheet: 'Compute log',
  title: 'Compute log',
  note: 'One row is added for each compute or summary that writes to the workbook; rows already here are never changed.',
  columns: {
    time: 'Time',
    action: 'Action',
    target: 'Month or\nperiod',
    language: 'Language',
    employees: 'Employees',
    salaryTotal: 'Salary\nadjustments',
    awardTotal: 'Awards',
    inputFingerprint: 'Input\nfingerprint',
    policyFingerprint: 'Policy\nfingerprint',
    changes: 'Changes',
  },
  actions: { compute: 'Compute', recompute: 'Recompute', rollup: 'Summary' },
  languages: { zh: 'Chinese', en: 'English' },
  footer: 'Compute log · Page &P of &N',
  firstCompute: 'First compute',
  noChanges: 'No changes',
  changed: (count, list) => `${count} ${count === 1 ? 'employee' : 'employees'} changed: ${list}`,
  more: (count) => `… and ${count} more`,
  fields: { score: 'score', grade: 'grade', rank: 'rank', salaryAdjustment: 'salary adjustment', award: 'award' },
  added: 'added',
  removed: 'removed',
  employee: (change, parts) => `${change.id} ${change.name} (${parts.join(', ')})`,
  entrySeparator: '; ',
  rollupMonths: (months, missing) => `Months: ${months.join(', ')}${missing.length === 0 ? '' : `; not computed: ${missing.join(', ')}`}`,
};

export function logLabels(lang: Lang): LogLabels {
  return lang === 'zh' ? logLabelsZh : logLabelsEn;
}
