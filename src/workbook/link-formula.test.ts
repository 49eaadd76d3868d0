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
});
