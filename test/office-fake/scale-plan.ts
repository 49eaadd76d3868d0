import type { CellValue } from '../../src/workbook/grid';
import type { SheetSpec, WritePlan } from '../../src/workbook/sheet-spec';

/**
 * A month's plan shaped like the layout's (same tabs, columns, text columns, styles, links and
 * conditional formats, about 1.7 detail rows per employee as the sample team has), built
 * directly so that sizes of thousands of employees cost no compute time. As in a real month,
 * two detail rows in three are two lines high, and one in eight has no source to link to.
 */
const HEADER_ROW = 5;
const names = ['王芳', '李娜', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏'];
const rules = ['迟到早退', '旷工', '未认真填写交接班记录及相关表单', '客服信息录入错误', '当月有效投诉为零'];

function base(name: string, rows: CellValue[][], extra: Partial<SheetSpec>): SheetSpec {
  return { name, visibility: 'visible', columns: [], rows, styles: [], merges: [], conditionalFormats: [], hyperlinks: [], ...extra };
}

function scorecard(employees: number): SheetSpec {
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + employees;
  const body: CellValue[][] = Array.from({ length: employees }, (_, i) => [
    i + 1,
    String(100_001 + i),
    names[i % names.length],
    `${(i % 3) + 1}组`,
    80,
    i % 5,
    (i % 4) * 2.5,
    i % 3 === 0 ? 5 : 0,
    0,
    80 - (i % 5) - (i % 4) * 2.5 + (i % 3 === 0 ? 5 : 0),
    'BCDA'[i % 4],
    i % 5 === 0 ? 0 : -(i % 5) * 10,
    i === 0 ? 50 : 0,
    i % 9 === 0 ? '是' : '否',
    i % 17 === 0 ? '当月旷工 3 天及以上' : '',
  ]);
  const summary: CellValue[][] = Array.from({ length: 15 }, (_, i) => ['ABCDEF'[i % 6] ?? '', i, i / 15]);
  return base('考核 2026-11', [['客服考核表 2026-11'], ['生成于 2026-12-01 09:00'], ['考核规则:基础分 80'], [], Array.from({ length: 15 }, (_, c) => `列${c + 1}`), ...body, [], ...summary], {
    tabColor: '#1F4E79',
    columns: Array.from({ length: 15 }, (_, c) => ({ width: 8 + c, ...([1, 2, 3, 13, 14].includes(c) ? { text: true } : {}), ...(c >= 4 && c <= 9 ? { numberFormat: '0.0' } : {}) })),
    styles: [
      { range: 'A1', style: { bold: true, fontSize: 14 } },
      { range: `A${HEADER_ROW}:O${HEADER_ROW}`, style: { bold: true, fill: '#1F4E79', fontColor: '#FFFFFF', border: 'thin', wrap: true } },
      { range: `A${first}:O${last}`, style: { border: 'thin', borderColor: '#BFBFBF' } },
      { range: `L${first}:M${last}`, style: { numberFormat: '#,##0;-#,##0;0' } },
    ],
    freeze: { rows: HEADER_ROW, columns: 3 },
    rowHeights: [{ row: HEADER_ROW, height: 30 }],
    autoFilter: `A${HEADER_ROW}:O${last}`,
    conditionalFormats: [
      ...'ABCDEF'.split('').map((grade) => ({ kind: 'textEquals' as const, range: `K${first}:K${last}`, text: grade, style: { fill: '#C6EFCE' } })),
      { kind: 'lessThan', range: `J${first}:J${last}`, value: 60, style: { fontColor: '#C00000', bold: true } },
      { kind: 'dataBar', range: `B${last + 2}:B${last + 7}`, color: '#5B9BD5' },
    ],
    hyperlinks: body.map((row, i) => ({ cell: `B${first + i}`, sheet: '明细 2026-11', targetCell: `A${first + i}`, text: String(row[1]) })),
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, repeatRows: { first: HEADER_ROW, last: HEADER_ROW }, centerFooter: '考核 2026-11 · 第 &P 页' },
    chart: { kind: 'column', title: '等级分布', categories: `A${last + 2}:A${last + 7}`, values: `B${last + 2}:B${last + 7}`, seriesName: '人数', from: `E${last + 2}`, to: `L${last + 16}` },
  });
}

function details(employees: number): SheetSpec {
  const count = Math.round(employees * 1.7);
  const first = HEADER_ROW + 1;
  const body: CellValue[][] = Array.from({ length: count }, (_, i) => [
    46327 + (i % 30),
    String(100_001 + (i % employees)),
    names[i % names.length],
    ['L04', 'S01', 'L05', 'L12', 'B05'][i % 5],
    rules[i % rules.length],
    ['轻度', '重度', '轻度', '轻度', '加分'][i % 5],
    1,
    [2, 20, 5, 2, 5][i % 5],
    [-2, -20, -5, -2, 5][i % 5],
    null,
    `考勤!D${(i % 900) + 2}`,
    i % 50 === 0 ? '撤销' : '有效',
    '考勤推导',
  ]);
  return base('明细 2026-11', [['考核明细 2026-11'], ['生成于 2026-12-01 09:00'], [], Array.from({ length: 13 }, (_, c) => `列${c + 1}`), [], ...body], {
    columns: Array.from({ length: 13 }, (_, c) => ({ width: 6 + c, ...(c === 0 ? { numberFormat: 'yyyy-mm-dd' } : {}), ...([1, 2, 4, 10, 12].includes(c) ? { text: true } : {}) })),
    styles: [
      { range: 'A1', style: { bold: true, fontSize: 14 } },
      { range: `A4:M4`, style: { bold: true, fill: '#1F4E79', fontColor: '#FFFFFF' } },
      ...body.flatMap((row, i) => (row[11] === '撤销' ? [{ range: `A${first + i}:M${first + i}`, style: { strike: true, fontColor: '#808080' } }] : [])),
    ],
    rowHeights: body.flatMap((_, i) => (i % 37 === 0 ? [{ row: first + i, height: 45 }] : i % 3 !== 0 ? [{ row: first + i, height: 30 }] : [])),
    freeze: { rows: 4, columns: 3 },
    autoFilter: `A4:M${first + count - 1}`,
    hyperlinks: body.flatMap((row, i) =>
      i % 8 === 7 ? [] : [{ cell: `K${first + i}`, sheet: '考勤', targetCell: String(row[10]).split('!')[1], text: String(row[10]) }],
    ),
  });
}

function history(employees: number): SheetSpec {
  const rows: CellValue[][] = Array.from({ length: employees }, (_, i) => ['2026-11', String(100_001 + i), 80 - (i % 7), 'B', i % 30 === 0 ? 1 : 0, 0, 0, '', 'fp0123456789', 1]);
  return base('_scorecard_history', [['month', 'id', 'score', 'grade', 'rank1', 'run', 'last', 'flags', 'fingerprint', 'version'], ...rows], {
    visibility: 'veryHidden',
    columns: Array.from({ length: 10 }, () => ({ width: 10, text: true })),
  });
}

export function scalePlan(employees: number): WritePlan {
  return { sheets: [scorecard(employees), details(employees), history(employees)], remove: ['Scorecard 2026-11', 'Details 2026-11'], activate: '考核 2026-11' };
}
