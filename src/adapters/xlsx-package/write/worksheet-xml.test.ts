import fc from 'fast-check';
import type { SheetSpec } from '../../../workbook/sheet-spec';
import { openPackage } from '../read/open-package';
import { readGrids } from '../read/read-grids';
import { sheetRows } from '../read/sheet-cells';
import { testCodec } from '../testing/package-fixture';
import { parseXml } from '../xml/xml-tree';
import { applyPlan } from './apply-plan';
import { emptyWorkbookBytes, joined } from './new-workbook';
import { StyleSheet, defaultStylesXml } from './style-sheet';
import { worksheetXml } from './worksheet-xml';

/** CT_Worksheet's sequence (ECMA-376 Part 1, §18.3.1.99): Excel refuses children out of it. */
const SCHEMA_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios',
  'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations',
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
  'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

const everything: SheetSpec = {
  name: '考核 2026-11',
  visibility: 'visible',
  tabColor: '#1F4E78',
  columns: [{ width: 6 }, { width: 10, text: true }, { width: 12, numberFormat: 'yyyy-mm-dd', hidden: true }],
  rows: [['Title'], [], ['排名', '工号', '日期'], [1, '1001', 46331], [2, '=1+1', 46332]],
  rowHeights: [{ row: 1, height: 24 }, { row: 9, height: 30 }],
  styles: [{ range: 'A3:C3', style: { bold: true, fill: '#D9E1F2', border: 'bottom', borderColor: '#1F4E78', horizontal: 'center', vertical: 'middle', wrap: true } }],
  merges: ['A1:C1'],
  freeze: { rows: 3, columns: 1 },
  autoFilter: 'A3:C5',
  conditionalFormats: [
    { kind: 'textEquals', range: 'B4:B5', text: 'A', style: { fill: '#63BE7B', fontColor: '#003300', bold: true } },
    { kind: 'dataBar', range: 'A4:A5', color: '#5B9BD5' },
  ],
  hyperlinks: [{ cell: 'B4', sheet: "明细 'x'", targetCell: 'A5', text: '1001' }],
  print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, repeatRows: { first: 3, last: 3 }, centerFooter: '第 &P 页' },
  chart: { kind: 'column', title: '等级分布', categories: 'A4:A5', values: 'A4:A5', seriesName: '人数', from: 'E1', to: 'J10' },
};

describe('worksheetXml', () => {
  const xml = new TextDecoder().decode(worksheetXml(everything, new StyleSheet(defaultStylesXml), { serial: 1, drawingId: 'rId1' }));
  const root = parseXml(xml);

  it('writes every element in the schema’s order', () => {
    const order = root.children.map((element) => SCHEMA_ORDER.indexOf(element.name));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(root.children.map((element) => element.name)).toEqual(
      expect.arrayContaining(['sheetPr', 'sheetViews', 'cols', 'sheetData', 'autoFilter', 'mergeCells', 'conditionalFormatting', 'printOptions', 'pageSetup', 'headerFooter', 'drawing', 'extLst']),
    );
  });

  it('writes text as inline strings, never as a formula, and links as the HYPERLINK formula with their text', () => {
    expect(xml).toContain('<c r="B5" s="');
    expect(xml).toMatch(/<c r="B5" s="\d+" t="inlineStr"><is><t>=1\+1<\/t><\/is><\/c>/);
    expect(xml).toContain(`<f>HYPERLINK("#'明细 ''x'''!A5","1001")</f><v>1001</v>`);
    expect(xml.match(/<f>/g)).toHaveLength(1);
  });

  it('freezes the header rows and the first column, with rows given their heights', () => {
    expect(xml).toContain('<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<row r="1" ht="24" customHeight="1">');
    expect(xml).toContain('<row r="9" ht="30" customHeight="1"/>');
  });
});

describe('text written and read back', () => {
  const cells = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('_x000D_', 'a_x0041_b', '  lead', 'trail ', '=SUM(A1)', '@x', '\u0001\u0002', 'x\ny', 'a\r\nb'));

  it('reads back exactly as written, whatever the text holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cells, { minLength: 1, maxLength: 8 }), async (texts) => {
        const spec: SheetSpec = { name: 'T', visibility: 'visible', columns: [], rows: texts.map((text) => [text]), styles: [], merges: [], conditionalFormats: [], hyperlinks: [] };
        const xml = new TextDecoder().decode(worksheetXml(spec, new StyleSheet(defaultStylesXml), { serial: 1 }));
        const rows = sheetRows(xml, { sharedStrings: () => [], showsDate: () => false, date1904: false });
        expect(rows.map((row) => row[0])).toEqual(texts);
      }),
      { numRuns: 50 },
    );
  });

  it('make a whole workbook from nothing that reads back', async () => {
    const pkg = await openPackage(await emptyWorkbookBytes(testCodec, new Date(2026, 10, 1)), testCodec);
    const after = await openPackage(joined(await applyPlan(pkg, { sheets: [everything], remove: [], activate: everything.name }, testCodec, new Date())), testCodec);
    const grids = await readGrids(after, testCodec);
    expect(grids.sheets[0].rows.slice(2)).toEqual([['排名', '工号', '日期'], [1, '1001', 46331], [2, '=1+1', 46332]]);
    expect(grids.sheets[0].rows[0]).toEqual(['Title', 'Title', 'Title']);
  });
});
