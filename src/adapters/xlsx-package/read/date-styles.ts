import { isDateFormat } from '../../../workbook/number-format-kind';
import { child, children, parseXml } from '../xml/xml-tree';

/**
 * Built-in number formats that show a date (ECMA-376 Part 1, §18.8.30): 14–17 and 22 in every
 * locale, 27–36 and 50–58 in the East Asian ones (Excel's Chinese `yyyy"年"m"月"d"日"` and kin).
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** For each cell format (`cellXfs`, by index), whether it shows a date. Read only for 1904 workbooks. */
export function dateStyles(stylesXml: string): readonly boolean[] {
  const root = parseXml(stylesXml);
  const custom = new Map<number, string>();
  const numFmts = child(root, 'numFmts');
  for (const format of numFmts ? children(numFmts, 'numFmt') : []) {
    custom.set(Number(format.attributes.get('numFmtId')), format.attributes.get('formatCode') ?? '');
  }
  const xfs = child(root, 'cellXfs');
  return (xfs ? children(xfs, 'xf') : []).map((xf) => {
    const id = Number(xf.attributes.get('numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  });
}
