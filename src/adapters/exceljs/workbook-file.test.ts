import ExcelJS from 'exceljs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileError } from './file-error';
import { renderPlan } from './render-plan';
import { defaultSaveSteps, loadWorkbookFile, readWorkbookFile, saveWorkbookFile } from './workbook-file';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'workbook-file-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function workbookSaying(text: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('员工').addRow(['工号', text]);
  return workbook;
}

async function cellOf(path: string): Promise<unknown> {
  return (await readWorkbookFile(path)).getWorksheet('员工')?.getCell('B1').value;
}

describe('saveWorkbookFile', () => {
  it('writes a new file that reads back', async () => {
    const target = join(directory, 'new.xlsx');
    await saveWorkbookFile(workbookSaying('first'), target);
    expect(await cellOf(target)).toBe('first');
    expect(await readdir(directory)).toEqual(['new.xlsx']);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const target = join(directory, 'team.xlsx');
    await saveWorkbookFile(workbookSaying('first'), target);
    await chmod(target, 0o640);
    await saveWorkbookFile(workbookSaying('second'), target);
    expect(await cellOf(target)).toBe('second');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(directory)).toEqual(['team.xlsx']);
  });

  it('leaves the target byte-identical and no temporary file when the write fails half way', async () => {
    const target = join(directory, 'team.xlsx');
    await saveWorkbookFile(workbookSaying('first'), target);
    const before = await readFile(target);
    const failingHalfway = {
      ...defaultSaveSteps,
      writeNewFile: async (path: string, bytes: Uint8Array) => {
        await writeFile(path, bytes.subarray(0, bytes.length / 2));
        throw new Error('disk full');
      },
    };

    const saving = saveWorkbookFile(workbookSaying('second'), target, failingHalfway);

    await expect(saving).rejects.toBeInstanceOf(FileError);
    await expect(saving).rejects.toMatchObject({ problem: 'unwritable', path: target });
    expect(Buffer.compare(await readFile(target), before)).toBe(0);
    expect(await readdir(directory)).toEqual(['team.xlsx']);
  });

  it('leaves the target as it was when building the bytes fails', async () => {
    const target = join(directory, 'team.xlsx');
    await saveWorkbookFile(workbookSaying('first'), target);
    const before = await readFile(target);
    const failing = { ...defaultSaveSteps, serialise: () => Promise.reject(new Error('renderer broke')) };

    await expect(saveWorkbookFile(workbookSaying('second'), target, failing)).rejects.toMatchObject({ problem: 'unwritable' });
    expect(Buffer.compare(await readFile(target), before)).toBe(0);
    expect(await readdir(directory)).toEqual(['team.xlsx']);
  });

  it('cleans up when the final rename fails', async () => {
    const target = join(directory, 'folder.xlsx');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'kept');

    await expect(saveWorkbookFile(workbookSaying('x'), target)).rejects.toMatchObject({ problem: 'unwritable' });
    expect(await readdir(directory)).toEqual(['folder.xlsx']);
    expect(await readdir(target)).toEqual(['inside']);
  });

  it('reports a folder that does not exist as unwritable', async () => {
    const target = join(directory, 'missing', 'team.xlsx');
    await expect(saveWorkbookFile(workbookSaying('x'), target)).rejects.toMatchObject({ problem: 'unwritable', path: target });
  });

  it('never opens the input for writing when the result goes to another file', async () => {
    const input = join(directory, 'input.xlsx');
    const output = join(directory, 'output.xlsx');
    await saveWorkbookFile(workbookSaying('input'), input);
    const before = await readFile(input);
    const modified = (await stat(input)).mtimeMs;

    const workbook = await readWorkbookFile(input);
    renderPlan(workbook, {
      sheets: [{ name: '考核 2026-11', visibility: 'visible', columns: [], rows: [['x']], styles: [], merges: [], conditionalFormats: [], hyperlinks: [] }],
      remove: [],
    });
    await saveWorkbookFile(workbook, output);

    expect(Buffer.compare(await readFile(input), before)).toBe(0);
    expect((await stat(input)).mtimeMs).toBe(modified);
    expect((await readWorkbookFile(output)).worksheets.map((sheet) => sheet.name)).toEqual(['员工', '考核 2026-11']);
  });
});

describe('loadWorkbookFile', () => {
  it('gives the workbook and its sheets as grids of plain values', async () => {
    const path = join(directory, 'team.xlsx');
    await saveWorkbookFile(workbookSaying('王芳'), path);
    const { workbook, grids } = await loadWorkbookFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['员工']);
    expect(grids.sheets).toEqual([{ name: '员工', rows: [['工号', '王芳']], visibility: 'visible' }]);
  });

  it('throws a FileError for a file it cannot read', async () => {
    await expect(loadWorkbookFile(join(directory, 'nope.xlsx'))).rejects.toBeInstanceOf(FileError);
  });
});

describe('readWorkbookFile', () => {
  it('reports a missing file', async () => {
    const path = join(directory, 'nope.xlsx');
    await expect(readWorkbookFile(path)).rejects.toMatchObject({ problem: 'notFound', path });
  });

  it('reports a file that is not a workbook', async () => {
    const path = join(directory, 'notes.xlsx');
    await writeFile(path, 'just text');
    await expect(readWorkbookFile(path)).rejects.toMatchObject({ problem: 'notWorkbook' });
  });

  it('reports a folder as unreadable', async () => {
    await expect(readWorkbookFile(directory)).rejects.toMatchObject({ problem: 'unreadable' });
  });
});

describe('FileError', () => {
  it('tells the user in Chinese and in English', () => {
    const error = new FileError('notFound', 'team.xlsx');
    expect(error.text('zh')).toContain('找不到文件');
    expect(error.text('en')).toContain('File not found: team.xlsx');
    expect(error.message).toBe(error.text('en'));
  });
});
