import { PackageError } from '../package-error';
import type { DeflateCodec } from './codec';
import type { ZipEntry } from './zip-reader';

const STORED = 0;
const DEFLATED = 8;

/** An entry's bytes, inflated and checked against the size and CRC-32 the archive records. */
export async function readEntry(entry: ZipEntry, codec: DeflateCodec): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (entry.method === STORED) bytes = entry.raw;
  else if (entry.method === DEFLATED) {
    try {
      bytes = await codec.inflate(entry.raw, entry.size);
    } catch {
      throw new PackageError('damaged', `${entry.name}: broken compressed data`);
    }
  } else throw new PackageError('damaged', `${entry.name}: compression method ${entry.method}`);
  if (bytes.length !== entry.size || codec.crc32(bytes) !== entry.crc) {
    throw new PackageError('damaged', `${entry.name}: checksum mismatch`);
  }
  return bytes;
}
