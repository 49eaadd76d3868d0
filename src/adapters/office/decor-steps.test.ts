import type { SheetSpec } from '../../workbook/sheet-spec';
import { MAX_AREA_LIST_LENGTH } from './area-lists';
import { type Capabilities, noCapabilities } from './capabilities';
import { HYPERLINK_COLOR } from './cell-style';
import { hyperlinkSteps, rowHeightStep } from './decor-steps';
import { OPERATION_OVERHEAD_BYTES, type WriteStep } from './payload';
import { StyleAreas } from './style-areas';
import type { SheetHolder } from './tabs';

const withRangeAreas: Capabilities = { ...noCapabilities, rangeAreas: true };

interface Call {
  readonly method: 'getRange' | 'getRanges';
  readonly address: string;
  readonly set: string;
}

/** A worksheet that records what the steps set, and through which method. */
function recordingTab(): { readonly tab: SheetHolder; readonly calls: Call[] } {
  const calls: Call[] = [];
  const target = (method: Call['method'], address: string) => ({
    format: {
      set rowHeight(height: number) { calls.push({ method, address, set: `rowHeight ${height}` }); },
      font: {
        set underline(value: string) { calls.push({ method, address, set: `underline ${value}` }); },
        set color(value: string) { calls.push({ method, address, set: `color ${value}` }); },
      },
    },
  });
  const sheet = { getRange: (address: string) => target('getRange', address), getRanges: (address: string) => target('getRanges', address) };
  return { tab: { sheet: sheet as unknown as Excel.Worksheet }, calls };
}

function sheet(extra: Partial<SheetSpec>): SheetSpec {
  return { name: 'Details', visibility: 'visible', columns: [], rows: [], styles: [], merges: [], conditionalFormats: [], hyperlinks: [], ...extra };
}

/** Queues the steps; the calls each made. */
function queued(steps: readonly WriteStep[], calls: Call[]): Call[][] {
  return steps.map((step) => {
    const before = calls.length;
    step.queue();
    return calls.slice(before);
  });
}

const heights = sheet({
  rowHeights: [3, 4, 5, 9, 12, 13].map((row) => ({ row, height: 30 })).concat([7, 15].map((row) => ({ row, height: 45 }))),
});

/** Row runs `100:101`, `103:104`, … of seven characters, 32 of which make a list of exactly 255. */
const sevenCharacterRuns = (count: number) => Array.from({ length: count }, (_, i) => [100 + 3 * i, 101 + 3 * i]).flat();
const heightsOfRows = (rows: readonly number[]) => sheet({ rowHeights: rows.map((row) => ({ row, height: 30 })) });

describe('rowHeightStep', () => {
  it('sets each height once on a comma-joined list of its row runs where the host has getRanges', () => {
    const { tab, calls } = recordingTab();
    queued(rowHeightStep(tab, heights, withRangeAreas), calls);
    expect(calls).toEqual([
      { method: 'getRanges', address: '3:5,9:9,12:13', set: 'rowHeight 30' },
      { method: 'getRanges', address: '7:7,15:15', set: 'rowHeight 45' },
    ]);
  });

  it('sets each run on a range of its own, in row order, where the host lacks getRanges', () => {
    const { tab, calls } = recordingTab();
    queued(rowHeightStep(tab, heights, noCapabilities), calls);
    expect(calls.map((call) => `${call.method}(${call.address}) ${call.set}`)).toEqual([
      'getRange(3:5) rowHeight 30',
      'getRange(7:7) rowHeight 45',
      'getRange(9:9) rowHeight 30',
      'getRange(12:13) rowHeight 30',
      'getRange(15:15) rowHeight 45',
    ]);
  });

  it('takes one operation for runs that join to 255 characters, and two from 256', () => {
    const operations = (rows: number[]) => {
      const { tab, calls } = recordingTab();
      queued(rowHeightStep(tab, heightsOfRows(rows), withRangeAreas), calls);
      return calls.map((call) => call.address.length);
    };
    expect(operations(sevenCharacterRuns(32))).toEqual([MAX_AREA_LIST_LENGTH]);
    // 31 runs of seven characters and one of eight (`997:1000`).
    expect(operations([...sevenCharacterRuns(31), 997, 998, 999, 1000])).toEqual([247, 8]);
  });

  it('estimates each step at least its addresses and the overhead of every operation it queues, far below range by range', () => {
    const details = heightsOfRows(Array.from({ length: 6_000 }, (_, i) => 6 + i).filter((row) => row % 3 !== 0));
    const total = (capabilities: Capabilities) => {
      const { tab, calls } = recordingTab();
      const steps = rowHeightStep(tab, details, capabilities);
      queued(steps, calls).forEach((made, index) => {
        const addresses = made.reduce((sum, call) => sum + call.address.length, 0);
        expect(steps[index].bytes).toBeGreaterThanOrEqual(addresses + made.length * OPERATION_OVERHEAD_BYTES);
      });
      expect(calls.every((call) => call.address.length <= MAX_AREA_LIST_LENGTH)).toBe(true);
      return { bytes: steps.reduce((sum, step) => sum + step.bytes, 0), operations: calls.length };
    };
    const areas = total(withRangeAreas);
    const ranges = total(noCapabilities);
    expect(ranges.operations).toBe(2_000);
    expect(areas.operations).toBeLessThan(ranges.operations / 15);
    expect(areas.bytes).toBeLessThan(ranges.bytes / 5);
  });
});

