import { RuleCode } from '../engine/policy';
import type { Labels, PunchWords, SheetCount } from './labels';
import { absenceAfterMinutes, clockText, dayClockText, lateTierBands, type DayMarks } from './labels-text';

const teamsText = (teams: readonly string[]): string => (teams.length === 0 ? '' : ` · ${teams.join(', ')}`);

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const catalogNotes: Readonly<Record<string, string>> = {
  [RuleCode.lateOrEarly]: 'Derived from attendance, points from the Late tiers table; may also be entered',
  [RuleCode.absence]: 'Derived from attendance (absent status, or late or early beyond the tiers); may also be entered',
  [RuleCode.escalation]: 'Computed when moderate or minor occurrences reach the thresholds; cannot be entered',
  [RuleCode.adjustment]: 'Team leads only, monthly total within the adjustment range, a note is required (Regulation 2, III)',
  [RuleCode.topPerformer]: 'Derived from workload and quality when the KPI sheet has the month; do not also enter it',
  [RuleCode.perfectExam]: 'Derived from the exam score when the KPI sheet has the month; do not also enter it',
  [RuleCode.noComplaints]: 'Derived from valid complaints when the KPI sheet has the month; do not also enter it',
  [RuleCode.failedExam]: 'Derived from the exam score when the KPI sheet has the month; do not also enter it',
  S04: 'Put the compensation in the Amount column',
};

function countText(count: SheetCount): string {
  switch (count.unit ?? 'rows') {
    case 'rows':
      return plural(count.rows, 'row', 'rows');
    case 'punches':
      return plural(count.rows, 'punch', 'punches');
    case 'daysFromPunches':
      return `${plural(count.rows, 'day', 'days')} judged from punches`;
  }
}

const dayMarksEn: DayMarks = { previous: (time) => `${time} the day before`, next: (time) => `${time} next day` };

const punchEn = (punch: PunchWords): string => `${punch.time} (${punch.cell}${punch.source ? `, ${punch.source}` : ''})`;

