import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { PackageError } from '../package-error';
import { testCodec, zipOf } from '../testing/package-fixture';
import { joined } from '../write/new-workbook';
import { crc32 } from './crc32';
import { readEntry } from './read-entry';
import { readZip } from './zip-reader';
import { dosDateTime, writeZip } from './zip-writer';

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** A one-entry archive written the way streaming writers do: sizes after the data, in a data descriptor. */
function withDataDescriptor(name: string, content: string): Uint8Array {
  const data = new TextEncoder().encode(content);
  const deflated = deflateRawSync(data);
  const nameBytes = new TextEncoder().encode(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0808, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(nameBytes.length, 26);
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc, 4);
  descriptor.writeUInt32LE(deflated.length, 8);
  descriptor.writeUInt32LE(data.length, 12);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x0808, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const directoryOffset = 30 + nameBytes.length + deflated.length + 16;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, nameBytes, deflated, descriptor, central, nameBytes, end]);
}

describe('crc32', () => {
  it('gives the check value of ISO 3309 for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('agrees with a byte-at-a-time CRC on any bytes', () => {
    const slow = (bytes: Uint8Array) => {
      let c = 0xffffffff;
      for (const byte of bytes) {
        c ^= byte;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      return (c ^ 0xffffffff) >>> 0;
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => expect(crc32(bytes)).toBe(slow(bytes))));
  });
});

describe('readZip and writeZip', () => {
  it('read back what was written: names (UTF-8 too), contents and sizes', async () => {
    const archive = readZip(await zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/表1.xml': '<worksheet>王芳</worksheet>' }));
    expect(archive.entries.map((entry) => entry.name)).toEqual(['xl/workbook.xml', 'xl/worksheets/表1.xml']);
    expect(text(await readEntry(archive.byName.get('xl/worksheets/表1.xml')!, testCodec))).toBe('<worksheet>王芳</worksheet>');
  });

  it('copy an entry with its stored bytes, CRC and time exactly, at a new offset', async () => {
    const source = readZip(await zipOf({ a: 'first', b: 'second' }));
    const copy = readZip(joined(writeZip([{ add: { name: 'new', data: deflateRawSync('x'), crc: crc32(new TextEncoder().encode('x')), size: 1 } }, { copy: source.byName.get('b')! }], new Date())));
    const copied = copy.byName.get('b')!;
    expect(Buffer.from(copied.raw).equals(Buffer.from(source.byName.get('b')!.raw))).toBe(true);
    expect([copied.crc, copied.dosTime, copied.dosDate]).toEqual([source.byName.get('b')!.crc, source.byName.get('b')!.dosTime, source.byName.get('b')!.dosDate]);
    expect(text(await readEntry(copied, testCodec))).toBe('second');
  });

  it('read an entry whose sizes come after its data (general-purpose bit 3), and copy it without the descriptor', async () => {
    const archive = readZip(withDataDescriptor('xl/styles.xml', '<styleSheet/>'));
    const entry = archive.byName.get('xl/styles.xml')!;
    expect(text(await readEntry(entry, testCodec))).toBe('<styleSheet/>');
    expect(entry.flags & 0x0008).toBe(0);
    const copy = readZip(joined(writeZip([{ copy: entry }], new Date())));
    expect(text(await readEntry(copy.byName.get('xl/styles.xml')!, testCodec))).toBe('<styleSheet/>');
  });

  it('write times in the MS-DOS form, two-second steps', () => {
    expect(dosDateTime(new Date(2026, 10, 5, 9, 30, 41))).toEqual({ date: (46 << 9) | (11 << 5) | 5, time: (9 << 11) | (30 << 5) | 20 });
  });

  it.each([
    ['too short for an archive', new Uint8Array(10)],
    ['without a central directory', new Uint8Array(200).fill(7)],
  ])('refuse a file %s as damaged', (_, bytes) => {
    expect(() => readZip(bytes)).toThrow(PackageError);
  });

  it('refuse an archive cut short as damaged', async () => {
    const bytes = await zipOf({ 'xl/workbook.xml': '<workbook>'.repeat(200) });
    const view = Buffer.from(bytes);
    // Point the only entry's data past the end of the file.
    const directory = view.readUInt32LE(view.length - 6);
    view.writeUInt32LE(view.length, directory + 20);
    expect(() => readZip(view)).toThrow(expect.objectContaining({ problem: 'damaged' }));
  });

  it('refuse a corrupted entry when it is read, naming it', async () => {
    const bytes = Buffer.from(await zipOf({ 'xl/workbook.xml': '<workbook>'.repeat(200) }));
    const entry = readZip(bytes).byName.get('xl/workbook.xml')!;
    const at = bytes.indexOf(Buffer.from(entry.raw.subarray(0, 8)));
    bytes[at + 3] ^= 0xff;
    await expect(readEntry(readZip(bytes).byName.get('xl/workbook.xml')!, testCodec)).rejects.toMatchObject({ problem: 'damaged', detail: expect.stringContaining('xl/workbook.xml') });
  });

  it('refuse an archive that holds a name twice', async () => {
    const one = readZip(await zipOf({ a: 'x' })).entries[0];
    expect(() => readZip(joined(writeZip([{ copy: one }, { copy: one }], new Date())))).toThrow(/twice/);
  });
});
