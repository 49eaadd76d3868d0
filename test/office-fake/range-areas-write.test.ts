import { type Capabilities, detectCapabilities } from '../../src/adapters/office/capabilities';
import { createFakeOffice, type FakeOffice } from '../../src/adapters/office/fake';
import { NEWEST_EXCEL_API } from '../../src/adapters/office/fake/requirement-sets';
import { renderPlan } from '../../src/adapters/office/render-plan';
import { scalePlan } from './scale-plan';

const allFeatures: Capabilities = { suspendScreenUpdating: true, autoFilter: true, pageLayout: true, rangeAreas: true, strikethrough: true };

/** Writes a 600-employee month (some 340 runs of two-line rows, link runs broken every eighth row). */
async function written(apiVersion: string, capabilities?: Capabilities): Promise<FakeOffice> {
  const office = createFakeOffice({ workbook: { sheets: [{ name: '员工' }, { name: '考勤' }] }, apiVersion });
  const options = { capabilities: capabilities ?? detectCapabilities(office.Office.context.requirements) };
  await office.Excel.run((context) => renderPlan(context as unknown as Excel.RequestContext, scalePlan(600), options));
  return office;
}

/** The workbook as written, without the sheet ids that differ from one write to the next. */
const workbook = (office: FakeOffice) => office.snapshot().sheets.map((sheet) => ({ ...sheet, id: '' }));

const writeOperations = (office: FakeOffice) => office.syncs.slice(1).reduce((sum, sync) => sum + sync.operations, 0);

/** Row heights and the colour and underline of link cells: what getRanges sets. */
function heightsAndLinkFonts(office: FakeOffice) {
  return office.snapshot().sheets.map((sheet) => ({
    name: sheet.name,
    rowHeights: sheet.rowHeights,
    linkFonts: Object.entries(sheet.cells).flatMap(([address, cell]) =>
      cell.formula?.includes('HYPERLINK') ? [`${address} ${cell.font?.color} ${cell.font?.underline}`] : [],
    ),
  }));
}

describe('a write through getRanges', () => {
  it('leaves the same workbook as range by range, with fewer than half the operations', async () => {
    const areas = await written(NEWEST_EXCEL_API, allFeatures);
    const ranges = await written(NEWEST_EXCEL_API, { ...allFeatures, rangeAreas: false });
    expect(workbook(areas)).toEqual(workbook(ranges));
    expect(Object.keys(workbook(areas).find((sheet) => sheet.name === '明细 2026-11')?.rowHeights ?? {}).length).toBeGreaterThan(600);
    expect(writeOperations(areas)).toBeLessThan(writeOperations(ranges) / 2);
  });

  it('is not used on an ExcelApi 1.8 host, which gets the same row heights and link fonts', async () => {
    const old = await written('1.8');
    const current = await written(NEWEST_EXCEL_API);
    expect(detectCapabilities(old.Office.context.requirements).rangeAreas).toBe(false);
    const written18 = heightsAndLinkFonts(old);
    expect(written18).toEqual(heightsAndLinkFonts(current));
    expect(written18.find((sheet) => sheet.name === '明细 2026-11')?.linkFonts.length).toBeGreaterThan(800);
  });
});
