import type { PaneStrings } from './strings';

const moneyFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const signed = (amount: number): string => `${amount > 0 ? '+' : ''}${moneyFormat.format(amount)} 元`;

export const zhStrings: PaneStrings = {
  appTitle: '员工考核积分',
  appSubtitleExcel: '根据本工作簿的考勤与违规记录,计算月度积分、等级和浮动工资。',
  appSubtitleBrowser: '打开班组工作簿(.xlsx),计算一个月份,然后下载结果。',
  privacyNote: '文件只在本浏览器中读取和计算,不会上传。',

  languageLabel: '语言',
  languageNames: { zh: '中文', en: 'English' },

  monthLabel: '考核月份',
  monthHint: '通常是刚结束的月份。',
  monthOption: (year, month) => `${year}年${month}月`,

  sheetsHeading: '输入工作表',
  required: '必需',
  optional: '可选',
  rowsThisMonth: (rows) => `本月 ${rows} 行`,
  employeesListed: (rows) => `共 ${rows} 名员工`,
  sheetMissing: '缺少',
  sheetNotUsed: '本工作簿中没有',
  missingRequired: (sheets) => `缺少必需的工作表:${sheets}。请先创建并填写,再计算。`,
  createTemplates: '创建缺少的工作表',
  creatingTemplates: '正在创建缺少的工作表…',
  templatesCreated: '已添加缺少的工作表,原有工作表未作改动。',
  refresh: '刷新',
  loadingWorkbook: '正在读取工作簿…',
  existingTabs: (tabs) => `本月已计算过(${tabs})。再次计算将替换这些工作表。`,
  computedAt: (time) => `上次计算时间:${time}。`,
  outOfDate: '本月计算之后输入数据有改动,请重新计算以更新考核表。',

  compute: '计算',
  computing: '正在计算…',
  stepNames: {
    reading: '读取工作簿',
    checking: '检查数据',
    computing: '计算积分',
    writing: '写入考核表',
  },
  stepOf: (index, total, name) => `第 ${index} 步,共 ${total} 步:${name}`,
  cancelled: '未作替换,原有考核表保持不变。',
  unexpectedFailure: (message) => `计算意外中止:${message}。工作簿保持原样。`,

  replaceTitle: '替换本月的考核表?',
  replaceBody: (month, tabs) => `${month} 已经计算过。工作表 ${tabs} 将被新的结果替换;输入工作表和其他月份不受影响。`,
  replaceConfirm: '替换',
  replaceCancel: '保留原有工作表',

  resultsHeading: (month) => `${month} 计算结果`,
  written: '已写入考核表和明细表。',
  headcount: '参与考核人数',
  gradesHeading: '等级分布',
  gradeChartLabel: (parts) => `等级分布:${parts}`,
  gradeCount: (grade, count) => `${grade}:${count} 人`,
  employeeWithFlags: (name, id, flags) => `${name}(${id}):${flags}`,
  listSeparator: '、',
  flagsHeading: (count) => `需复核(${count} 人)`,
  noFlags: '本月没有需要复核的人员。',
  salaryTotal: '浮动工资合计',
  awardTotal: '特别奖合计',
  money: signed,
  openScorecard: '打开考核表',
  download: '下载工作簿',

  errorsHeading: (count) => `${count} 个错误需要修正`,
  nothingWritten: '未写入任何内容。请修正这些单元格后重新计算。',
  warningsHeading: (count) => `${count} 个提示(考核表照常写入)`,
  wholeMonth: '整月',
  goTo: '定位',
  goToCell: (location) => `定位到 ${location}`,
  goToFailed: (location) => `无法选中 ${location}:该工作表可能已被重命名或删除。`,

  fileDropLabel: '班组工作簿',
  fileDropHint: '将 .xlsx 文件拖到这里,或点击选择。',
  chooseFile: '选择文件',
  startEmpty: '新建工作簿',
  fileLoaded: (name) => `已打开 ${name}。`,
  fileNotXlsx: (name) => `${name} 不是 .xlsx 工作簿。`,
  fileUnreadable: (name, message) => `无法读取 ${name}:${message}`,
};
