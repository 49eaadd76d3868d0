import * as zlib from 'node:zlib';
import type { DeflateCodec } from '../adapters/xlsx-package/zip/codec';
import { crc32 } from '../adapters/xlsx-package/zip/crc32';

/** Output chunks as large as the result, within reason: one piece, not one per 16 KB. */
const chunkFor = (size: number): number => Math.min(Math.max(zlib.constants.Z_DEFAULT_CHUNK, size), 64 * 1024 * 1024);

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/**
 * Node's zlib for the command line, on its thread pool so that parts inflate and deflate while
 * the main thread renders the next (docs/decisions.md, "the ZIP codec"): three to four times
 * faster than fflate here. Level 6, zlib's default.
 */
export const nodeCodec: DeflateCodec = {
  inflate: (data, size) =>
    new Promise((resolve, reject) =>
      zlib.inflateRaw(data, { chunkSize: chunkFor(size) }, (error, result) => (error ? reject(error) : resolve(result))),
    ),
  deflate: (data) =>
    new Promise((resolve, reject) =>
      zlib.deflateRaw(data, { chunkSize: chunkFor(data.length / 4) }, (error, result) => (error ? reject(error) : resolve(result))),
    ),
  crc32: nativeCrc32 ? (data) => nativeCrc32(data) : (data) => crc32(data),
};
