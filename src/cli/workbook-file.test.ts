import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileError } from './file-error';
import { readWorkbookBytes, writeSteps, writeWorkbookFile, type WriteSteps } from './workbook-file';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'workbook-file-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const bytes = (text: string): Uint8Array[] => [new TextEncoder().encode(text.slice(0, 3)), new TextEncoder().encode(text.slice(3))];

const failing = (code: string) => async () => {
  throw Object.assign(new Error(`injected ${code}`), { code });
};

describe('writeWorkbookFile', () => {
  it('writes a new file from its byte runs', async () => {
    const target = join(directory, 'new.xlsx');
    await writeWorkbookFile(target, bytes('first version'));
    expect(await readFile(target, 'utf8')).toBe('first version');
    expect(await readdir(directory)).toEqual(['new.xlsx']);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const target = join(directory, 'team.xlsx');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await writeWorkbookFile(target, bytes('second version'));
    expect(await readFile(target, 'utf8')).toBe('second version');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(directory)).toEqual(['team.xlsx']);
  });

  const stepsFailingAt: [keyof WriteSteps, WriteSteps][] = [
    ['create', { ...writeSteps, create: failing('EACCES') }],
    ['write', { ...writeSteps, write: async (handle, runs) => { await handle.write(runs[0]); await failing('ENOSPC')(); } }],
    ['flush', { ...writeSteps, flush: failing('EIO') }],
    ['close', { ...writeSteps, close: async (handle) => { await handle.close(); await failing('EIO')(); } }],
    ['copyMode', { ...writeSteps, copyMode: failing('EPERM') }],
    ['rename', { ...writeSteps, rename: failing('EBUSY') }],
  ];

  it.each(stepsFailingAt)('leaves the original byte for byte, and no temporary file, when %s fails', async (_, steps) => {
    const target = join(directory, 'team.xlsx');
    await writeFile(target, 'the supervisor’s workbook');
    const before = await readFile(target);
    await expect(writeWorkbookFile(target, bytes('a new workbook that must not land'), steps)).rejects.toBeInstanceOf(FileError);
    expect((await readFile(target)).equals(before)).toBe(true);
    expect(await readdir(directory)).toEqual(['team.xlsx']);
  });

  it.each([
    ['EACCES', 'unwritable'],
    ['EROFS', 'unwritable'],
    ['ENOSPC', 'diskFull'],
    ['EIO', 'writeFailed'],
  ])('tells %s apart: %s', async (code, problem) => {
    const target = join(directory, 'team.xlsx');
    const saving = writeWorkbookFile(target, bytes('x'), { ...writeSteps, flush: failing(code) });
    await expect(saving).rejects.toMatchObject({ problem, path: target });
  });

  it('names the system’s code when the failure is neither permissions nor space', async () => {
    const error = new FileError('writeFailed', 'team.xlsx', Object.assign(new Error('x'), { code: 'EIO' }));
    expect(error.text('en')).toBe('Writing team.xlsx failed (EIO). The file was left as it was.');
    expect(error.text('zh')).toContain('EIO');
  });

  it('cleans up when the target is a folder', async () => {
    const target = join(directory, 'folder.xlsx');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'kept');
    await expect(writeWorkbookFile(target, bytes('x'))).rejects.toMatchObject({ problem: 'unwritable' });
    expect(await readdir(directory)).toEqual(['folder.xlsx']);
    expect(await readdir(target)).toEqual(['inside']);
  });

  it('reports a folder that does not exist as unwritable', async () => {
    const target = join(directory, 'missing', 'team.xlsx');
    await expect(writeWorkbookFile(target, bytes('x'))).rejects.toMatchObject({ problem: 'unwritable', path: target });
  });
});

describe('readWorkbookBytes', () => {
  it('reports a missing file, and a folder as unreadable', async () => {
    await expect(readWorkbookBytes(join(directory, 'nope.xlsx'))).rejects.toMatchObject({ problem: 'notFound' });
    await expect(readWorkbookBytes(directory)).rejects.toMatchObject({ problem: 'unreadable' });
  });
});
