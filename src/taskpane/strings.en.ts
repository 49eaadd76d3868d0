import type { PaneStrings } from './strings';

const moneyFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const signed = (amount: number): string => (amount > 0 ? '+' : '') + moneyFormat.format(amount);
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const enStrings: PaneStrings = {
  appTitle: 'Scorecards',
  appSubtitleExcel: 'Monthly scores, grades and salary adjustments from this workbook.',
  appSubtitleBrowser: 'Open a team workbook (.xlsx), compute a month and download the result.',
  privacyNote: 'The file is read and computed in this browser only; it is never uploaded.',

  languageLabel: 'Language',
  languageNames: { zh: '中文', en: 'English' },

  monthLabel: 'Month',
  monthHint: 'Usually the month just ended.',
  monthOption: (year, month) => `${monthNames[month - 1]} ${year}`,

  sheetsHeading: 'Input sheets',
  required: '(required)',
  optional: '(optional)',
  rowsThisMonth: (rows) => `${plural(rows, 'row', 'rows')} this month`,
  employeesListed: (rows) => `${plural(rows, 'employee', 'employees')} listed`,
  sheetMissing: 'missing',
  sheetNotUsed: 'not in this workbook',
  missingRequired: (sheets) => `Missing required sheets: ${sheets}. Create them, fill them in, then compute.`,
  createTemplates: 'Create the missing sheets',
  templatesWillAdd: (sheets) => `Not in this workbook yet: ${sheets}. The templates add them with their headers and the default policy.`,
  creatingTemplates: 'Creating the missing sheets…',
  templatesCreated: 'The missing sheets were added. Existing sheets were not changed.',
  refresh: 'Refresh',
  loadingWorkbook: 'Reading the workbook…',
  existingTabs: (tabs) => `This month has already been computed (${tabs}). Computing again replaces those tabs.`,
  computedAt: (time) => `Last computed ${time}.`,
  outOfDate: 'The input rows changed after this month was computed: compute again to bring the tabs up to date.',

  compute: 'Compute',
  computing: 'Computing…',
  stepNames: {
    reading: 'Reading the workbook',
    checking: 'Checking the data',
    computing: 'Computing the scores',
    writing: 'Writing the scorecard tabs',
  },
  stepOf: (index, total, name) => `Step ${index} of ${total}: ${name}`,
  cancelled: 'Nothing was replaced; the existing tabs were kept.',
  unexpectedFailure: (message) => `The compute stopped unexpectedly: ${message}. The workbook was left as it was.`,
  actionFailed: (message) => `That did not work: ${message}. The workbook was left as it was.`,

  replaceTitle: "Replace this month's tabs?",
  replaceBody: (month, tabs) =>
    `${month} has already been computed. The tabs ${tabs} will be replaced with new ones; input sheets and other months are not touched.`,
  replaceConfirm: 'Replace',
  replaceCancel: 'Keep the existing tabs',

  resultsHeading: (month) => `Results for ${month}`,
  written: 'The scorecard and details tabs were written.',
  headcount: 'Employees scored',
  gradesHeading: 'Grades',
  gradeChartLabel: (parts) => `Grade distribution: ${parts}`,
  gradeCount: (grade, count) => `${grade}: ${count}`,
  employeeWithFlags: (name, id, flags) => `${name} (${id}): ${flags}`,
  listSeparator: ', ',
  flagsHeading: (count) => `Review flags (${plural(count, 'employee', 'employees')})`,
  noFlags: 'No review flags this month.',
  salaryTotal: 'Salary adjustments, total',
  awardTotal: 'Awards, total',
  money: signed,
  openScorecard: 'Open the scorecard tab',
  skippedHeading: 'Your version of Excel cannot do the following. The tabs were written without it; everything else is in place:',
  skippedFeatures: {
    autoFilter: 'filter buttons on the header row',
    print: 'print setup (landscape A4, fit to the page width, header rows on every page, footer)',
    strikethrough: 'a line through voided items: they are shown in grey italics instead',
  },
  skippedHint: 'Excel on the web and Microsoft 365 do all of these.',
  workbookProtected:
    "This workbook's structure is protected (Review › Protect Workbook), so no sheet can be added, renamed or deleted. Nothing was written. Unprotect the workbook, then try again.",
  download: 'Download the workbook',

  errorsHeading: (count) => `${plural(count, 'error', 'errors')} to fix`,
  nothingWritten: 'Nothing was written. Fix these cells, then compute again.',
  warningsHeading: (count) => plural(count, 'warning', 'warnings'),
  warningsDoNotBlock: 'Warnings do not stop the tabs from being written.',
  wholeMonth: 'The month as a whole',
  goTo: 'Go to',
  goToCell: (location) => `Go to ${location}`,
  goToFailed: (location) => `${location} could not be selected: the sheet may have been renamed or removed.`,

  fileDropLabel: 'Team workbook',
  fileDropHint: 'Drop an .xlsx file here, or choose one.',
  chooseFile: 'Choose a file',
  startEmpty: 'Start a new workbook',
  fileLoaded: (name) => `Opened ${name}.`,
  fileOpen: (name) => `Open now: ${name}`,
  fileNotXlsx: (name) => `${name} is not an .xlsx workbook.`,
  fileUnreadable: (name, message) => `${name} could not be read: ${message}`,
};
