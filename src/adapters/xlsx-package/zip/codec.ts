/**
 * Raw deflate (RFC 1951), as ZIP stores it, and its checksum. The package code is the same on
 * the command line and in the browser; only the codec differs: node's zlib there, the
 * browser's `CompressionStream` or fflate here (docs/decisions.md, "the ZIP codec").
 */
export interface DeflateCodec {
  /** The bytes of a deflated entry; `size` is the length the archive records for them. */
  inflate(data: Uint8Array, size: number): Promise<Uint8Array>;
  deflate(data: Uint8Array): Promise<Uint8Array>;
  crc32(data: Uint8Array): number;
}
