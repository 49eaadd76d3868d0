const encoder = new TextEncoder();

/**
 * UTF-8 bytes written straight into one growing buffer: a large sheet's XML is made without a
 * string per cell or a copy of the whole text, which in a 36,000-row tab is most of the work the
 * garbage collector would otherwise do.
 */
export class XmlBytes {
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(capacity);
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.length + bytes) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Text of any characters, as UTF-8; most of it is ASCII and is copied a byte at a time. */
  text(text: string): this {
    const count = text.length;
    this.room(count);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < count; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.length = at;
        this.room((count - i) * 3);
        this.length += encoder.encodeInto(text.slice(i), this.buffer.subarray(this.length)).written;
        return this;
      }
      buffer[at++] = code;
    }
    this.length = at;
    return this;
  }

  /** A number as XML Schema writes a double; small whole numbers without making a string. */
  number(value: number): this {
    if (Number.isInteger(value) && value >= 0 && value < 1e9) {
      this.room(10);
      if (value === 0) {
        this.buffer[this.length++] = 0x30;
        return this;
      }
      let digits = 1;
      for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
      let at = this.length + digits;
      this.length = at;
      for (let rest = value; rest > 0; rest = Math.floor(rest / 10)) this.buffer[--at] = 0x30 + (rest % 10);
      return this;
    }
    return this.text(String(value));
  }

  /** The bytes written so far (a view, valid until more is written). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
