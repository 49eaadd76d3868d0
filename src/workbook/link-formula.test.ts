import fc from 'fast-check';
import { linkFormula } from './link-formula';

describe('linkFormula', () => {
  it('links to a cell of a sheet by its quoted name and shows the text', () => {
    expect(linkFormula({ cell: 'K5', sheet: '考勤', targetCell: 'C12', text: '考勤!C12' })).toBe('HYPERLINK("#\'考勤\'!C12","考勤!C12")');
  });

  it('doubles apostrophes in sheet names and double quotes in both arguments', () => {
    expect(linkFormula({ cell: 'A1', sheet: "Tom's \"A\"", targetCell: 'B2', text: 'say "hi"' })).toBe(
      'HYPERLINK("#\'Tom\'\'s ""A""\'!B2","say ""hi""")',
    );
  });

  it('doubles every quote of any sheet name and text, however many there are', () => {
    const quoted = fc.string({ unit: fc.constantFrom('a', "'", '"', '考', '!') });
    fc.assert(
      fc.property(quoted, quoted, (sheet, text) => {
        const target = `#'${sheet.replace(/'/g, "''")}'!B2`.replace(/"/g, '""');
        expect(linkFormula({ cell: 'A1', sheet, targetCell: 'B2', text })).toBe(`HYPERLINK("${target}","${text.replace(/"/g, '""')}")`);
      }),
    );
  });
});
