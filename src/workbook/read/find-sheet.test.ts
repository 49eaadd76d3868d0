import { inputSheet } from '../schema';
import { grid } from './fixtures';
import { findSheet } from './find-sheet';

const employees = inputSheet('employees');
const workbookOf = (...names: string[]) => ({ sheets: names.map((name) => grid(name, [])) });

describe('findSheet', () => {
  it('finds a sheet by its Chinese name and says so', () => {
    expect(findSheet(workbookOf('说明', '员工'), employees)).toMatchObject({ grid: { name: '员工' }, lang: 'zh' });
  });

  it('finds a sheet by its English name, whatever the case and surrounding spaces', () => {
    expect(findSheet(workbookOf(' eMPLOYEES '), employees)).toMatchObject({ grid: { name: ' eMPLOYEES ' }, lang: 'en' });
  });

  it('finds a sheet named in full-width letters', () => {
    expect(findSheet(workbookOf('ＥＭＰＬＯＹＥＥＳ'), employees)?.lang).toBe('en');
  });

  it('finds a sheet by an alias, with the language of the alias', () => {
    expect(findSheet(workbookOf('员工名单'), employees)?.lang).toBe('zh');
    expect(findSheet(workbookOf('Staff'), employees)?.lang).toBe('en');
  });

  it('takes the first matching sheet in workbook order', () => {
    expect(findSheet(workbookOf('Employees', '员工'), employees)?.grid.name).toBe('Employees');
  });

  it('does not match a name that only contains the sheet name', () => {
    expect(findSheet(workbookOf('员工 2025', 'Old employees'), employees)).toBeUndefined();
  });
});
