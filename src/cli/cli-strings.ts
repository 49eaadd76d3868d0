import type { Lang } from '../i18n/lang';

/** Everything the command line says to a person, in both languages (typed: none may be missing). */
export interface CliStrings {
  computed(month: string, employees: number): string;
  written(file: string, sheets: string): string;
  grades: string;
  flagged(count: number): string;
  totals(salary: string, awards: string): string;
  errorsFound(count: number): string;
  warnings(count: number): string;
  initDone(file: string, sheets: string): string;
  initNothing(file: string): string;
  demoDone(file: string, months: string): string;
  demoClockDone(file: string): string;
  demoOpen: string;
  cannotRead(file: string, reason: string): string;
  cannotWrite(file: string, reason: string): string;
  badUsage(problem: string): string;
  unexpected: string;
  preview: string;
  changesHeading(count: number): string;
  noChanges: string;
  totalsChange(salaryBefore: string, salaryAfter: string, awardsBefore: string, awardsAfter: string): string;
  rolledUp(period: string, employees: number, months: string): string;
  notComputed(months: string): string;
  periodAverage(average: string): string;
}

export const cliStringsZh: CliStrings = {
  computed: (month, employees) => `${month} 考核完成:${employees} 人。`,
  written: (file, sheets) => `已写入 ${file}:${sheets}`,
  grades: '等级分布',
  flagged: (count) => `需关注人员:${count} 人`,
  totals: (salary, awards) => `工资浮动合计 ${salary} 元,特别奖合计 ${awards} 元`,
  errorsFound: (count) => `发现 ${count} 个错误,工作簿未作任何改动。请逐条修正后重新计算:`,
  warnings: (count) => `${count} 条提示(不影响计算):`,
  initDone: (file, sheets) => `已创建 ${file},包含:${sheets}`,
  initNothing: (file) => `${file} 已包含全部输入表和政策表,未作改动。`,
  demoDone: (file, months) => `示例工作簿已生成并计算(${months}):${file}`,
  demoClockDone: (file) => `另一个团队按考勤机打卡与排班计算(打卡、排班 YYYY-MM 两张表):${file}`,
  demoOpen: '用 Excel 打开文件查看“考核”和“明细”页。',
  cannotRead: (file, reason) => `无法读取 ${file}:${reason}`,
  cannotWrite: (file, reason) => `无法写入 ${file}:${reason}。工作簿未作改动。`,
  badUsage: (problem) => `用法错误:${problem}`,
  unexpected: '程序内部出错,工作簿未作改动。请把以下信息发给维护人员:',
  preview: '预览:未写入任何内容。',
  changesHeading: (count) => `与原结果相比,${count} 人有变动:`,
  noChanges: '与原结果相比没有变动。',
  totalsChange: (salaryBefore, salaryAfter, awardsBefore, awardsAfter) =>
    `工资浮动合计 ${salaryBefore} → ${salaryAfter} 元,特别奖合计 ${awardsBefore} → ${awardsAfter} 元`,
  rolledUp: (period, employees, months) => `${period} 汇总完成:${employees} 人,月份 ${months}。`,
  notComputed: (months) => `未计算的月份:${months}`,
  periodAverage: (average) => `平均分 ${average}`,
};

export const cliStringsEn: CliStrings = {
  computed: (month, employees) => `${month} computed: ${employees} employees.`,
  written: (file, sheets) => `Written to ${file}: ${sheets}`,
  grades: 'Grades',
  flagged: (count) => `Flagged for review: ${count}`,
  totals: (salary, awards) => `Salary adjustments ${salary}, awards ${awards} in total`,
  errorsFound: (count) => `${count} errors found; the workbook was not changed. Fix each one and compute again:`,
  warnings: (count) => `${count} warnings (the result stands):`,
  initDone: (file, sheets) => `Created ${file} with: ${sheets}`,
  initNothing: (file) => `${file} already has every input and policy sheet; nothing was changed.`,
  demoDone: (file, months) => `Sample workbook built and computed (${months}): ${file}`,
  demoClockDone: (file) => `A second team, computed from a time clock's punches and a schedule (the Punches and Schedule YYYY-MM sheets): ${file}`,
  demoOpen: 'Open them in Excel and look at the Scorecard and Details tabs.',
  cannotRead: (file, reason) => `Cannot read ${file}: ${reason}`,
  cannotWrite: (file, reason) => `Cannot write ${file}: ${reason}. The workbook was not changed.`,
  badUsage: (problem) => `Bad usage: ${problem}`,
  unexpected: 'An internal error stopped the run; the workbook was not changed. Please send the details below to the maintainers:',
  preview: 'Preview: nothing was written.',
  changesHeading: (count) => `${count} ${count === 1 ? 'employee' : 'employees'} changed against the results being replaced:`,
  noChanges: 'No changes against the results being replaced.',
  totalsChange: (salaryBefore, salaryAfter, awardsBefore, awardsAfter) =>
    `Salary adjustments ${salaryBefore} → ${salaryAfter}, awards ${awardsBefore} → ${awardsAfter} in total`,
  rolledUp: (period, employees, months) => `${period} summed up: ${employees} employees, months ${months}.`,
  notComputed: (months) => `Months not computed: ${months}`,
  periodAverage: (average) => `Average score ${average}`,
};

export function cliStrings(lang: Lang): CliStrings {
  return lang === 'zh' ? cliStringsZh : cliStringsEn;
}