describe('hyperlinkSteps', () => {
  const links = sheet({
    hyperlinks: ['B6', 'K6', 'K7', 'K8', 'K9', 'K10', 'K12'].map((cell) => ({ cell, sheet: '考勤', targetCell: 'A1', text: cell })),
    styles: [{ range: 'A9:M9', style: { strike: true, fontColor: '#808080' } }],
  });

  it('underlines and colours the link runs of one colour through one list where the host has getRanges', () => {
    const { tab, calls } = recordingTab();
    queued(hyperlinkSteps(tab, links, new StyleAreas(links), withRangeAreas), calls);
    expect(calls).toEqual([
      { method: 'getRanges', address: 'B6,K6:K8,K10,K12', set: 'underline Single' },
      { method: 'getRanges', address: 'B6,K6:K8,K10,K12', set: `color ${HYPERLINK_COLOR}` },
      { method: 'getRanges', address: 'K9', set: 'underline Single' },
      { method: 'getRanges', address: 'K9', set: 'color #808080' },
    ]);
  });

  it('formats each link run on a range of its own where the host lacks getRanges', () => {
    const { tab, calls } = recordingTab();
    queued(hyperlinkSteps(tab, links, new StyleAreas(links), noCapabilities), calls);
    const runs = [['B6', HYPERLINK_COLOR], ['K6:K8', HYPERLINK_COLOR], ['K9', '#808080'], ['K10', HYPERLINK_COLOR], ['K12', HYPERLINK_COLOR]];
    expect(calls.map((call) => `${call.method}(${call.address}) ${call.set}`)).toEqual(
      runs.flatMap(([address, color]) => [`getRange(${address}) underline Single`, `getRange(${address}) color ${color}`]),
    );
  });

  it('estimates each step at least its addresses and the overhead of both operations per list', () => {
    const column = sheet({
      hyperlinks: Array.from({ length: 3_000 }, (_, i) => 6 + i)
        .filter((row) => row % 8 !== 0)
        .map((row) => ({ cell: `K${row}`, sheet: '考勤', targetCell: 'A1', text: '' })),
    });
    const { tab, calls } = recordingTab();
    const steps = hyperlinkSteps(tab, column, new StyleAreas(column), withRangeAreas);
    queued(steps, calls).forEach((made, index) => {
      const addresses = made.filter((call) => call.set.startsWith('color')).reduce((sum, call) => sum + call.address.length, 0);
      expect(steps[index].bytes).toBeGreaterThanOrEqual(addresses + made.length * OPERATION_OVERHEAD_BYTES);
    });
    expect(calls.every((call) => call.address.length <= MAX_AREA_LIST_LENGTH)).toBe(true);
    // Rows 6 to 3005 without every eighth: 376 runs, which take 752 operations range by range.
    expect(calls.length).toBeLessThan(752 / 10);
  });
});
