import { zipArchive } from '../src/adapters/exceljs/zip-archive';
import { uncompressedBytes } from './zip-size';

describe('uncompressedBytes', () => {
  it('adds up the uncompressed sizes of every file, not their compressed sizes', () => {
    const archive = zipArchive([
      { name: 'xl/worksheets/sheet1.xml', bytes: Buffer.from('<row/>'.repeat(1000)) },
      { name: 'xl/styles.xml', bytes: Buffer.from('<styleSheet/>') },
    ]);
    expect(uncompressedBytes(archive)).toBe(6000 + 13);
    expect(archive.length).toBeLessThan(6000);
  });

  it('is zero for an archive of no files', () => {
    expect(uncompressedBytes(zipArchive([]))).toBe(0);
  });

  it('refuses bytes that are not a ZIP archive', () => {
    expect(() => uncompressedBytes(Buffer.from('not a zip file at all, only some text'))).toThrow('not a ZIP archive');
  });
});
