/**
 * The uncompressed size of every file in a ZIP archive (an .xlsx: its XML parts), from the
 * central directory: how much the writer had to produce, whatever the compression.
 */
export function uncompressedBytes(archive: Uint8Array): number {
  const view = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  let end = view.length - 22;
  while (end >= 0 && view.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory');
  const entries = view.readUInt16LE(end + 10);
  let position = view.readUInt32LE(end + 16);
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (view.readUInt32LE(position) !== 0x02014b50) throw new Error('not a ZIP archive: broken central directory');
    total += view.readUInt32LE(position + 24);
    position += 46 + view.readUInt16LE(position + 28) + view.readUInt16LE(position + 30) + view.readUInt16LE(position + 32);
  }
  return total;
}
