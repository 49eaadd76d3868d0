import type { WorkbookInspection } from '../workbook/pipeline';
import { templateLanguage } from './template-language';

const inspection = (found: boolean, language: 'zh' | 'en'): WorkbookInspection => ({
  sheets: [{ key: 'employees', name: found ? 'Employees' : undefined, required: true, monthRows: 0 }],
  missingRequired: found ? [] : ['employees'],
  existingTabs: [],
  outOfDate: false,
  previousMonthComputed: false,
  language,
});

describe('templateLanguage', () => {
  it("keeps the language of a workbook that has input sheets, whatever the pane's", () => {
    expect(templateLanguage(inspection(true, 'en'), 'zh')).toBe('en');
    expect(templateLanguage(inspection(true, 'zh'), 'en')).toBe('zh');
  });

  it("uses the pane's language for a workbook without input sheets", () => {
    expect(templateLanguage(inspection(false, 'zh'), 'en')).toBe('en');
    expect(templateLanguage(undefined, 'zh')).toBe('zh');
  });
});
