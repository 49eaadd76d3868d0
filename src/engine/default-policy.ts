import type { CatalogEntry, Category, Policy } from './policy';

/** 制度2 三、扣分标准 and 二、加分标准, as fixed by SPEC §3.3. */
const entry = (code: string, category: Category, zh: string, en: string, min: number, max = min): CatalogEntry => ({
  code,
  category,
  name: { zh, en },
  min,
  max,
});

export const defaultCatalog: readonly CatalogEntry[] = [
  entry('L01', 'minor', '工作时间未使用普通话', 'Not speaking Mandarin at work', 2),
  entry('L02', 'minor', '交接班后办公桌面凌乱', 'Untidy desk after handover', 2),
  entry('L03', 'minor', '值日人员未完成打扫卫生', 'Duty cleaning not done', 2),
  entry('L04', 'minor', '迟到早退', 'Late arrival or early leave', 2, 5),
  entry('L05', 'minor', '未认真填写交接班记录及相关表单', 'Handover log or forms not filled in properly', 5),
  entry('L06', 'minor', '未及时回复顾客申诉、回复不耐心不友好', 'Customer appeal not answered promptly or politely', 5),
  entry('L07', 'minor', '离开岗位超过5分钟未告知上级', 'Away from post over 5 minutes without telling a supervisor', 5),
  entry('L08', 'minor', '未能及时有效执行客服工作', 'Service work not carried out promptly and effectively', 2, 5),
  entry('L09', 'minor', '上班时间谈论与工作无关的事情', 'Chatting about non-work matters on shift', 1, 2),
  entry('L10', 'minor', '办公区域大声喧哗', 'Loud noise in the office', 2),
  entry('L11', 'minor', '办公区域抽烟、就餐或吃零食', 'Smoking, eating or snacking in the office', 5),
  entry('L12', 'minor', '客服信息录入错误', 'Service data entry error', 2),
  entry('L13', 'minor', '突发事件处理超时1–10分钟', 'Incident handled 1–10 minutes late', 5),
  entry('L14', 'minor', '主管随机抽查错误', 'Error found in a supervisor spot check', 2, 5),
  entry('M01', 'moderate', '观看在线电影、玩游戏', 'Watching films or gaming on shift', 10),
  entry('M02', 'moderate', '虚报工作量', 'Over-reported workload', 10),
  entry('M03', 'moderate', '异常情况未及时反映或知情不报', 'Abnormal situation not reported', 10),
  entry('M04', 'moderate', '私自下载安装软件', 'Unauthorised software installed', 10),
  entry('M05', 'moderate', '私自跳过未处理问题或工作记录', 'Open issues or work records skipped', 10),
  entry('M06', 'moderate', '未请假缺席部门例会', 'Missed the department meeting without leave', 10),
  entry('M07', 'moderate', '考试得分60分以下', 'Exam score below 60', 10),
  entry('M08', 'moderate', '突发事件处理超时11–30分钟', 'Incident handled 11–30 minutes late', 10),
  entry('S01', 'severe', '旷工', 'Absence without leave', 20),
  entry('S02', 'severe', '与客户发生口角争执或冲突(有效投诉)', 'Quarrel or conflict with a customer (valid complaint)', 20),
  entry('S03', 'severe', '将非公司人员带入工作区域', 'Outsider brought into the work area', 20),
  entry('S04', 'severe', '私自拆卸公司设备带出公司', 'Company equipment dismantled or taken out', 20),
  entry('S05', 'severe', '当月未良好履行职责', 'Duties not properly performed this month', 20),
  entry('S06', 'severe', '突发事件处理超时30分钟以上', 'Incident handled over 30 minutes late', 20),
  entry('X01', 'dismissal', '工作时间内睡觉', 'Sleeping on shift', 0),
  entry('X02', 'dismissal', '将客服电话挂起致用户无法打入', 'Service line left off the hook', 0),
  entry('X03', 'dismissal', '拉帮结派、搞小团体', 'Forming cliques', 0),
  entry('X04', 'dismissal', '利用职权徇私舞弊', 'Abuse of position for personal gain', 0),
  entry('B01', 'bonus', '当月工作量与质量均为全客服之首且无违规', 'Top workload and quality with no violations', 5),
  entry('B02', 'bonus', '客服考试满分', 'Full marks in the service exam', 5),
  entry('B03', 'bonus', '人手不够时主动顶班', 'Covered a shift when short-staffed', 5),
  entry('B04', 'bonus', '完成上级安排的额外工作', 'Completed extra work set by a superior', 5),
  entry('B05', 'bonus', '当月有效投诉为零', 'No valid complaints this month', 5),
  entry('B06', 'bonus', '合理化建议经试行效果理想', 'Suggestion proved effective in trial', 5),
  entry('ADJ', 'adjustment', '培训专员对组长的额外奖惩', "Trainer's adjustment for a team lead", -5, 5),
];

const minutes = (hours: number, mins: number): number => hours * 60 + mins;

export const defaultPolicy: Policy = {
  score: { base: 80, max: 110, min: 0 },
  attendance: {
    graceMinutes: 0,
    checkInOpensMinutes: 120,
    checkOutClosesMinutes: 240,
    lateTiers: [
      { upToMinutes: 5, points: 2 },
      { upToMinutes: 10, points: 5 },
    ],
    absenceDaysFlag: 3,
  },
  escalation: { moderateOccurrences: 2, minorOccurrences: 4 },
  adjustment: { min: -5, max: 5 },
  catalog: defaultCatalog,
  grades: {
    bands: [
      { grade: 'A', min: 90, inclusive: false },
      { grade: 'B', min: 80, inclusive: true },
      { grade: 'C', min: 70, inclusive: true },
      { grade: 'D', min: 65, inclusive: true },
      { grade: 'E', min: 60, inclusive: true },
    ],
    fallback: 'F',
  },
  salary: { pivotScore: 80, perPoint: 10, limit: 300, probationMonths: 2 },
  award: { amounts: [50, 100, 200] },
  kpi: { perfectExamScore: 100, failingExamBelow: 60 },
  flags: { scoreBelow: 60, lastPlaceBelow: 70 },
  shifts: [
    { code: 'D', name: { zh: '白班', en: 'Day' }, start: minutes(8, 30), end: minutes(17, 30), breakMinutes: 60 },
    { code: 'N', name: { zh: '晚班', en: 'Night' }, start: minutes(17, 30), end: minutes(0, 0), breakMinutes: 0 },
    { code: 'E', name: { zh: '早班', en: 'Early' }, start: minutes(8, 0), end: minutes(17, 30), breakMinutes: 60 },
    { code: 'L', name: { zh: '晚班', en: 'Late' }, start: minutes(16, 0), end: minutes(1, 0), breakMinutes: 60 },
  ],
};
