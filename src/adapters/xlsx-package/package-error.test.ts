import { languages } from '../../i18n/lang';
import { PackageError, type PackageProblem } from './package-error';

const problems: readonly PackageProblem[] = ['encrypted', 'legacyXls', 'binaryWorkbook', 'structureProtected', 'damaged', 'missingPart', 'notWorkbook'];

/** Latin words in a Chinese message, leaving out the file's name and the product name Excel. */
const latinWords = (text: string, name: string) => text.replace(name, '').replace(/Excel|\.xlsx|\.xlsm|\.xltx|\.xltm|\.xlsb|\.xls/g, '').match(/[A-Za-z]{2,}/g) ?? [];

describe('PackageError', () => {
  const damaged = new PackageError('damaged', 'xl/worksheets/sheet1.xml: checksum mismatch');

  it.each(problems)('says what is wrong with a %s file wholly in Chinese, naming the file', (problem) => {
    const text = new PackageError(problem, 'xl/worksheets/sheet1.xml: checksum mismatch').text('zh', 'team.xlsx');
    expect(text).toContain('team.xlsx');
    if (problem !== 'missingPart') expect(latinWords(text, 'team.xlsx')).toEqual([]);
  });

  it('names the missing part in either language: a part name is no word of either', () => {
    const missing = new PackageError('missingPart', '/xl/styles.xml');
    for (const lang of languages) expect(missing.text(lang, 'team.xlsx')).toContain('/xl/styles.xml');
  });

  it('keeps a damaged file’s technical detail out of the message, on a line of its own labelled in each language', () => {
    expect(damaged.text('zh', 'team.xlsx')).toBe('team.xlsx 已损坏,无法读取。请在 Excel 中打开并修复该文件,保存后重试。');
    expect(damaged.text('en', 'team.xlsx')).toBe('team.xlsx is damaged and cannot be read. Open it in Excel, let Excel repair it, save it and try again.');
    expect(damaged.detailLine('zh')).toBe('技术细节:xl/worksheets/sheet1.xml: checksum mismatch');
    expect(damaged.detailLine('en')).toBe('Technical detail: xl/worksheets/sheet1.xml: checksum mismatch');
  });

  it('puts the detail line under the message where only one text can be shown (the web page)', () => {
    expect(damaged.textWithDetail('zh', 'team.xlsx').split('\n')).toEqual([damaged.text('zh', 'team.xlsx'), damaged.detailLine('zh')]);
    expect(new PackageError('encrypted').textWithDetail('en', 'team.xlsx')).toBe(new PackageError('encrypted').text('en', 'team.xlsx'));
  });

  it('has no detail line when there is no detail, or when the message names it already', () => {
    expect(new PackageError('damaged').detailLine('en')).toBeUndefined();
    expect(new PackageError('missingPart', '/xl/styles.xml').detailLine('zh')).toBeUndefined();
    expect(new PackageError('encrypted').detailLine('zh')).toBeUndefined();
  });
});
