import { PackageError } from '../package-error';
import { testCodec, workbookBytes, workbookParts, zipOf } from '../testing/package-fixture';
import { openPackage } from './open-package';

/** The start of an OLE compound file, with a directory holding the named streams (UTF-16LE). */
function compoundFile(...streams: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const names = streams.flatMap((name) => [...Buffer.from(name, 'utf16le'), 0, 0]);
  return new Uint8Array([...header, ...new Array(504).fill(0), ...names, ...new Array(64).fill(0)]);
}

const problemOf = async (bytes: Uint8Array) => openPackage(bytes, testCodec).then(() => 'opened', (error: PackageError) => error.problem);

describe('openPackage', () => {
  it('opens a workbook and finds its sheets, their parts and the workbook’s kind', async () => {
    const pkg = await openPackage(await workbookBytes({ sheets: [{ name: '员工' }, { name: '考勤' }], kind: 'xlsm' }), testCodec);
    expect(pkg.sheets.map((sheet) => [sheet.name, sheet.kind, sheet.part])).toEqual([
      ['员工', 'worksheet', 'xl/worksheets/sheet1.xml'],
      ['考勤', 'worksheet', 'xl/worksheets/sheet2.xml'],
    ]);
    expect(pkg.kind).toBe('xlsm');
  });

  it('knows a structure-protected workbook', async () => {
    const pkg = await openPackage(await workbookBytes({ sheets: [{ name: 'A' }], workbookExtra: '' }), testCodec);
    expect(pkg.workbook.structureLocked).toBe(false);
    const parts = workbookParts({ sheets: [{ name: 'A' }] });
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace('<bookViews>', '<workbookProtection lockStructure="1"/><bookViews>');
    expect((await openPackage(await zipOf(parts), testCodec)).workbook.structureLocked).toBe(true);
  });

  it.each([
    ['a password-protected workbook', compoundFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage'), 'encrypted'],
    ['an Excel 97–2003 workbook', compoundFile('Root Entry', 'Workbook'), 'legacyXls'],
    ['a text file', new TextEncoder().encode('工号,姓名\n1001,王芳\n'), 'notWorkbook'],
    ['an empty file', new Uint8Array(0), 'notWorkbook'],
  ])('refuses %s with its own reason', async (_, bytes, problem) => {
    expect(await problemOf(bytes)).toBe(problem);
  });

  it('refuses a ZIP archive that is no Office package, and a document that is no workbook', async () => {
    expect(await problemOf(await zipOf({ 'notes.txt': 'hello' }))).toBe('notWorkbook');
    const parts = workbookParts({ sheets: [{ name: 'A' }] });
    parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace('spreadsheetml.sheet.main+xml', 'wordprocessingml.document.main+xml');
    expect(await problemOf(await zipOf(parts))).toBe('notWorkbook');
  });

  it('refuses an Excel binary workbook (.xlsb)', async () => {
    const parts = workbookParts({ sheets: [{ name: 'A' }] });
    parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.binary.macroEnabled.main');
    expect(await problemOf(await zipOf(parts))).toBe('binaryWorkbook');
  });

  it('refuses a package missing its workbook part, or a sheet’s relationship, naming what is missing', async () => {
    const parts = workbookParts({ sheets: [{ name: 'A' }] });
    delete parts['xl/workbook.xml'];
    await expect(openPackage(await zipOf(parts), testCodec)).rejects.toMatchObject({ problem: 'missingPart', detail: 'xl/workbook.xml' });
    const unrelated = workbookParts({ sheets: [{ name: 'A' }] });
    unrelated['xl/_rels/workbook.xml.rels'] = unrelated['xl/_rels/workbook.xml.rels'].replace('rId10', 'rId99');
    await expect(openPackage(await zipOf(unrelated), testCodec)).rejects.toMatchObject({ problem: 'missingPart' });
  });

  it('refuses malformed XML in an index part as damaged, naming the part', async () => {
    const parts = workbookParts({ sheets: [{ name: 'A' }] });
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace('</sheets>', '');
    await expect(openPackage(await zipOf(parts), testCodec)).rejects.toMatchObject({ problem: 'damaged', detail: expect.stringContaining('xl/workbook.xml') });
  });

  it('says what to do in both languages, naming the file', () => {
    const error = new PackageError('encrypted');
    expect(error.text('zh', 'team.xlsx')).toMatch(/team\.xlsx.*密码/);
    expect(error.text('en', 'team.xlsx')).toMatch(/team\.xlsx is protected with a password.*Encrypt with Password/);
  });
});
