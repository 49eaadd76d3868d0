import type { ZipEntry } from './zip-reader';

/** A new entry, already deflated, with what the headers record of its bytes. */
export interface NewEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

/** What goes into the archive, in order: an entry copied from another archive, or a new one. */
export type OutputEntry = { readonly copy: ZipEntry } | { readonly add: NewEntry };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const VERSION = 20;
const DEFLATED = 8;
const UTF8 = 0x0800;
const LIMIT = 0xffffffff;

/** Date and time in the MS-DOS form ZIP headers use (local time, two-second steps). */
export function dosDateTime(when: Date): { readonly date: number; readonly time: number } {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
  };
}

interface Header {
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
}

const encoder = new TextEncoder();

function headerOf(entry: OutputEntry, time: number, date: number): { header: Header; data: Uint8Array } {
  if ('copy' in entry) {
    const { copy } = entry;
    return {
      header: { ...copy, time: copy.dosTime, date: copy.dosDate, compressedSize: copy.raw.length },
      data: copy.raw,
    };
  }
  const { add } = entry;
  const nameBytes = encoder.encode(add.name);
  const flags = nameBytes.length === add.name.length ? 0 : UTF8;
  return {
    header: { nameBytes, flags, method: DEFLATED, time, date, crc: add.crc, compressedSize: add.data.length, size: add.size },
    data: add.data,
  };
}

function localHeader(header: Header): Uint8Array {
  const bytes = new Uint8Array(30 + header.nameBytes.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, LOCAL_HEADER, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, header.flags, true);
  view.setUint16(8, header.method, true);
  view.setUint16(10, header.time, true);
  view.setUint16(12, header.date, true);
  view.setUint32(14, header.crc, true);
  view.setUint32(18, header.compressedSize, true);
  view.setUint32(22, header.size, true);
  view.setUint16(26, header.nameBytes.length, true);
  bytes.set(header.nameBytes, 30);
  return bytes;
}

function centralHeader(header: Header, offset: number): Uint8Array {
  const bytes = new Uint8Array(46 + header.nameBytes.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, CENTRAL_HEADER, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, VERSION, true);
  view.setUint16(8, header.flags, true);
  view.setUint16(10, header.method, true);
  view.setUint16(12, header.time, true);
  view.setUint16(14, header.date, true);
  view.setUint32(16, header.crc, true);
  view.setUint32(20, header.compressedSize, true);
  view.setUint32(24, header.size, true);
  view.setUint16(28, header.nameBytes.length, true);
  view.setUint32(42, offset, true);
  bytes.set(header.nameBytes, 46);
  return bytes;
}

/**
 * A ZIP archive of the entries, as a list of byte runs to be written one after another (a
 * large workbook is never joined into one more copy of itself). A copied entry keeps its name,
 * flags, method, time, CRC-32, sizes and stored data exactly; only its offsets are new, and its
 * headers are written afresh without extra fields or a data descriptor. Plain ZIP: an archive
 * over 4 GB or 65,535 entries is refused, far beyond any workbook.
 */
export function writeZip(entries: readonly OutputEntry[], modified: Date): Uint8Array[] {
  if (entries.length > 0xffff) throw new RangeError('too many parts for a ZIP archive without ZIP64');
  const { date, time } = dosDateTime(modified);
  const runs: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { header, data } = headerOf(entry, time, date);
    const local = localHeader(header);
    if (offset + local.length + data.length > LIMIT || header.size > LIMIT) throw new RangeError('a workbook over 4 GB needs ZIP64');
    runs.push(local, data);
    directory.push(centralHeader(header, offset));
    offset += local.length + data.length;
  }
  const directorySize = directory.reduce((sum, run) => sum + run.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, END_OF_DIRECTORY, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  return [...runs, ...directory, end];
}

/** The archive's length, from its runs. */
export function byteLength(runs: readonly Uint8Array[]): number {
  return runs.reduce((sum, run) => sum + run.length, 0);
}
