import type { Period } from '../engine/period';
import type { Lang } from './lang';

/** The quarter's and year's tab's columns (SPEC §4.2); one grade-count column per grade goes after `grade`. */
export type PeriodColumn =
  | 'rank'
  | 'id'
  | 'name'
  | 'team'
  | 'monthsScored'
  | 'averageScore'
  | 'grade'
  | 'salaryAdjustmentTotal'
  | 'awardTotal'
  | 'monthsAtFirst'
  | 'flaggedMonths'
  | 'months';

/** Every word of the quarter and year tabs, in both languages (typed: none may be missing). */
export interface PeriodLabels {
  readonly title: (period: Period, kind: 'quarter' | 'year', teams: readonly string[]) => string;
  /** The generation line: when, and from which months (and which are missing). */
  readonly generated: (at: string, months: readonly string[], missing: readonly string[]) => string;
  /** How the columns are worked out, under the generation line. */
  readonly rules: (gradeBands: string) => string;
  readonly columns: Readonly<Record<PeriodColumn, string>>;
  /** The header of the column counting months at `grade`. */
  readonly monthsAtGrade: (grade: string) => string;
  /** Months of the period as the `months` column shows them: `10, 11`. */
  readonly monthList: (months: readonly string[]) => string;
  readonly footer: (period: Period) => string;
  readonly summary: {
    readonly title: string;
    readonly headcount: string;
    readonly monthsComputed: string;
    readonly monthsComputedValue: (computed: number, of: number) => string;
    readonly averageScore: string;
    readonly totalSalaryAdjustment: string;
    readonly totalAward: string;
    readonly flagged: string;
    readonly monthlyTitle: string;
    readonly month: string;
    readonly monthHeadcount: string;
    readonly monthAverage: string;
    readonly chartTitle: string;
  };
}

const zhList = (items: readonly string[]): string => items.join('、');
const enList = (items: readonly string[]): string => items.join(', ');

export const periodLabelsZh: PeriodLabels = {
  title: (period, kind, teams) => `客服${kind === 'quarter' ? '季度' : '年度'}考核表 ${period}${teams.length === 0 ? '' : ` · ${zhList(teams)}`}`,
  generated: (at, months, missing) =>
    `生成于 ${at} · 来自已计算的月份:${zhList(months)}${missing.length === 0 ? '' : `(未计算:${zhList(missing)})`}`,
  rules: (gradeBands) => `平均分为各月考核分的平均值,四舍五入保留两位小数;等级与排名均按平均分(${gradeBands});金额为各月之和`,
  columns: {
    rank: '排名',
    id: '工号',
    name: '姓名',
    team: '组别',
    monthsScored: '考核\n月数',
    averageScore: '平均分',
    grade: '等级',
    salaryAdjustmentTotal: '工资浮动\n合计',
    awardTotal: '特别奖\n合计',
    monthsAtFirst: '第一名\n月数',
    flaggedMonths: '复核标记\n月数',
    months: '考核月份',
  },
  monthsAtGrade: (grade) => `${grade}\n月数`,
  monthList: (months) => zhList(months.map((month) => `${Number(month.slice(5, 7))}月`)),
  footer: (period) => `考核 ${period} · 第 &P 页,共 &N 页`,
  summary: {
    title: '汇总',
    headcount: '考核人数',
    monthsComputed: '已计算月份',
    monthsComputedValue: (computed, of) => `${computed} / ${of}`,
    averageScore: '平均分',
    totalSalaryAdjustment: '工资浮动合计',
    totalAward: '特别奖合计',
    flagged: '有复核标记的人数',
    monthlyTitle: '各月平均分',
    month: '月份',
    monthHeadcount: '人数',
    monthAverage: '平均分',
    chartTitle: '团队各月平均分',
  },
};

export const periodLabelsEn: PeriodLabels = {
  title: (period, kind, teams) =>
    `${kind === 'quarter' ? 'Quarterly' : 'Annual'} service scorecard ${period}${teams.length === 0 ? '' : ` · ${enList(teams)}`}`,
  generated: (at, months, missing) =>
    `Generated ${at} from the months computed: ${enList(months)}${missing.length === 0 ? '' : ` (not computed: ${enList(missing)})`}`,
  rules: (gradeBands) =>
    `Average: the mean of the months' scores, rounded half up to 2 decimals; grade and rank go by the average (${gradeBands}); money is the months' sum`,
  columns: {
    rank: 'Rank',
    id: 'Employee\nID',
    name: 'Name',
    team: 'Team',
    monthsScored: 'Months\nscored',
    averageScore: 'Average\nscore',
    grade: 'Grade',
    salaryAdjustmentTotal: 'Salary\nadjustments',
    awardTotal: 'Awards',
    monthsAtFirst: 'Months\nat rank 1',
    flaggedMonths: 'Months\nflagged',
    months: 'Months',
  },
  monthsAtGrade: (grade) => `Months\nat ${grade}`,
  monthList: (months) => enList(months.map((month) => month.slice(5, 7))),
  footer: (period) => `Scorecard ${period} · Page &P of &N`,
  summary: {
    title: 'Summary',
    headcount: 'Employees scored',
    monthsComputed: 'Months computed',
    monthsComputedValue: (computed, of) => `${computed} of ${of}`,
    averageScore: 'Average score',
    totalSalaryAdjustment: 'Total salary adjustments',
    totalAward: 'Total awards',
    flagged: 'Employees with flagged months',
    monthlyTitle: 'Average score by month',
    month: 'Month',
    monthHeadcount: 'Employees',
    monthAverage: 'Average score',
    chartTitle: 'Team average score by month',
  },
};

export function periodLabels(lang: Lang): PeriodLabels {
  return lang === 'zh' ? periodLabelsZh : periodLabelsEn;
}
