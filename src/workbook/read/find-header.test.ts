import { inputSheet } from '../schema';
import { findHeader, headerKey } from './find-header';

const employees = inputSheet('employees').columns;

describe('headerKey', () => {
  it('ignores case, width, spaces, hyphens, underscores and required-column asterisks', () => {
    const key = headerKey('Clock in');
    for (const spelling of ['clock-in', 'CLOCK_IN', 'ClockIn*', 'ＣＬＯＣＫ　ＩＮ', ' Clock  in ']) expect(headerKey(spelling)).toBe(key);
  });
});

describe('findHeader', () => {
  it('finds the header on row 1 with each field at its column and its text as written', () => {
    const search = findHeader([['工号', '姓名', '入职日期']], employees);
    expect(search).toEqual({
      found: true,
      header: { rowIndex: 0, columnIndex: { id: 0, name: 1, hireDate: 2 }, headerText: { id: '工号', name: '姓名', hireDate: '入职日期' } },
    });
  });

  it('finds a header below title rows, on row 5', () => {
    const rows = [['员工名单'], [], ['制表: 培训专员'], [null, '2026年'], ['Hire date', 'Name', 'ＩＤ']];
    const search = findHeader(rows, employees);
    expect(search.found && search.header.rowIndex).toBe(4);
    expect(search.found && search.header.columnIndex).toEqual({ hireDate: 0, name: 1, id: 2 });
  });

  it('finds a header on row 10 but not on row 11', () => {
    const header = ['工号', '姓名', '入职日期'];
    const padding = (count: number) => Array.from({ length: count }, () => ['…']);
    expect(findHeader([...padding(9), header], employees).found).toBe(true);
    expect(findHeader([...padding(10), header], employees).found).toBe(false);
  });

  it('takes the first row holding every required header, not an earlier partial one', () => {
    const rows = [['工号', '姓名'], ['工号', '姓名', '入职日期']];
    const search = findHeader(rows, employees);
    expect(search.found && search.header.rowIndex).toBe(1);
  });

  it('ignores extra columns and keeps the first of two columns with the same header', () => {
    const search = findHeader([['序号', '工号', '姓名', '入职日期', '工号']], employees);
    expect(search.found && search.header.columnIndex).toEqual({ id: 1, name: 2, hireDate: 3 });
  });

  it('names the required columns missing from the closest row, at its first filled cell', () => {
    const rows = [['员工名单'], [null, '工号', '组别'], [null, '工号', '姓名']];
    const search = findHeader(rows, employees);
    expect(search).toEqual({ found: false, missing: [employees.find((column) => column.field === 'hireDate')], cell: 'B3' });
  });

  it('names every required column at A1 when no row holds any header', () => {
    const search = findHeader([['a', 'b'], [1, 2]], employees);
    expect(search.found).toBe(false);
    expect(!search.found && search.missing.map((column) => column.field)).toEqual(['id', 'name', 'hireDate']);
    expect(!search.found && search.cell).toBe('A1');
  });
});
