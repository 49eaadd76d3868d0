import type { SheetSpec, WritePlan } from '../../../workbook/sheet-spec';
import { partKey } from '../opc/part-names';
import { openPackage, type WorkbookPackage } from '../read/open-package';
import { readGrids } from '../read/read-grids';
import { stylesWithDates, testCodec, workbookParts, worksheetOf, zipOf, type FixtureOptions } from '../testing/package-fixture';
import { readEntry } from '../zip/read-entry';
import { parseXml, children, child } from '../xml/xml-tree';
import { applyPlan } from './apply-plan';
import { joined } from './new-workbook';

const when = new Date(2026, 11, 1, 9);

function tab(name: string, extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name, visibility: 'visible', columns: [{ width: 10 }], rows: [['分数'], [76]], styles: [{ range: 'A1', style: { bold: true } }], merges: [], conditionalFormats: [], hyperlinks: [], ...extra };
}

const history = (): SheetSpec => ({ ...tab('_scorecard_history'), visibility: 'veryHidden' });

async function open(options: FixtureOptions | Record<string, string>): Promise<WorkbookPackage> {
  const parts = 'sheets' in options ? workbookParts(options as FixtureOptions) : (options as Record<string, string>);
  return openPackage(await zipOf(parts), testCodec);
}

async function written(pkg: WorkbookPackage, plan: WritePlan): Promise<WorkbookPackage> {
  return openPackage(joined(await applyPlan(pkg, plan, testCodec, when)), testCodec);
}

async function text(pkg: WorkbookPackage, part: string): Promise<string> {
  return new TextDecoder().decode(await readEntry(pkg.entries.get(partKey(part))!, testCodec));
}

const host: FixtureOptions = {
  sheets: [{ name: '员工', cells: [['工号'], [1001]] }, { name: '说明', state: 'hidden', cells: [['notes']] }],
  styles: stylesWithDates,
  definedNames: '<definedNames><definedName name="Staff" localSheetId="1">\'说明\'!$A$1</definedName><definedName name="Everyone">\'员工\'!$A:$A</definedName></definedNames>',
  extraParts: { 'xl/media/image1.png': 'PNG-bytes', 'customXml/item1.xml': '<root/>' },
};

