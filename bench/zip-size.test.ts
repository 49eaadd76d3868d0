import { zipOf } from '../src/adapters/xlsx-package/testing/package-fixture';
import { uncompressedBytes } from './zip-size';

describe('uncompressedBytes', () => {
  it('adds up the uncompressed sizes of every file, not their compressed sizes', async () => {
    const archive = await zipOf({ 'xl/worksheets/sheet1.xml': '<row/>'.repeat(1000), 'xl/styles.xml': '<styleSheet/>' });
    expect(uncompressedBytes(archive)).toBe(6000 + 13);
    expect(archive.length).toBeLessThan(6000);
  });

  it('is zero for an archive of no files', async () => {
    expect(uncompressedBytes(await zipOf({}))).toBe(0);
  });

  it('refuses bytes that are not a ZIP archive', () => {
    expect(() => uncompressedBytes(Buffer.from('not a zip file at all, only some text'))).toThrow('not a ZIP archive');
  });
});
