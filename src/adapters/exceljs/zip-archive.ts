import * as zlib from 'node:zlib';

/** One file of an archive: its path inside the archive and its bytes. */
export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as ZIP stores it, for node versions without `zlib.crc32` (added in 20.15 and 22.2). */
export function crc32Of(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const crc32: (bytes: Uint8Array) => number = (zlib as { crc32?: (bytes: Uint8Array) => number }).crc32 ?? crc32Of;

/** Date and time in the MS-DOS form ZIP headers use (local time, two-second steps). */
function dosDateTime(when: Date): { date: number; time: number } {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
  };
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;

/** An entry deflated, with what its headers record of the original bytes. */
export interface DeflatedEntry {
  readonly name: string;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

function deflatedSync(entry: ZipEntry): DeflatedEntry {
  return { name: entry.name, crc: crc32(entry.bytes), size: entry.bytes.length, data: zlib.deflateRawSync(entry.bytes) };
}

/**
 * Deflates an entry on node's thread pool, so that a caller can go on building the next part
 * meanwhile. The output buffer is sized to hold the whole result of a typical XML part (a
 * quarter of its size or less) in one piece: the pool then compresses it in one job instead
 * of handing every 16 KB back to the main thread, which may be busy for seconds.
 */
export function deflateEntry(entry: ZipEntry): Promise<DeflatedEntry> {
  const crc = crc32(entry.bytes);
  const chunkSize = Math.max(zlib.constants.Z_DEFAULT_CHUNK, Math.ceil(entry.bytes.length / 4));
  return new Promise((resolve, reject) => {
    zlib.deflateRaw(entry.bytes, { chunkSize }, (error, data) => {
      if (error) reject(error);
      else resolve({ name: entry.name, crc, size: entry.bytes.length, data });
    });
  });
}

/**
 * A ZIP archive of entries already deflated (see `deflateEntry`). Plain ZIP, not ZIP64: an
 * archive over 4 GB or 65,535 entries is refused, far beyond any workbook here.
 */
export function archiveOf(entries: readonly DeflatedEntry[], modified: Date = new Date()): Buffer {
  if (entries.length > 0xffff) throw new RangeError('too many files for a ZIP archive without ZIP64');
  const { date, time } = dosDateTime(modified);
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const { name: path, crc, size, data } of entries) {
    const name = Buffer.from(path, 'utf8');
    const flags = name.length === path.length ? 0 : UTF8_NAMES;
    if (offset + 30 + name.length + data.length > 0xffffffff || size > 0xffffffff) {
      throw new RangeError('a ZIP archive over 4 GB needs ZIP64');
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION, 4);
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(DEFLATE, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);

    offset += local.length + name.length + data.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

/**
 * A ZIP archive of the entries, each deflated by node's own zlib: several times faster than
 * the JavaScript deflate ExcelJS uses (JSZip with pako), for files as small.
 */
export function zipArchive(entries: readonly ZipEntry[], modified: Date = new Date()): Buffer {
  return archiveOf(entries.map(deflatedSync), modified);
}
