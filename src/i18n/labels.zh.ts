import { RuleCode } from '../engine/policy';
import type { Labels, PunchWords } from './labels';
import { absenceAfterMinutes, clockText, dayClockText, lateTierBands, type DayMarks } from './labels-text';

const teamsText = (teams: readonly string[]): string => (teams.length === 0 ? '' : ` · ${teams.join('、')}`);

const catalogNotes: Readonly<Record<string, string>> = {
  [RuleCode.lateOrEarly]: '由考勤推导,分值按「迟到档位」表;也可手工录入',
  [RuleCode.absence]: '由考勤推导(旷工状态或迟到早退超出档位);也可手工录入',
  [RuleCode.escalation]: '系统计算(中度或轻度次数达到阈值),不可录入',
  [RuleCode.adjustment]: '仅限组长,每月合计在调整范围内,必须填写说明(制度2 三)',
  [RuleCode.topPerformer]: '有指标表时由工作量与质量推导,不可重复录入',
  [RuleCode.perfectExam]: '有指标表时由考试成绩推导,不可重复录入',
  [RuleCode.noComplaints]: '有指标表时由有效投诉推导,不可重复录入',
  [RuleCode.failedExam]: '有指标表时由考试成绩推导,不可重复录入',
  S04: '金额列填写赔偿金额(照价赔偿)',
};

const countUnitZh = { rows: '行', punches: '条打卡', daysFromPunches: '天按打卡判定' } as const;

const dayMarksZh: DayMarks = { previous: (time) => `前日 ${time}`, next: (time) => `次日 ${time}` };

const punchZh = (punch: PunchWords): string => `${punch.time}(${punch.cell}${punch.source ? `,${punch.source}` : ''})`;

