import { PackageError } from '../package-error';

/** One file of a ZIP archive as its central directory describes it; its data is not touched. */
export interface ZipEntry {
  readonly name: string;
  /** The name as stored, copied as it is when the entry is. */
  readonly nameBytes: Uint8Array;
  /** General-purpose flags, without bit 3 (the data descriptor: sizes are known here). */
  readonly flags: number;
  /** 0 stored, 8 deflated; any other method is copied but cannot be read. */
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc: number;
  readonly size: number;
  /** The entry's data exactly as stored (compressed), a view into the archive. */
  readonly raw: Uint8Array;
}

export interface ZipArchive {
  readonly entries: readonly ZipEntry[];
  readonly byName: ReadonlyMap<string, ZipEntry>;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ENCRYPTED = 0x0001;
const DATA_DESCRIPTOR = 0x0008;
const UTF8 = 0x0800;
const ZIP64_EXTRA = 0x0001;

const damaged = (detail: string): PackageError => new PackageError('damaged', detail);

function endOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  throw damaged('no ZIP central directory');
}

interface Directory {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
}

/** Where the central directory is, from the end record or, for a ZIP64 archive, its own end record. */
function directoryOf(view: DataView, end: number): Directory {
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END) throw damaged('broken ZIP64 end record');
    count = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (offset + size > view.byteLength) throw damaged('central directory beyond the end of the file');
  return { count, offset, size };
}

/** Sizes and offset a ZIP64 extra field holds in place of the 0xFFFFFFFF markers, in order. */
function zip64Values(view: DataView, start: number, length: number, wanted: readonly boolean[]): number[] {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      const values: number[] = [];
      let field = at + 4;
      for (const needed of wanted) {
        if (!needed) continue;
        if (field + 8 > at + 4 + size) throw damaged('short ZIP64 field');
        values.push(Number(view.getBigUint64(field, true)));
        field += 8;
      }
      return values;
    }
    at += 4 + size;
  }
  throw damaged('missing ZIP64 field');
}

const utf8 = new TextDecoder('utf-8', { fatal: false });
/** Names without the UTF-8 flag are code page 437; those that are plain ASCII read the same either way. */
const cp437 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

/**
 * Reads a ZIP archive's central directory: every entry, with a view of its stored data. The
 * data is neither inflated nor checked here; the parts that are read are checked when they
 * are (`readEntry`). Damage that would make a copy wrong (overlapping or truncated entries,
 * encrypted entries) is refused now.
 */
export function readZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw damaged('too short for a ZIP archive');
  const directory = directoryOf(view, endOfDirectory(view));
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let at = directory.offset;
  for (let index = 0; index < directory.count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) throw damaged('broken central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    let offset = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = flags & UTF8 ? utf8.decode(nameBytes) : cp437(nameBytes);
    const wanted = [size === 0xffffffff, compressedSize === 0xffffffff, offset === 0xffffffff];
    if (wanted.some(Boolean)) {
      const values = zip64Values(view, at + 46 + nameLength, extraLength, wanted);
      if (wanted[0]) size = values.shift() as number;
      if (wanted[1]) compressedSize = values.shift() as number;
      if (wanted[2]) offset = values.shift() as number;
    }
    if (flags & ENCRYPTED) throw damaged(`${name} is encrypted inside the archive`);
    if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL_HEADER) throw damaged(`${name}: no local header`);
    const dataStart = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    if (dataStart + compressedSize > bytes.length) throw damaged(`${name} is cut short`);
    const entry: ZipEntry = {
      name,
      nameBytes,
      flags: flags & ~DATA_DESCRIPTOR,
      method,
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      size,
      raw: bytes.subarray(dataStart, dataStart + compressedSize),
    };
    if (byName.has(name)) throw damaged(`${name} is in the archive twice`);
    entries.push(entry);
    byName.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, byName };
}
