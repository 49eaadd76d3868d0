import type { Lang } from '../i18n/lang';
import type { ComputeStep } from './compute-steps';
import type { SkippedFeature } from './host';
import { enStrings } from './strings.en';
import { zhStrings } from './strings.zh';

/**
 * Every word the pane shows. Both catalogues are typed with this interface, so a string
 * missing from either one fails to compile.
 */
export interface PaneStrings {
  readonly appTitle: string;
  readonly appSubtitleExcel: string;
  readonly appSubtitleBrowser: string;
  readonly privacyNote: string;

  readonly languageLabel: string;
  readonly languageNames: Readonly<Record<Lang, string>>;

  readonly monthLabel: string;
  readonly monthHint: string;
  readonly monthOption: (year: number, month: number) => string;

  readonly sheetsHeading: string;
  /** After a sheet's name, with its own brackets. */
  readonly required: string;
  readonly optional: string;
  readonly rowsThisMonth: (rows: number) => string;
  readonly employeesListed: (rows: number) => string;
  /** The month's punches on the Punches sheet, and the shifts its schedule schedules (SPEC §2.1). */
  readonly punchesThisMonth: (punches: number) => string;
  readonly shiftsThisMonth: (shifts: number) => string;
  /** The templates' option of a time clock: the Punches sheet and the month's schedule. */
  readonly timeClockOption: (month: string) => string;
  readonly sheetMissing: string;
  readonly sheetNotUsed: string;
  readonly missingRequired: (sheets: string) => string;
  readonly createTemplates: string;
  readonly templatesWillAdd: (sheets: string) => string;
  readonly creatingTemplates: string;
  readonly templatesCreated: string;
  readonly refresh: string;
  readonly loadingWorkbook: string;
  readonly existingTabs: (tabs: string) => string;
  readonly computedAt: (time: string) => string;
  readonly outOfDate: string;

  readonly compute: string;
  readonly computing: string;
  readonly stepNames: Readonly<Record<ComputeStep, string>>;
  readonly stepOf: (index: number, total: number, name: string) => string;
  readonly cancelled: string;
  readonly unexpectedFailure: (message: string) => string;
  /** Anything else that failed: reading the workbook, adding the templates, saving the file. */
  readonly actionFailed: (message: string) => string;

  readonly replaceTitle: string;
  readonly replaceBody: (month: string, tabs: string) => string;
  readonly replaceConfirm: string;
  readonly replaceCancel: string;

  readonly resultsHeading: (month: string) => string;
  readonly written: string;
  readonly headcount: string;
  readonly gradesHeading: string;
  readonly gradeChartLabel: (parts: string) => string;
  readonly gradeCount: (grade: string, count: number) => string;
  readonly employeeWithFlags: (name: string, id: string, flags: string) => string;
  readonly listSeparator: string;
  readonly flagsHeading: (count: number) => string;
  readonly noFlags: string;
  readonly salaryTotal: string;
  readonly awardTotal: string;
  readonly money: (amount: number) => string;
  readonly openScorecard: string;
  /** What this Excel could not do in the tabs, each feature by name, and where it can. */
  readonly skippedHeading: string;
  readonly skippedFeatures: Readonly<Record<SkippedFeature, string>>;
  readonly skippedHint: string;
  /** A workbook whose structure is protected: nothing can be written. */
  readonly workbookProtected: string;
  readonly download: string;

  readonly errorsHeading: (count: number) => string;
  readonly nothingWritten: string;
  readonly warningsHeading: (count: number) => string;
  readonly warningsDoNotBlock: string;
  readonly wholeMonth: string;
  readonly goTo: string;
  readonly goToCell: (location: string) => string;
  readonly goToFailed: (location: string) => string;

  readonly fileDropLabel: string;
  readonly fileDropHint: string;
  readonly chooseFile: string;
  readonly startEmpty: string;
  readonly fileLoaded: (name: string) => string;
  readonly fileOpen: (name: string) => string;
  readonly fileNotXlsx: (name: string) => string;
  readonly fileUnreadable: (name: string, message: string) => string;

  readonly preview: string;
  readonly previewing: string;
  readonly previewHeading: (month: string) => string;
  readonly previewNote: string;
  readonly changesHeading: string;
  readonly changesCaption: (count: number) => string;
  readonly noChanges: string;
  readonly totalsCaption: string;
  readonly before: string;
  readonly after: string;
  readonly employeeColumn: string;
  readonly changeColumns: { readonly score: string; readonly grade: string; readonly rank: string; readonly salaryAdjustment: string; readonly award: string };
  readonly added: string;
  readonly removed: string;
  readonly changeValue: (before: string, after: string) => string;
  readonly replaceChanges: string;

  readonly periodsHeading: string;
  readonly periodLabel: string;
  readonly periodHint: string;
  readonly quarterOption: (year: number, quarter: number) => string;
  readonly yearOption: (year: number) => string;
  readonly rollup: string;
  readonly rollingUp: string;
  readonly periodHeading: (period: string) => string;
  readonly periodWritten: (tab: string) => string;
  readonly monthsIncluded: (months: string) => string;
  readonly monthsMissing: (months: string) => string;
  readonly periodAverage: string;
  readonly monthlyChartLabel: (parts: string) => string;
  readonly monthAverage: (month: string, average: string) => string;
  readonly topRanked: string;
  readonly openPeriodTab: string;
}

const catalogues: Readonly<Record<Lang, PaneStrings>> = { zh: zhStrings, en: enStrings };

export function paneStrings(lang: Lang): PaneStrings {
  return catalogues[lang];
}

/** SPEC §1: Chinese for a Chinese Office (`zh-CN`, `zh-TW`, …), English for everything else. */
export function langForDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
