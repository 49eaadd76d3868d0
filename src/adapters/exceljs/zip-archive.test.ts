import fc from 'fast-check';
import JSZip from 'jszip';
import * as zlib from 'node:zlib';
import { archiveOf, crc32Of, deflateEntry, zipArchive } from './zip-archive';

async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const files = new Map<string, string>();
  for (const entry of Object.values(zip.files)) files.set(entry.name, await entry.async('string'));
  return files;
}

describe('zipArchive', () => {
  it('makes an archive that a ZIP reader opens, every file intact and its checksum right', async () => {
    const xml = '<worksheet>'.padEnd(100_000, '<row r="1"><c r="A1"><v>1</v></c></row>');
    const archive = zipArchive([
      { name: '[Content_Types].xml', bytes: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', bytes: Buffer.from(xml) },
    ]);
    const files = await unzip(archive);
    expect([...files.keys()]).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
    expect(files.get('xl/worksheets/sheet1.xml')).toBe(xml);
  });

  it('compresses: repetitive XML takes a fraction of its size', () => {
    const xml = Buffer.from('<row><c><v>1</v></c></row>'.repeat(10_000));
    expect(zipArchive([{ name: 'a.xml', bytes: xml }]).length).toBeLessThan(xml.length / 20);
  });

  it('keeps a file name outside ASCII, flagged as UTF-8', async () => {
    const files = await unzip(zipArchive([{ name: 'xl/media/图片.png', bytes: Buffer.from([1, 2, 3]) }]));
    expect([...files.keys()]).toEqual(['xl/media/图片.png']);
  });

  it('keeps empty files and makes a valid archive of none', async () => {
    expect((await unzip(zipArchive([{ name: 'empty.xml', bytes: new Uint8Array(0) }]))).get('empty.xml')).toBe('');
    expect((await unzip(zipArchive([]))).size).toBe(0);
  });

  it('dates the files with the time given', async () => {
    const zip = await JSZip.loadAsync(zipArchive([{ name: 'a.xml', bytes: Buffer.from('a') }], new Date(2026, 10, 30, 9, 15, 42)));
    expect(zip.files['a.xml'].date.getUTCFullYear()).toBe(2026);
  });
});

describe('archiveOf with deflateEntry', () => {
  it('makes the same archive as zipArchive from parts deflated on the thread pool', async () => {
    const entries = [
      { name: '[Content_Types].xml', bytes: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', bytes: Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(5_000)) },
    ];
    const when = new Date(2026, 10, 30, 9, 15, 42);
    const archive = archiveOf(await Promise.all(entries.map(deflateEntry)), when);
    expect(archive).toEqual(zipArchive(entries, when));
  });

  it('keeps a part that compresses to more than its output buffer holds', async () => {
    // Pseudo-random bytes do not compress: the deflated part outgrows the quarter-size buffer.
    const noise = Buffer.alloc(200_000);
    let state = 1;
    for (let index = 0; index < noise.length; index++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      noise[index] = state >>> 24;
    }
    const deflated = await deflateEntry({ name: 'noise.bin', bytes: noise });
    expect(deflated.data.length).toBeGreaterThan(noise.length / 4);
    const zip = await JSZip.loadAsync(archiveOf([deflated]), { checkCRC32: true });
    expect(Buffer.from(await zip.files['noise.bin'].async('uint8array'))).toEqual(noise);
  });
});

describe('crc32Of', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32Of(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('agrees with zlib on any bytes', () => {
    const native = (zlib as { crc32?: (bytes: Uint8Array) => number }).crc32;
    if (!native) throw new Error('this node has no zlib.crc32 to compare with');
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => crc32Of(bytes) === native(bytes)));
  });
});
