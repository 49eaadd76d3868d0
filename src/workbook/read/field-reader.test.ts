import type { Issue } from '../../engine/issues';
import { inputSheet } from '../schema';
import { fieldReaderFor } from './field-reader';
import { grid } from './fixtures';

const shifts = inputSheet('shifts');

function readerOf(rows: Parameters<typeof grid>[1]) {
  const issues: Issue[] = [];
  const reader = fieldReaderFor(grid('班次', rows), shifts, issues);
  if (!reader) throw new Error('no header');
  return { reader, issues };
}

describe('FieldReader', () => {
  it('starts after the header row and skips rows blank in every recognised column', () => {
    const { reader } = readerOf([['title'], ['代码', '上班', '下班'], [null, ' ', '', 'a remark'], ['D']]);
    expect(reader.firstDataRow).toBe(2);
    expect(reader.moveTo(2)).toBe(false);
    expect(reader.moveTo(3)).toBe(true);
    expect(reader.ref).toEqual({ sheet: '班次', row: 4, columns: { code: 'A', start: 'B', end: 'C' } });
  });

  it('reads numbers and booleans in text columns as their text', () => {
    const { reader } = readerOf([['代码', '名称', '上班', '下班'], [7, true]]);
    reader.moveTo(1);
    expect(reader.text('code')).toBe('7');
    expect(reader.text('name')).toBe('true');
  });

  it('reads a column the sheet lacks as blank', () => {
    const { reader } = readerOf([['代码', '上班', '下班'], ['D', '8:30', '17:30']]);
    reader.moveTo(1);
    expect(reader.number('breakMinutes')).toBeUndefined();
  });

  it('fails the row on an error and starts the next row afresh', () => {
    const { reader, issues } = readerOf([['代码', '上班', '下班'], ['D', 'x', '17:30'], ['E', '8:00', '17:30']]);
    reader.moveTo(1);
    reader.clock('start', true);
    expect(reader.failed).toBe(true);
    reader.moveTo(2);
    expect(reader.failed).toBe(false);
    expect(issues).toEqual([{ severity: 'error', code: 'INVALID_TIME', sheet: '班次', cell: 'B2', params: { value: 'x' } }]);
  });

  it('does not fail the row on a warning', () => {
    const { reader } = readerOf([['代码', '上班', '下班'], ['D', '8:30', '17:30']]);
    reader.moveTo(1);
    expect(reader.word('code', () => undefined, 'INVALID_ROLE', 'warning')).toBeUndefined();
    expect(reader.failed).toBe(false);
  });

  it('reports a value rejected after reading at its cell, and fails the row', () => {
    const { reader, issues } = readerOf([['代码', '上班', '下班', '休息分钟'], ['D', '8:30', '17:30', -5]]);
    reader.moveTo(1);
    reader.reject('breakMinutes', 'INVALID_NUMBER');
    expect(reader.failed).toBe(true);
    expect(issues).toEqual([{ severity: 'error', code: 'INVALID_NUMBER', sheet: '班次', cell: 'D2', params: { value: '-5' } }]);
  });
});
