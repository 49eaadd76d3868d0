import type { IssueMessages } from './issue-messages';

/** Entry sheets as the engine names them (CODE_IN_OTHER_SHEET), by their template names. */
const entrySheetName: Readonly<Record<string, string>> = { violations: '违规', merits: '加分' };

export const issueMessagesZh: IssueMessages = {
  MISSING_SHEET: ({ sheet }) => `找不到工作表“${sheet}”。请添加这个工作表并填好表头，或把现有工作表改成这个名称。`,
  MISSING_COLUMN: ({ column }) => `缺少“${column}”列。请在表头行（前 10 行内）加入这一列。`,
  MISSING_VALUE: ({ column }) => `“${column}”未填写。请填写这一格，或删除整行。`,
  INVALID_DATE: ({ value }) => `无法识别日期“${value}”。请填写有效日期，例如 2026-11-05。`,
  INVALID_TIME: ({ value }) => `无法识别时间“${value}”。请填写时间（如 08:31），或日期加时间（如 2026-11-05 08:31）。`,
  INVALID_NUMBER: ({ value }) => `“${value}”不是数字。请只填写数字，例如 2 或 1.5。`,
  INVALID_MONTH: ({ value }) => `无法识别月份“${value}”。请按 2026-11 的格式填写年月。`,
  INVALID_STATUS: ({ value }) =>
    `无法识别考勤状态“${value}”。请填写出勤、正常、请假、休息、旷工或缺勤；已填打卡时间的出勤日可以留空。`,
  INVALID_ENTRY_STATUS: ({ value }) => `无法识别状态“${value}”。请填写“有效”或留空；申诉成立的记录填写“撤销”或“作废”。`,
  INVALID_ROLE: ({ value }) => `无法识别岗位“${value}”，本次按未填写处理。请填写客服、组长、培训专员或现场接待。`,
  INVALID_POLICY_VALUE: ({ value, expected }) => `策略值“${value}”无效，应为：${expected}。请改正这一格，或恢复默认值。`,
  INVALID_POLICY_TABLE: ({ problem }) => `策略表有误：${problem}。请改正这张表，或恢复默认值。`,
  UNREADABLE_HISTORY: ({ value }) =>
    `历史记录中有无法读取的内容（“${value}”），该行已忽略，连续月份的规则可能因此不准确。请重新计算相应月份以重建历史记录。`,
  DUPLICATE_EMPLOYEE: ({ id, first }) => `工号 ${id} 重复，已在 ${first} 出现过。请删除重复的行，或改正工号。`,
  LEAVE_BEFORE_HIRE: ({ id }) => `工号 ${id} 的离职日期早于入职日期。请改正其中一个日期。`,
  UNKNOWN_EMPLOYEE: ({ id }) => `工号 ${id} 不在员工表中。请在员工表中添加此人，或改正工号。`,
  NOT_EMPLOYED: ({ id, date }) => `工号 ${id} 在 ${date} 不在职（早于入职日期或晚于离职日期）。请核对这一日期，或员工表中的入职、离职日期。`,
  DUPLICATE_ATTENDANCE: ({ id, date, first }) =>
    `工号 ${id} 在 ${date} 有多行考勤（第一行在 ${first}）。每人每天只保留一行，请删除或合并重复的行。`,
  MISSING_STATUS: ({ id, date }) => `考勤状态和打卡时间都未填写（工号 ${id}，${date}）。请填写状态（出勤、请假、休息或旷工），或补录打卡时间。`,
  MISSING_SHIFT: ({ id, date }) => `缺少班次（工号 ${id}，${date}）。出勤的日子须填写班次表中的班次代码。`,
  UNKNOWN_SHIFT: ({ shift, sharedBy }) =>
    sharedBy === undefined
      ? `未知班次“${shift}”。请填写班次表中的代码（默认为 D、N、E、L）或名称，或在班次表中添加这个班次。`
      : `班次名称“${shift}”不止一个班次使用（${sharedBy}）。请改填班次代码，或在名称后写上起止时间，例如“${shift} 16:00-01:00”。`,
  MISSING_CLOCK_IN: ({ id, date, punch }) =>
    punch === undefined
      ? `缺少上班打卡（工号 ${id}，${date}）。请补录打卡时间，或把状态改为请假、休息或旷工。`
      : `工号 ${id} 在 ${date} 的班次只有一次打卡：${punch}，晚于班次中点，算作下班打卡，缺少上班打卡。请在打卡表中补录补卡记录，或在考勤表中填写这一天。`,
  MISSING_CLOCK_OUT: ({ id, date, punch }) =>
    punch === undefined
      ? `缺少下班打卡（工号 ${id}，${date}）。请补录打卡时间，或把状态改为请假、休息或旷工。`
      : `工号 ${id} 在 ${date} 的班次只有一次打卡：${punch}，早于班次中点，算作上班打卡，缺少下班打卡。请在打卡表中补录补卡记录，或在考勤表中填写这一天。`,
  INVALID_DATETIME: ({ value }) =>
    `无法识别打卡时间“${value}”。请填写日期加时间（如 2026-11-03 08:29），或只填时间（如 08:29）并在“日期”列填写考勤日期。`,
  DUPLICATE_SCHEDULE: ({ id, date, first }) => `工号 ${id} 在 ${date} 排了两次班（第一次在 ${first}）。每人每天只排一个班次，请删除其中一个。`,
  ATTENDANCE_OUTSIDE_EMPLOYMENT: ({ id, date }) =>
    `工号 ${id} 在 ${date} 不在职（早于入职日期或晚于离职日期），却排了班。请清空这一格，或核对员工表中的入职、离职日期。`,
  PUNCH_OUTSIDE_SCHEDULE: ({ id, time }) =>
    `工号 ${id} 在 ${time} 的打卡不在任何排班班次的打卡时段内，已忽略。如当天确有上班，请在排班表中排班，或在考勤表中填写这一天。`,
  UNKNOWN_PUNCH_ID: ({ id, count }) =>
    `工号 ${id} 不在员工表中，其本月 ${count} 条打卡已忽略（考勤机可能也记录其他团队的人员）。如是本团队成员，请把此人加入员工表。`,
  UNKNOWN_CODE: ({ code }) => `未知代码“${code}”。请填写考核标准中的代码，例如 L01、M03、S02、B04 或 ADJ。`,
  POINTS_REQUIRED: ({ code, min, max }) => `代码 ${code} 须在“分值”列填写每次的分值（${min} 至 ${max} 分）。`,
  POINTS_OUT_OF_RANGE: ({ code, min, max, value }) => `代码 ${code} 的分值 ${value} 超出范围（${min} 至 ${max} 分）。请填写范围内的分值。`,
  POINTS_NOT_FIXED: ({ code, expected, value }) =>
    `代码 ${code} 的分值固定为 ${expected} 分，这里填了 ${value}。请清空分值，或填写 ${expected}。`,
  INVALID_TIMES: ({ value }) => `次数“${value}”无效。请填写不小于 1 的整数，或留空表示 1 次。`,
  ADJ_NOT_TEAM_LEAD: ({ id }) => `工号 ${id} 不是组长，不能使用调整分 ADJ。请改用其他代码，或在员工表中核对其岗位。`,
  ADJ_NOTE_REQUIRED: () => `调整分 ADJ 必须在“说明”列写明理由。请补充说明。`,
  ADJ_OUT_OF_RANGE: ({ id, total, min, max }) =>
    `工号 ${id} 本月调整分合计 ${total} 分，超出 ${min} 至 ${max} 分的范围。请调整分值，使合计落在范围内。`,
  COMPUTED_CODE_ENTERED: ({ code }) => `代码 ${code} 由系统自动计算，不能手工录入。请删除这一行。`,
  DERIVED_CODE_ENTERED: ({ code, kpi }) => `代码 ${code} 已根据指标表（${kpi}）自动计入，再手工录入会重复计算。请删除这一行。`,
  CODE_IN_OTHER_SHEET: ({ code, expected }) => `代码 ${code} 应填在“${entrySheetName[expected] ?? expected}”表中。请把这一行移到该表。`,
  DUPLICATE_KPI: ({ id, month, first }) =>
    `工号 ${id} 在 ${month} 有多行指标（第一行在 ${first}）。每人每月只保留一行，请删除或合并重复的行。`,
  EXAM_SCORE_OUT_OF_RANGE: ({ value }) => `考试成绩 ${value} 超出 0 至 100 的范围。请改正成绩。`,
  INVALID_COUNT: ({ value }) => `有效投诉数 ${value} 无效。请填写不小于 0 的整数。`,
  NO_HISTORY_PREVIOUS_MONTH: ({ month }) =>
    `工作簿中没有上月（${month}）的计算结果，连续月份的规则（连续第一名奖励、连续两月末位）按无记录处理。如需准确结果，请先计算 ${month}。`,
  LATER_MONTHS_COMPUTED: ({ months }) =>
    `之后的月份（${months}）已经计算过，它们的连续月份规则依赖本月结果，现在可能已过时。请按先后顺序重新计算这些月份。`,
  NO_EMPLOYEES_IN_MONTH: ({ month }) => `${month} 没有在职员工，没有可考核的人。请核对所选月份，或员工表中的入职、离职日期。`,
  MONTH_NOT_COMPUTED: ({ period, months }) =>
    `以下月份尚未计算，未计入 ${period}：${months}。汇总只含已计算的月份；计算这些月份后重新汇总即可得到完整结果。`,
  NO_MONTH_COMPUTED: ({ period }) => `本工作簿中 ${period} 没有任何已计算的月份，无法汇总。请先计算各月。`,
  FLAGS_NOT_RECORDED: ({ months }) =>
    `${months} 是在保存复核标记之前计算的，“有复核标记的月数”未计入这些月份。重新计算这些月份即可计入。`,
  UNREADABLE_LOG: () => '考核日志的表头无法识别；原有各行已原样保留，新的一行写在其下方。',
};
