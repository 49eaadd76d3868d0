import type { Role } from '../../engine/records';
import type { Lang } from '../../i18n/lang';

/** Everything the sample writes as words, in the language of its sheets. */
export interface SampleText {
  readonly teams: readonly [string, string, string];
  readonly roles: Readonly<Record<Role, string>>;
  readonly attendance: Readonly<Record<'present' | 'leave' | 'rest' | 'absent', string>>;
  readonly voidStatus: string;
  readonly leaveNotes: readonly string[];
  readonly lateNotes: readonly string[];
  readonly absentNote: string;
  /** The time clock's words: a day off in the schedule, and the source of a make-up punch. */
  readonly clock: { readonly dayOff: string; readonly makeUp: string };
  readonly violationNotes: Readonly<Record<string, string>>;
  readonly meritNotes: Readonly<Record<string, string>>;
  readonly appealUpheld: string;
  readonly adjustmentNotes: readonly { readonly points: number; readonly note: string }[];
}

const zh: SampleText = {
  teams: ['一组', '二组', '三组'],
  roles: { agent: '客服', teamLead: '组长', trainer: '培训专员', reception: '现场接待' },
  attendance: { present: '正常', leave: '请假', rest: '休息', absent: '旷工' },
  voidStatus: '撤销',
  leaveNotes: ['事假', '病假', '年假', '调休'],
  lateNotes: ['地铁延误', '忘记打卡,已补签', ''],
  absentNote: '未请假未到岗,电话未接通',
  clock: { dayOff: '休', makeUp: '自助补卡' },
  violationNotes: {
    L01: '接听热线时使用方言',
    L08: '工单超时未跟进',
    L09: '值班期间闲聊',
    L10: '办公区大声喧哗',
    L14: '主管抽查录音,流程不规范',
    M01: '上班时间观看视频',
    M03: '系统异常未上报',
    M06: '缺席周一部门例会',
    S02: '与来电客户争执,客户有效投诉',
    S04: '私自带走备用耳机两副,照价赔偿',
    S06: '停电应急处理超时45分钟',
    X01: '夜班期间睡觉,主管现场发现',
    L11: '工位吃零食',
  },
  meritNotes: {
    B03: '人手不足时主动顶班',
    B04: '协助整理知识库',
    B06: '提出的交接班模板经试行效果良好',
  },
  appealUpheld: '员工申诉成立,予以撤销',
  adjustmentNotes: [
    { points: 3, note: '本组满意度全部门第一' },
    { points: -2, note: '本组交接班记录多次缺失' },
    { points: 5, note: '带领本组完成系统切换' },
  ],
};

const en: SampleText = {
  teams: ['Team 1', 'Team 2', 'Team 3'],
  roles: { agent: 'Agent', teamLead: 'Team lead', trainer: 'Trainer', reception: 'Reception' },
  attendance: { present: 'Present', leave: 'Leave', rest: 'Rest', absent: 'Absent' },
  voidStatus: 'Void',
  leaveNotes: ['Personal leave', 'Sick leave', 'Annual leave', 'Time off in lieu'],
  lateNotes: ['Metro delay', 'Forgot to punch, signed in by hand', ''],
  absentNote: 'Did not come in, phone not answered',
  clock: { dayOff: 'off', makeUp: 'Make-up punch' },
  violationNotes: {
    L01: 'Used dialect on the hotline',
    L08: 'Ticket not followed up in time',
    L09: 'Chatting on shift',
    L10: 'Loud in the office',
    L14: 'Spot check of a call: procedure not followed',
    M01: 'Watching videos on shift',
    M03: 'System fault not reported',
    M06: 'Missed the Monday department meeting',
    S02: 'Argued with a caller; complaint upheld',
    S04: 'Took two spare headsets home; pays their cost',
    S06: 'Power-cut response 45 minutes late',
    X01: 'Asleep on the night shift, seen by the supervisor',
    L11: 'Snacking at the desk',
  },
  meritNotes: {
    B03: 'Covered a shift when short-staffed',
    B04: 'Helped tidy the knowledge base',
    B06: 'Handover template suggestion worked well in trial',
  },
  appealUpheld: 'Appeal upheld; voided',
  adjustmentNotes: [
    { points: 3, note: "Team's satisfaction best in the department" },
    { points: -2, note: 'Team handover logs missing several times' },
    { points: 5, note: 'Led the team through the system change-over' },
  ],
};

export const sampleText: Readonly<Record<Lang, SampleText>> = { zh, en };

const surnames: readonly (readonly [string, string])[] = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'],
  ['黄', 'Huang'], ['赵', 'Zhao'], ['吴', 'Wu'], ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun'],
  ['马', 'Ma'], ['朱', 'Zhu'], ['胡', 'Hu'], ['郭', 'Guo'], ['何', 'He'], ['高', 'Gao'],
  ['林', 'Lin'], ['罗', 'Luo'], ['郑', 'Zheng'], ['梁', 'Liang'], ['谢', 'Xie'], ['宋', 'Song'],
];

const givenNames: readonly (readonly [string, string])[] = [
  ['芳', 'Fang'], ['伟', 'Wei'], ['娜', 'Na'], ['敏', 'Min'], ['静', 'Jing'], ['丽', 'Li'],
  ['强', 'Qiang'], ['磊', 'Lei'], ['洋', 'Yang'], ['艳', 'Yan'], ['勇', 'Yong'], ['军', 'Jun'],
  ['杰', 'Jie'], ['娟', 'Juan'], ['涛', 'Tao'], ['明', 'Ming'], ['超', 'Chao'], ['秀兰', 'Xiulan'],
  ['霞', 'Xia'], ['平', 'Ping'], ['刚', 'Gang'], ['桂英', 'Guiying'], ['晓燕', 'Xiaoyan'], ['佳怡', 'Jiayi'],
  ['子涵', 'Zihan'], ['浩然', 'Haoran'], ['雨轩', 'Yuxuan'], ['思远', 'Siyuan'], ['欣怡', 'Xinyi'], ['梓萱', 'Zixuan'],
  ['俊杰', 'Junjie'], ['婷', 'Ting'], ['鹏', 'Peng'], ['慧', 'Hui'], ['建华', 'Jianhua'], ['玉兰', 'Yulan'],
];

const NAME_COUNT = surnames.length * givenNames.length;
/** Coprime with NAME_COUNT, so the first NAME_COUNT employees all get different names. */
const NAME_STRIDE = 367;

/** The name of the employee at `index`; distinct for the first 864 employees of a sample. */
export function personName(index: number, seed: number, lang: Lang): string {
  const slot = (((index * NAME_STRIDE + seed) % NAME_COUNT) + NAME_COUNT) % NAME_COUNT;
  const surname = surnames[slot % surnames.length];
  const given = givenNames[Math.floor(slot / surnames.length)];
  return lang === 'zh' ? surname[0] + given[0] : `${surname[1]} ${given[1]}`;
}
