import { readFileSync } from 'fs';
import { join } from 'path';
import { memberRequirements, newestExcelApi, renderTable } from './extract';
import { EXCEL_API_MEMBERS, NEWEST_EXCEL_API } from './table.generated';

const typingsDirectory = join(__dirname, '..', '..', '..', '..', '..', 'node_modules', '@types', 'office-js');
const typings = readFileSync(join(typingsDirectory, 'index.d.ts'), 'utf8');
const typingsVersion = (JSON.parse(readFileSync(join(typingsDirectory, 'package.json'), 'utf8')) as { version: string }).version;

describe('the fake Excel’s requirement table', () => {
  it('is exactly what the generator derives from the installed @types/office-js (run scripts/office-api-sets.js after an update)', () => {
    const generated = readFileSync(join(__dirname, 'table.generated.ts'), 'utf8');
    expect(generated).toBe(renderTable(typings, typingsVersion, Object.keys(EXCEL_API_MEMBERS)));
  });

  it('names as newest host the newest ExcelApi set the typings mention', () => {
    expect(NEWEST_EXCEL_API).toBe(newestExcelApi(typings));
  });
});

describe('reading requirement sets out of the typings', () => {
  const members = memberRequirements(typings);

  it('takes a member’s set from its JSDoc annotation', () => {
    expect(members.get('Worksheet.delete')).toMatchObject({ kind: 'method', call: { name: 'ExcelApi', version: '1.1' } });
    expect(members.get('RangeFont.strikethrough')).toMatchObject({ kind: 'property', read: { version: '1.9' }, write: { version: '1.9' } });
    expect(members.get('Worksheet.getRanges')).toMatchObject({ call: { version: '1.9' } });
  });

  it('tells reading from writing where the annotation does', () => {
    // "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]"
    expect(members.get('Worksheet.visibility')).toMatchObject({ read: { version: '1.1' }, write: { version: '1.2' } });
    // "[Api set: ExcelApi 1.1 for get, 1.8 for set]"
    expect(members.get('Application.calculationMode')).toMatchObject({ read: { version: '1.1' }, write: { version: '1.8' } });
  });

  it('gives a readonly property no write, and a collection’s items its class’s set', () => {
    expect(members.get('Workbook.protection')).toMatchObject({ readonly: true, read: { version: '1.7' } });
    expect(members.get('Workbook.protection')?.write).toBeUndefined();
    expect(members.get('WorksheetCollection.items')).toMatchObject({ read: { version: '1.1' } });
  });

  it('keeps the other requirement sets apart and leaves out the preview-only use1904DateSystem', () => {
    expect(members.get('Worksheet.evaluate')).toMatchObject({ call: { name: 'ExcelApiDesktop', version: '1.1' } });
    expect(members.has('Workbook.use1904DateSystem')).toBe(false);
  });

  it('keeps the description, where the documented restrictions are', () => {
    expect(members.get('Worksheet.delete')?.description).toContain('"VeryHidden", the delete operation will fail with an `InvalidOperation` exception');
  });
});
