import * as zlib from 'node:zlib';
import type { DeflateCodec } from '../adapters/xlsx-package/zip/codec';
import { crc32 } from '../adapters/xlsx-package/zip/crc32';

/** Output chunks as large as the result, within reason: one piece, not one per 16 KB. */
const chunkFor = (size: number): number => Math.min(Math.max(zlib.constants.Z_DEFAULT_CHUNK, size), 64 * 1024 * 1024);

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** Parts larger than this are deflated in slices of it, side by side on the thread pool. */
const SLICE = 1 << 20;

function deflateSlice(data: Uint8Array, last: boolean): Promise<Buffer> {
  const options = { chunkSize: chunkFor(data.length / 4), finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
  return new Promise((resolve, reject) => zlib.deflateRaw(data, options, (error, result) => (error ? reject(error) : resolve(result))));
}

/**
 * Node's zlib for the command line, on its thread pool so that parts inflate and deflate while
 * the main thread renders the next (docs/decisions.md, "the ZIP codec"): three to four times
 * faster than fflate here. Level 6, zlib's default. A large part is deflated in 1 MB slices at
 * once, as pigz does: every slice but the last ends in a sync flush on a byte boundary, so the
 * slices joined are one valid deflate stream (RFC 1951), barely larger than one made whole.
 */
export const nodeCodec: DeflateCodec = {
  inflate: (data, size) =>
    new Promise((resolve, reject) =>
      zlib.inflateRaw(data, { chunkSize: chunkFor(size) }, (error, result) => (error ? reject(error) : resolve(result))),
    ),
  deflate: async (data) => {
    if (data.length <= 2 * SLICE) return deflateSlice(data, true);
    const slices: Promise<Buffer>[] = [];
    for (let at = 0; at < data.length; at += SLICE) slices.push(deflateSlice(data.subarray(at, at + SLICE), at + SLICE >= data.length));
    return Buffer.concat(await Promise.all(slices));
  },
  crc32: nativeCrc32 ? (data) => nativeCrc32(data) : (data) => crc32(data),
};