export const labelsEn: Labels = {
  sheets: {
    scorecard: (month) => `Scorecard ${month}`,
    details: (month) => `Details ${month}`,
    policy: { parameters: 'Policy', catalog: 'Catalog', grades: 'Grades', lateTiers: 'Late tiers', award: 'Award' },
  },
  yes: 'Yes',
  no: 'No',
  listSeparator: '; ',
  generated: (at, counts) =>
    `Generated ${at} from ${counts.map((count) => `${count.sheet} (${countText(count)})`).join(', ')}`,
  policyInBrief: (policy, detailsSheet) =>
    `Policy: base ${policy.score.base}, cap ${policy.score.max}, ${policy.salary.perPoint} per point, ` +
    `limit ±${policy.salary.limit}, no salary adjustment in the first ${policy.salary.probationMonths} months; ` +
    `full policy at the end of this tab, the catalog on "${detailsSheet}"`,

  scorecard: {
    title: (month, teams) => `Service scorecard ${month}${teamsText(teams)}`,
    columns: {
      rank: 'Rank',
      id: 'Employee\nID',
      name: 'Name',
      team: 'Team',
      base: 'Base',
      attendanceDeduction: 'Attendance\ndeductions',
      violationDeduction: 'Violation\ndeductions',
      bonus: 'Bonuses',
      adjustment: 'Adjustment',
      score: 'Score',
      grade: 'Grade',
      salaryAdjustment: 'Salary\nadjustment',
      award: 'Award',
      probation: 'Probation',
      flags: 'Review flags',
    },
    footer: (month) => `Scorecard ${month} · Page &P of &N`,
    summary: {
      title: 'Summary',
      headcount: 'Employees scored',
      averageScore: 'Average score',
      distribution: 'Grade distribution',
      grade: 'Grade',
      count: 'Count',
      share: 'Share',
      totalSalaryAdjustment: 'Total salary adjustments',
      totalAward: 'Total awards',
      flagged: 'Employees flagged',
    },
    policyTitle: 'Policy used',
    policyLines: (policy) => {
      const tiers = lateTierBands(policy)
        .map((band) => `${band.from}–${band.to} min ${band.points} points`)
        .join('; ');
      const grades = policy.grades.bands
        .map((band) => `${band.grade} ${band.inclusive ? `${band.min} or more` : `above ${band.min}`}`)
        .join('; ');
      const awards = policy.award.amounts
        .map((amount, index, all) => `month ${index + 1}${index === all.length - 1 ? ' and after' : ''}: ${amount}`)
        .join(', ');
      const shifts = policy.shifts
        .map((shift) => `${shift.code} ${shift.name.en} ${clockText(shift.start)}–${clockText(shift.end)}, ${shift.breakMinutes} min break`)
        .join('; ');
      return [
        `Score: base ${policy.score.base}, maximum ${policy.score.max}, minimum ${policy.score.min} (Regulation 2, I.2 and I.5)`,
        `Grades: ${grades}; otherwise ${policy.grades.fallback}`,
        `Late or early: ${tiers}; over ${absenceAfterMinutes(policy)} min counts as an absence; ` +
          `grace ${policy.attendance.graceMinutes} min`,
        `Escalation ${RuleCode.escalation}: ${policy.escalation.moderateOccurrences} moderate or ` +
          `${policy.escalation.minorOccurrences} minor occurrences or more, once a month`,
        `Team lead adjustment ${RuleCode.adjustment}: ${policy.adjustment.min} to ${policy.adjustment.max} points a month in total`,
        `Exam: ${policy.kpi.perfectExamScore} earns ${RuleCode.perfectExam}, below ${policy.kpi.failingExamBelow} ` +
          `costs ${RuleCode.failedExam}`,
        `Salary adjustment: (score − ${policy.salary.pivotScore}) × ${policy.salary.perPoint}, within ±${policy.salary.limit}; ` +
          `none in the first ${policy.salary.probationMonths} months`,
        `Award (consecutive months at rank 1): ${awards}`,
        `Review flags: score below ${policy.flags.scoreBelow}; last place twice below ${policy.flags.lastPlaceBelow}; ` +
          `${policy.attendance.absenceDaysFlag}+ absence days; dismissal offence`,
        `Shifts: ${shifts}`,
        `From punches: a shift's punches from ${policy.attendance.checkInOpensMinutes} min before it starts ` +
          `to ${policy.attendance.checkOutClosesMinutes} min after it ends`,
      ];
    },
  },

  details: {
    title: (month, teams) => `Scorecard details ${month}${teamsText(teams)}`,
    columns: {
      date: 'Date',
      employeeId: 'ID',
      name: 'Name',
      code: 'Code',
      rule: 'Rule',
      category: 'Category',
      times: 'Times',
      pointsPerTime: 'Points\neach',
      effect: 'Effect\n(− deducts)',
      amount: 'Amount',
      source: 'Source',
      status: 'Status',
      basis: 'Basis',
      note: 'Note',
    },
    footer: (month) => `Details ${month} · Page &P of &N`,
    status: { valid: 'Valid', voided: 'Voided', derived: 'Derived' },
    punchesUsed: (clockIn, clockOut) => `In ${punchEn(clockIn)}\nOut ${punchEn(clockOut)}`,
    dayMarks: dayMarksEn,
    catalogTitle: 'Catalog used',
    catalogColumns: { code: 'Code', name: 'Name', category: 'Category', points: 'Points\neach' },
  },

  flags: {
    SCORE_BELOW_60: (policy) => `Score below ${policy.flags.scoreBelow}`,
    LAST_PLACE_TWICE: (policy) => `Last place twice below ${policy.flags.lastPlaceBelow}`,
    ABSENCE_DAYS: (policy) => `${policy.attendance.absenceDaysFlag}+ absence days`,
    DISMISSAL_OFFENCE: () => 'Dismissal offence',
  },
  categories: {
    minor: 'Minor',
    moderate: 'Moderate',
    severe: 'Severe',
    dismissal: 'Dismissal',
    bonus: 'Bonus',
    adjustment: 'Adjustment',
  },
  sources: { attendance: 'Attendance', punches: 'Punches and schedule', violations: 'Violations', merits: 'Merits', kpi: 'KPI', computed: 'Computed' },
  basis: {
    entered: () => 'Entered',
    late: (basis) => `Late ${basis.minutes} min`,
    early: (basis) => `Left ${basis.minutes} min early`,
    lateAbsence: (basis, policy) => `Late ${basis.minutes} min: over ${absenceAfterMinutes(policy)} min counts as an absence`,
    earlyAbsence: (basis, policy) =>
      `Left ${basis.minutes} min early: over ${absenceAfterMinutes(policy)} min counts as an absence`,
    absentStatus: () => 'Absent (status)',
    noPunch: (basis) => `No punch from ${dayClockText(basis.from, dayMarksEn)} to ${dayClockText(basis.to, dayMarksEn)}`,
    kpiTop: (basis) => `Workload ${basis.workload} and quality ${basis.quality} both highest`,
    examScore: (basis) => `Exam score ${basis.score}`,
    noComplaints: () => 'No valid complaints',
    escalation: (basis) =>
      `${plural(basis.moderate, 'moderate occurrence', 'moderate occurrences')}, ` +
      `${plural(basis.minor, 'minor occurrence', 'minor occurrences')}`,
  },

  policySheets: {
    parameterColumns: { key: 'Key', item: 'Item', value: 'Value', note: 'Note' },
    parameters: {
      'score.base': { label: 'Base score', note: 'Monthly starting score (Regulation 2, I.2)' },
      'score.max': { label: 'Maximum score', note: 'A higher total counts as this (Regulation 2, I.5)' },
      'score.min': { label: 'Minimum score', note: 'A lower total counts as this' },
      'salary.pivotScore': { label: 'Salary pivot score', note: 'Salary moves up or down from this score (Regulation 2, IV.1)' },
      'salary.perPoint': { label: 'Money per point', note: 'Salary change for each point (Regulation 2, IV.2)' },
      'salary.limit': { label: 'Salary adjustment limit', note: 'The adjustment stays within plus or minus this (Regulation 2, IV.2)' },
      'salary.probationMonths': {
        label: 'Months without adjustment',
        note: 'The hire month is month 1; these first months are scored but salary does not move (Regulation 2, IV.4)',
      },
      'attendance.graceMinutes': { label: 'Grace minutes', note: 'Minutes late or early that do not count; 0 by default' },
      'attendance.checkInOpensMinutes': {
        label: 'Punches open before a shift',
        note: 'From punches and the schedule: punches from this many minutes before a shift starts count for it; 120 by default',
      },
      'attendance.checkOutClosesMinutes': {
        label: 'Punches close after a shift',
        note: 'From punches and the schedule: punches up to this many minutes after a shift ends count for it; 240 by default',
      },
      'attendance.absenceDaysFlag': { label: 'Absence days flag', note: 'Absence days in a month that raise a review flag' },
      'escalation.moderateOccurrences': {
        label: 'Escalation: moderate occurrences',
        note: 'Moderate occurrences in a month that add S05 (Regulation 2, III.3)',
      },
      'escalation.minorOccurrences': {
        label: 'Escalation: minor occurrences',
        note: 'Minor occurrences in a month, lateness included, that add S05 (Regulation 2, III.3)',
      },
      'adjustment.min': { label: 'Adjustment minimum', note: "Lowest monthly total of a trainer's adjustment for a team lead (Regulation 2, III)" },
      'adjustment.max': { label: 'Adjustment maximum', note: "Highest monthly total of a trainer's adjustment for a team lead (Regulation 2, III)" },
      'kpi.perfectExamScore': { label: 'Perfect exam score', note: 'An exam score of this earns B02 (Regulation 2, II)' },
      'kpi.failingExamBelow': { label: 'Failing exam below', note: 'An exam score below this costs M07 (Regulation 2, III.2)' },
      'flags.scoreBelow': { label: 'Low score flag', note: 'A score below this raises a review flag (Regulation 2, I.3)' },
      'flags.lastPlaceBelow': {
        label: 'Last place flag score',
        note: 'Last place two months running and below this raises a review flag (Regulation 2, I.3)',
      },
    },
    catalogColumns: {
      code: 'Code',
      category: 'Category',
      nameZh: 'Name (Chinese)',
      nameEn: 'Name (English)',
      min: 'Minimum points',
      max: 'Maximum points',
      note: 'Note',
    },
    catalogNote: (entry) =>
      catalogNotes[entry.code] ?? (entry.category === 'dismissal' ? 'Grounds for dismissal: no points, raises a review flag' : ''),
    gradeColumns: { grade: 'Grade', lowerBound: 'Lower bound', included: 'Bound included', note: 'Note' },
    gradeNote: (band) => (band.inclusive ? `Score ${band.min} or more` : `Score above ${band.min}`),
    fallbackGradeNote: 'Any other score (below every band above); leave the bound blank',
    lateTierColumns: { upToMinutes: 'Up to (minutes)', points: 'Points', note: 'Note' },
    lateTierNote: (from, to) => `Late or early by ${from}–${to} min; beyond the last tier is an absence`,
    awardColumns: { month: 'Consecutive month', amount: 'Amount', note: 'Note' },
    awardNote: (month, last) =>
      last
        ? `Month ${month} at rank 1 in a row, and every month after (Regulation 1, special award)`
        : `Month ${month} at rank 1 in a row (Regulation 1, special award)`,
    expected: {
      number: 'a number',
      nonNegative: 'a number of 0 or more',
      wholeFrom0: 'a whole number of 0 or more',
      wholeFrom1: 'a whole number of 1 or more',
      yesNo: 'yes or no',
      text: 'some text',
    },
    problems: {
      unknownKey: (key) => `Unknown parameter "${key}"`,
      duplicateKey: (key) => `Parameter "${key}" appears twice`,
      outOfOrder: (lower, higher) => `"${lower}" may not be greater than "${higher}"`,
      duplicateCode: (code) => `Code ${code} appears twice`,
      minAboveMax: (code) => `Code ${code} has minimum points above its maximum`,
      unknownCategory: (word) =>
        `Unknown category "${word}": use minor, moderate, severe, dismissal, bonus or adjustment`,
      ruleCodeMissing: (code) => `Code ${code} is used by the rules and may not be removed`,
      ruleCodeCategory: (code) => `Code ${code} is used by the rules and may not change to a different kind of category`,
      duplicateGrade: (grade) => `Grade ${grade} appears twice`,
      boundsNotDescending: 'Grade lower bounds must go from highest to lowest',
      fallbackMissing: 'A last grade with a blank lower bound (such as F) is missing',
      fallbackNotLast: 'Only one grade may have a blank lower bound, and it must be the last row',
      noBands: 'At least one grade with a lower bound is needed',
      tiersNotAscending: 'Late tier minutes must go from lowest to highest',
      noTiers: 'At least one late tier is needed',
      tierOutsideRange: (code, range) => `Late tier points must lie within the points of code ${code}, ${range}`,
      noAwards: 'The award needs at least one amount',
      awardMonthOutOfSequence: (expected) => `Consecutive months must count up from 1, one per row: ${expected} expected here`,
    },
  },
};