export const labelsZh: Labels = {
  sheets: {
    scorecard: (month) => `考核 ${month}`,
    details: (month) => `明细 ${month}`,
    policy: { parameters: '参数', catalog: '考核项目', grades: '等级', lateTiers: '迟到档位', award: '特别奖' },
  },
  yes: '是',
  no: '否',
  listSeparator: ';',
  generated: (at, counts) =>
    `生成于 ${at} · 数据:${counts.map((count) => `${count.sheet} ${count.rows} ${countUnitZh[count.unit ?? 'rows']}`).join('、')}`,
  policyInBrief: (policy, detailsSheet) =>
    `考核规则:基础分 ${policy.score.base},满分 ${policy.score.max},每分 ${policy.salary.perPoint} 元,` +
    `浮动上限 ±${policy.salary.limit} 元,入职前 ${policy.salary.probationMonths} 个月不浮动;完整规则见本表末尾,考核项目分值见「${detailsSheet}」`,

  scorecard: {
    title: (month, teams) => `客服考核表 ${month}${teamsText(teams)}`,
    columns: {
      rank: '排名',
      id: '工号',
      name: '姓名',
      team: '组别',
      base: '基础分',
      attendanceDeduction: '考勤扣分',
      violationDeduction: '违规扣分',
      bonus: '加分',
      adjustment: '调整',
      score: '考核分',
      grade: '等级',
      salaryAdjustment: '工资浮动',
      award: '特别奖',
      probation: '试用期',
      flags: '复核标记',
    },
    footer: (month) => `考核 ${month} · 第 &P 页,共 &N 页`,
    summary: {
      title: '汇总',
      headcount: '考核人数',
      averageScore: '平均分',
      distribution: '等级分布',
      grade: '等级',
      count: '人数',
      share: '占比',
      totalSalaryAdjustment: '工资浮动合计',
      totalAward: '特别奖合计',
      flagged: '需复核人数',
    },
    policyTitle: '本月所用规则',
    policyLines: (policy) => {
      const tiers = lateTierBands(policy)
        .map((band) => `${band.from}–${band.to} 分钟 ${band.points} 分`)
        .join(';');
      const grades = policy.grades.bands
        .map((band) => `${band.grade} ${band.inclusive ? `${band.min} 分及以上` : `高于 ${band.min} 分`}`)
        .join(';');
      const awards = policy.award.amounts
        .map((amount, index, all) =>
          index === all.length - 1 ? `第 ${index + 1} 个月及以后 ${amount} 元` : `第 ${index + 1} 个月 ${amount} 元`,
        )
        .join(',');
      const shifts = policy.shifts
        .map((shift) => `${shift.code} ${shift.name.zh} ${clockText(shift.start)}–${clockText(shift.end)} 休息 ${shift.breakMinutes} 分钟`)
        .join(';');
      return [
        `分数:基础分 ${policy.score.base},上限 ${policy.score.max},下限 ${policy.score.min}(制度2 一、2 与 一、5)`,
        `等级:${grades};其余 ${policy.grades.fallback}`,
        `迟到早退:${tiers};超过 ${absenceAfterMinutes(policy)} 分钟按旷工;宽限 ${policy.attendance.graceMinutes} 分钟`,
        `追加扣分 ${RuleCode.escalation}:中度 ${policy.escalation.moderateOccurrences} 次或轻度 ${policy.escalation.minorOccurrences} 次及以上,每月一次`,
        `组长调整 ${RuleCode.adjustment}:每月合计 ${policy.adjustment.min} 至 ${policy.adjustment.max} 分`,
        `考试:${policy.kpi.perfectExamScore} 分加分(${RuleCode.perfectExam}),低于 ${policy.kpi.failingExamBelow} 分扣分(${RuleCode.failedExam})`,
        `工资浮动:(考核分 − ${policy.salary.pivotScore})× ${policy.salary.perPoint} 元,上下限 ±${policy.salary.limit} 元;` +
          `入职前 ${policy.salary.probationMonths} 个月不浮动`,
        `特别奖(第一名连续月数):${awards}`,
        `复核标记:低于 ${policy.flags.scoreBelow} 分;连续两月末位且低于 ${policy.flags.lastPlaceBelow} 分;` +
          `旷工 ${policy.attendance.absenceDaysFlag} 天及以上;辞退类违规`,
        `班次:${shifts}`,
        `按打卡判定:班次开始前 ${policy.attendance.checkInOpensMinutes} 分钟至结束后 ${policy.attendance.checkOutClosesMinutes} 分钟内的打卡属于该班次`,
      ];
    },
  },

  details: {
    title: (month, teams) => `考核明细 ${month}${teamsText(teams)}`,
    columns: {
      date: '日期',
      employeeId: '工号',
      name: '姓名',
      code: '代码',
      rule: '考核项目',
      category: '类别',
      times: '次数',
      pointsPerTime: '每次\n分值',
      effect: '分值影响\n(扣分为负)',
      amount: '金额',
      source: '来源',
      status: '状态',
      basis: '依据',
      note: '说明',
    },
    footer: (month) => `明细 ${month} · 第 &P 页,共 &N 页`,
    status: { valid: '有效', voided: '已撤销', derived: '系统推导' },
    punchesUsed: (clockIn, clockOut) => `上班 ${punchZh(clockIn)}\n下班 ${punchZh(clockOut)}`,
    dayMarks: dayMarksZh,
    catalogTitle: '本月所用考核项目',
    catalogColumns: { code: '代码', name: '名称', category: '类别', points: '每次\n分值' },
  },

  flags: {
    SCORE_BELOW_60: (policy) => `低于${policy.flags.scoreBelow}分`,
    LAST_PLACE_TWICE: (policy) => `连续两月末位且低于${policy.flags.lastPlaceBelow}分`,
    ABSENCE_DAYS: (policy) => `旷工${policy.attendance.absenceDaysFlag}天及以上`,
    DISMISSAL_OFFENCE: () => '辞退类违规',
  },
  categories: { minor: '轻度', moderate: '中度', severe: '重度', dismissal: '辞退', bonus: '加分', adjustment: '调整' },
  sources: { attendance: '考勤', punches: '排班与打卡', violations: '违规', merits: '加分', kpi: '指标', computed: '系统计算' },
  basis: {
    entered: () => '录入',
    late: (basis) => `迟到 ${basis.minutes} 分钟`,
    early: (basis) => `早退 ${basis.minutes} 分钟`,
    lateAbsence: (basis, policy) => `迟到 ${basis.minutes} 分钟,超过 ${absenceAfterMinutes(policy)} 分钟按旷工`,
    earlyAbsence: (basis, policy) => `早退 ${basis.minutes} 分钟,超过 ${absenceAfterMinutes(policy)} 分钟按旷工`,
    absentStatus: () => '旷工(状态)',
    noPunch: (basis) => `无打卡(打卡时段 ${dayClockText(basis.from, dayMarksZh)} 至 ${dayClockText(basis.to, dayMarksZh)})`,
    kpiTop: (basis) => `工作量 ${basis.workload}、质量 ${basis.quality} 均为最高`,
    examScore: (basis) => `考试 ${basis.score} 分`,
    noComplaints: () => '有效投诉 0 次',
    escalation: (basis) => `中度 ${basis.moderate} 次、轻度 ${basis.minor} 次`,
  },

  policySheets: {
    parameterColumns: { key: '键', item: '项目', value: '值', note: '说明' },
    parameters: {
      'score.base': { label: '基础分', note: '每月日常考核积分(制度2 一、2)' },
      'score.max': { label: '满分', note: '总分高于此值按此值计(制度2 一、5)' },
      'score.min': { label: '最低分', note: '总分低于此值按此值计' },
      'salary.pivotScore': { label: '工资浮动基准分', note: '以此分为标准上下浮动工资(制度2 四、1)' },
      'salary.perPoint': { label: '每分金额', note: '考核分每分对应的金额,元(制度2 四、2)' },
      'salary.limit': { label: '浮动上限', note: '工资浮动不超过正负此金额,元(制度2 四、2)' },
      'salary.probationMonths': { label: '不浮动月数', note: '入职当月为第 1 个月,前几个月只评分不浮动工资(制度2 四、4)' },
      'attendance.graceMinutes': { label: '迟到宽限分钟', note: '不计迟到早退的分钟数,默认 0' },
      'attendance.checkInOpensMinutes': {
        label: '上班前打卡分钟',
        note: '按排班与打卡判定时,班次开始前多少分钟起的打卡算作该班次,默认 120',
      },
      'attendance.checkOutClosesMinutes': {
        label: '下班后打卡分钟',
        note: '按排班与打卡判定时,班次结束后多少分钟内的打卡算作该班次,默认 240',
      },
      'attendance.absenceDaysFlag': { label: '旷工标记天数', note: '当月旷工达到此天数时标记复核' },
      'escalation.moderateOccurrences': { label: '追加扣分:中度次数', note: '当月中度违规达到此次数追加 S05(制度2 三、3)' },
      'escalation.minorOccurrences': { label: '追加扣分:轻度次数', note: '当月轻度违规(含迟到早退)达到此次数追加 S05(制度2 三、3)' },
      'adjustment.min': { label: '组长调整下限', note: '培训专员对组长的额外奖惩,每月合计下限(制度2 三)' },
      'adjustment.max': { label: '组长调整上限', note: '培训专员对组长的额外奖惩,每月合计上限(制度2 三)' },
      'kpi.perfectExamScore': { label: '考试满分', note: '考试成绩达到此分得 B02(制度2 二)' },
      'kpi.failingExamBelow': { label: '考试不及格线', note: '考试成绩低于此分记 M07(制度2 三、2)' },
      'flags.scoreBelow': { label: '低分标记', note: '当月考核分低于此分时标记复核(制度2 一、3)' },
      'flags.lastPlaceBelow': { label: '末位标记分', note: '连续两月末位且低于此分时标记复核(制度2 一、3)' },
    },
    catalogColumns: {
      code: '代码',
      category: '类别',
      nameZh: '名称(中文)',
      nameEn: '名称(英文)',
      min: '最低分值',
      max: '最高分值',
      note: '说明',
    },
    catalogNote: (entry) => catalogNotes[entry.code] ?? (entry.category === 'dismissal' ? '直接辞退,不计分,标记复核' : ''),
    gradeColumns: { grade: '等级', lowerBound: '下限', included: '含下限', note: '说明' },
    gradeNote: (band) => (band.inclusive ? `考核分 ${band.min} 分及以上` : `考核分高于 ${band.min} 分`),
    fallbackGradeNote: '其余(低于以上各档),下限留空',
    lateTierColumns: { upToMinutes: '至(分钟)', points: '扣分', note: '说明' },
    lateTierNote: (from, to) => `迟到或早退 ${from}–${to} 分钟;超过最后一档按旷工`,
    awardColumns: { month: '连续第几个月', amount: '金额', note: '说明' },
    awardNote: (month, last) =>
      last ? `连续第一名第 ${month} 个月及以后每月(制度1 特别奖)` : `连续第一名第 ${month} 个月(制度1 特别奖)`,
    expected: {
      number: '数字',
      nonNegative: '不小于 0 的数字',
      wholeFrom0: '不小于 0 的整数',
      wholeFrom1: '不小于 1 的整数',
      yesNo: '是或否',
      text: '文字',
    },
    problems: {
      unknownKey: (key) => `无法识别的参数「${key}」`,
      duplicateKey: (key) => `参数「${key}」出现了两次`,
      outOfOrder: (lower, higher) => `「${lower}」不能大于「${higher}」`,
      duplicateCode: (code) => `代码 ${code} 出现了两次`,
      minAboveMax: (code) => `代码 ${code} 的最低分值大于最高分值`,
      unknownCategory: (word) => `无法识别的类别「${word}」,应为轻度、中度、重度、辞退、加分或调整`,
      ruleCodeMissing: (code) => `代码 ${code} 是考核规则所用代码,不能删除`,
      ruleCodeCategory: (code) => `代码 ${code} 是考核规则所用代码,不能改为其他性质的类别`,
      duplicateGrade: (grade) => `等级 ${grade} 出现了两次`,
      boundsNotDescending: '等级下限必须从高到低排列',
      fallbackMissing: '缺少下限留空的兜底等级(如 F)',
      fallbackNotLast: '下限留空的兜底等级只能有一个,且须在最后一行',
      noBands: '至少需要一个有下限的等级',
      tiersNotAscending: '迟到档位的分钟数必须从小到大排列',
      noTiers: '至少需要一个迟到档位',
      tierOutsideRange: (code, range) => `迟到档位的扣分须在代码 ${code} 的分值范围 ${range} 内`,
      noAwards: '特别奖至少需要一个金额',
      awardMonthOutOfSequence: (expected) => `连续月数须从 1 起逐行加 1,此处应为 ${expected}`,
    },
  },
};
