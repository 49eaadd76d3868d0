import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { xlsxBytes } from './xlsx-bytes';

/** A workbook with what the add-in writes: shared strings, styles, numbers, dates, a formula, merges, a hidden sheet. */
function teamWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2026, 10, 30, 9, 0));
  workbook.modified = new Date(Date.UTC(2026, 10, 30, 9, 0));
  const scorecard = workbook.addWorksheet('考核 2026-11');
  scorecard.addRow(['工号', '姓名', '得分']).font = { bold: true };
  scorecard.addRow(['1001', '王芳', 91.5]);
  scorecard.addRow(['1002', '=1+1', 68]);
  scorecard.getCell('D2').value = { formula: 'HYPERLINK("#\'考勤\'!C12","考勤!C12")', result: '考勤!C12' };
  scorecard.getCell('E2').value = new Date(Date.UTC(2026, 10, 3));
  scorecard.getCell('C2').numFmt = '0.0';
  scorecard.mergeCells('A5:C5');
  const history = workbook.addWorksheet('_scorecard_history');
  history.state = 'veryHidden';
  history.addRow(['2026-10', '1001', 80]);
  return workbook;
}

async function parts(bytes: Uint8Array | ArrayBuffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string>();
  // JSZip lists the folders of the paths it was given as entries of their own; they hold nothing.
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('string'));
  return files;
}

describe('xlsxBytes', () => {
  it("holds the very parts ExcelJS's own writer makes, in the same order", async () => {
    const ours = await parts(await xlsxBytes(teamWorkbook()));
    const theirs = await parts(await teamWorkbook().xlsx.writeBuffer());
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    for (const [name, content] of theirs) expect(ours.get(name)).toBe(content);
  });

  it('reads back in ExcelJS with the same values, formats and sheets', async () => {
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await xlsxBytes(teamWorkbook())) as unknown as ArrayBuffer);
    const sheet = read.getWorksheet('考核 2026-11');
    expect(sheet?.getCell('B3').value).toBe('=1+1');
    expect(sheet?.getCell('C2').value).toBe(91.5);
    expect(sheet?.getCell('C2').numFmt).toBe('0.0');
    expect(sheet?.getCell('A1').font?.bold).toBe(true);
    expect(sheet?.getCell('D2').result).toBe('考勤!C12');
    expect(read.getWorksheet('_scorecard_history')?.state).toBe('veryHidden');
  });

  it("falls back to ExcelJS's own writer when its writing steps are not there", async () => {
    const bare = { xlsx: { writeBuffer: async () => Buffer.from('PK-from-writeBuffer') } } as unknown as ExcelJS.Workbook;
    expect(Buffer.from(await xlsxBytes(bare)).toString()).toBe('PK-from-writeBuffer');
  });
});
