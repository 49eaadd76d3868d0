import { inflateRawSync } from 'node:zlib';
import { nodeCodec } from './node-codec';

describe('nodeCodec', () => {
  it('deflates a large part in slices that inflate as one stream to the same bytes', async () => {
    const text = Array.from({ length: 120_000 }, (_, row) => `<row r="${row}"><c><v>${(row * 7919) % 10007}</v></c></row>`).join('');
    const data = new TextEncoder().encode(text);
    expect(data.length).toBeGreaterThan(3 * 1024 * 1024);
    const deflated = await nodeCodec.deflate(data);
    expect(Buffer.from(inflateRawSync(deflated)).equals(Buffer.from(data))).toBe(true);
    expect(Buffer.from(await nodeCodec.inflate(deflated, data.length)).equals(Buffer.from(data))).toBe(true);
    expect(deflated.length).toBeLessThan(data.length / 4);
  });

  it('deflates a small part in one piece', async () => {
    const data = new TextEncoder().encode('<styleSheet/>');
    expect(new TextDecoder().decode(inflateRawSync(await nodeCodec.deflate(data)))).toBe('<styleSheet/>');
  });
});
