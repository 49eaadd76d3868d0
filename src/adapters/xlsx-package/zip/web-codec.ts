import { deflateSync, inflateSync } from 'fflate';
import type { DeflateCodec } from './codec';
import { crc32 } from './crc32';

/** The bytes a stream transform gives for `data`, in one array. */
async function transformed(data: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([data as BlobPart]).stream().pipeThrough(transform as unknown as TransformStream<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function streamsSupported(): boolean {
  try {
    new CompressionStream('deflate-raw');
    new DecompressionStream('deflate-raw');
    return typeof Response === 'function';
  } catch {
    return false;
  }
}

/**
 * The browser's codec: its own `CompressionStream('deflate-raw')`, native and off the script's
 * thread, where it has one (Chromium 103, Firefox 113, Safari 16.4), else fflate.
 */
export function webCodec(useStreams = streamsSupported()): DeflateCodec {
  if (!useStreams) {
    return {
      inflate: async (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
      deflate: async (data) => deflateSync(data, { level: 6 }),
      crc32: (data) => crc32(data),
    };
  }
  return {
    inflate: (data) => transformed(data, new DecompressionStream('deflate-raw')),
    deflate: (data) => transformed(data, new CompressionStream('deflate-raw')),
    crc32: (data) => crc32(data),
  };
}