describe('applyPlan', () => {
  it('copies every part it does not own exactly as stored, and edits only the index parts', async () => {
    const before = await open(host);
    const after = await written(before, { sheets: [tab('考核 2026-11'), history()], remove: [], activate: '考核 2026-11' });
    const edited = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
    for (const entry of before.zip.entries) {
      const copy = after.zip.byName.get(entry.name);
      expect(copy).toBeDefined();
      if (!edited.includes(entry.name)) expect(Buffer.from(copy!.raw).equals(Buffer.from(entry.raw))).toBe(true);
    }
    const grids = await readGrids(after, testCodec);
    expect(grids.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['员工', 'visible'],
      ['考核 2026-11', 'visible'],
      ['说明', 'hidden'],
      ['_scorecard_history', 'veryHidden'],
    ]);
    expect(grids.sheets[1].rows).toEqual([['分数'], [76]]);
  });

  it('appends styles after the existing ones, updating the counts and moving no index', async () => {
    const before = await open(host);
    const after = await written(before, { sheets: [tab('A', { columns: [{ width: 9, numberFormat: '0.0#' }], rows: [[1.5]], conditionalFormats: [{ kind: 'lessThan', range: 'A1', value: 60, style: { fill: '#FFC7CE' } }] })], remove: [] });
    const original = parseXml(stylesWithDates);
    const styles = await text(after, 'xl/styles.xml');
    const root = parseXml(styles);
    for (const collection of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) {
      const now = child(root, collection)!;
      if (['numFmts', 'fonts', 'cellXfs'].includes(collection)) expect(now.children.length).toBeGreaterThan(child(original, collection)!.children.length);
      expect(now.attributes.get('count')).toBe(String(now.children.length));
      child(original, collection)!.children.forEach((item, index) => {
        expect(styles.slice(now.children[index].start, now.children[index].end)).toBe(stylesWithDates.slice(item.start, item.end));
      });
    }
    const formats = children(child(root, 'numFmts')!, 'numFmt').map((format) => Number(format.attributes.get('numFmtId')));
    expect(formats.slice(2)).toEqual([166]);
    expect(child(root, 'dxfs')!.children).toHaveLength(1);
  });

  it('reuses the formats an earlier compute appended, so styles do not grow with each compute', async () => {
    const once = await written(await open(host), { sheets: [tab('A')], remove: [] });
    const twice = await written(once, { sheets: [tab('A')], remove: [] });
    expect(await text(twice, 'xl/styles.xml')).toBe(await text(once, 'xl/styles.xml'));
  });

  it('moves local defined names with their sheets, drops those of removed sheets, and appends print titles and filters', async () => {
    const before = await open({ ...host, sheets: [...host.sheets.slice(0, 1), { name: '考核 2026-10' }, ...host.sheets.slice(1)], definedNames: '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'考核 2026-10\'!$5:$5</definedName><definedName name="Staff" localSheetId="2">\'说明\'!$A$1</definedName></definedNames>' });
    const plan: WritePlan = {
      sheets: [tab('Scorecard 2026-10', { autoFilter: 'A1:A2', print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, repeatRows: { first: 1, last: 1 } } }), tab('明细 2026-11')],
      remove: ['考核 2026-10'],
    };
    const workbook = await text(await written(before, plan), 'xl/workbook.xml');
    const names = children(child(parseXml(workbook), 'definedNames')!, 'definedName').map((name) => `${name.attributes.get('name')}@${name.attributes.get('localSheetId')}`);
    // 员工, 说明 (hidden) … new visible tabs go before the trailing hidden sheet: 员工, Scorecard, 明细, 说明.
    expect(names).toEqual(['Staff@3', '_xlnm._FilterDatabase@1', '_xlnm.Print_Titles@1']);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Scorecard 2026-10'!$1:$1</definedName>`);
  });

  it('keeps the workbook’s content type: a macro-enabled workbook stays one', async () => {
    const after = await written(await open({ ...host, kind: 'xlsm', extraParts: { 'xl/vbaProject.bin': 'macros' } }), { sheets: [tab('A')], remove: [] });
    expect(after.kind).toBe('xlsm');
    expect(await text(after, 'xl/vbaProject.bin')).toBe('macros');
  });

  it('removes a replaced tab’s drawing and chart with it, and their content types', async () => {
    const chart = { kind: 'column' as const, title: '等级分布', categories: 'A1:A2', values: 'B1:B2', seriesName: '人数', from: 'D1', to: 'H10' };
    const first = await written(await open(host), { sheets: [tab('考核 2026-11', { chart })], remove: [] });
    expect(first.zip.entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(['xl/drawings/drawing1.xml', 'xl/charts/chart1.xml']));
    const second = await written(first, { sheets: [tab('考核 2026-11')], remove: [] });
    const names = second.zip.entries.map((entry) => entry.name);
    expect(names.filter((name) => /drawing|chart/.test(name))).toEqual([]);
    const types = await text(second, '[Content_Types].xml');
    expect(types).not.toMatch(/drawing|chart/);
    expect(names.filter((name) => name.startsWith('xl/worksheets/')).length).toBe(3);
  });

  it('keeps a part a kept sheet still uses when the tab it shared it with goes', async () => {
    const shared = workbookParts({ sheets: [{ name: 'Mine' }, { name: '考核 2026-11' }] });
    for (const sheet of ['sheet1', 'sheet2']) shared[`xl/worksheets/_rels/${sheet}.xml.rels`] = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/logo.png"/></Relationships>';
    shared['xl/media/logo.png'] = 'logo';
    const after = await written(await open(shared), { sheets: [], remove: ['考核 2026-11'] });
    expect(after.zip.entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(['xl/media/logo.png', 'xl/worksheets/_rels/sheet1.xml.rels']));
    expect(after.zip.entries.map((entry) => entry.name)).not.toContain('xl/worksheets/_rels/sheet2.xml.rels');
  });

  it('drops the calculation chain when it names a removed tab’s cells, and keeps it byte for byte otherwise', async () => {
    const chainParts = (cells: string) => {
      const parts = workbookParts({ sheets: [{ name: 'Mine' }, { name: '考核 2026-11' }] });
      parts['xl/calcChain.xml'] = `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cells}</calcChain>`;
      parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace('</Relationships>', '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>');
      return parts;
    };
    const naming = await written(await open(chainParts('<c r="A1" i="1"/><c r="B6" i="2"/><c r="B7"/>')), { sheets: [tab('考核 2026-11')], remove: [] });
    expect(naming.entries.has('xl/calcchain.xml')).toBe(false);
    expect(await text(naming, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    const before = await open(chainParts('<c r="A1" i="1"/>'));
    const other = await written(before, { sheets: [tab('考核 2026-11')], remove: [] });
    expect(Buffer.from(other.zip.byName.get('xl/calcChain.xml')!.raw).equals(Buffer.from(before.zip.byName.get('xl/calcChain.xml')!.raw))).toBe(true);
  });

  it('refuses to add a tab to a structure-protected workbook', async () => {
    const parts = workbookParts(host);
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace('<bookViews>', '<workbookProtection lockStructure="1"/><bookViews>');
    await expect(applyPlan(await open(parts), { sheets: [tab('A')], remove: [] }, testCodec, when)).rejects.toMatchObject({ problem: 'structureProtected' });
  });

  it('refuses sheet names Excel refuses, before anything is made', async () => {
    await expect(applyPlan(await open(host), { sheets: [tab('Fine'), tab('Not:allowed')], remove: [] }, testCodec, when)).rejects.toThrow(/Not:allowed/);
  });

  describe('the tab shown when the workbook opens', () => {
    const selected = (name: string) => ({ name, xml: worksheetOf('', '', '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>') });

    it('stays the user’s when their sheet marks itself selected, following it to its new place', async () => {
      const pkg = await open({ sheets: [{ name: 'A' }, { name: 'Scorecard 2026-11' }, selected('H')], activeTab: 2 });
      const after = await written(pkg, { sheets: [tab('考核 2026-11')], remove: ['Scorecard 2026-11'], activate: '考核 2026-11' });
      expect(after.sheets.map((sheet) => sheet.name)).toEqual(['A', 'H', '考核 2026-11']);
      expect(after.workbook.view?.attributes.get('activeTab')).toBe('1');
    });

    it('is the plan’s when the tab shown now does not mark itself selected, or is one the plan replaces', async () => {
      const plain = await written(await open({ sheets: [{ name: 'A' }, { name: 'B' }], activeTab: 1 }), { sheets: [tab('考核 2026-11')], remove: [], activate: '考核 2026-11' });
      expect(plain.workbook.view?.attributes.get('activeTab')).toBe('2');
      const replaced = await written(await open({ sheets: [{ name: 'A' }, selected('考核 2026-11')], activeTab: 1 }), { sheets: [tab('考核 2026-11'), tab('明细 2026-11')], remove: [], activate: '明细 2026-11' });
      expect(replaced.workbook.view?.attributes.get('activeTab')).toBe('2');
    });
  });
});
