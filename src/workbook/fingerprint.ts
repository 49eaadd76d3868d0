/**
 * A short, stable fingerprint of a month's input rows and policy, kept with the history so
 * the task pane can tell when a computed month's data changed afterwards. Not cryptographic:
 * it only has to notice edits.
 */
export function fingerprintOf(value: unknown): string {
  return fingerprintOfText(canonicalJson(value));
}

/** The fingerprint of a text as it is (for large inputs already serialised in a fixed order). */
export function fingerprintOfText(text: string): string {
  const fingerprint = new TextFingerprint();
  fingerprint.add(text);
  return fingerprint.digest();
}

/**
 * cyrb53 (two 32-bit lanes, well mixed, 53 useful bits) fed a text in pieces: the digest is
 * `fingerprintOfText` of the pieces joined, without ever building the joined text (a large
 * month's rows serialise to over twenty million characters).
 */
export class TextFingerprint {
  // The lanes' starting values 0xdeadbeef and 0x41c6ce57 as 32-bit integers, as the mixing reads them.
  private h1 = 0xdeadbeef | 0;
  private h2 = 0x41c6ce57;

  add(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** One UTF-16 code unit, as `add(String.fromCharCode(code))` without the string. */
  addCode(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 2654435761);
    this.h2 = Math.imul(this.h2 ^ code, 1597334677);
  }

  /**
   * `text` between double quotes, as `add(JSON.stringify(text))` when JSON writes it without
   * escapes; otherwise adds nothing and says so. One pass: no test of the text beforehand.
   */
  addPlainQuoted(text: string): boolean {
    let h1 = Math.imul(this.h1 ^ 0x22, 2654435761);
    let h2 = Math.imul(this.h2 ^ 0x22, 1597334677);
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      // JSON escapes quotes, backslashes, control characters and lone surrogates; any surrogate sends the text there.
      if (ch < 0x20 || ch === 0x22 || ch === 0x5c || (ch >= 0xd800 && ch <= 0xdfff)) return false;
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = Math.imul(h1 ^ 0x22, 2654435761);
    this.h2 = Math.imul(h2 ^ 0x22, 1597334677);
    return true;
  }

  /** Text given as its UTF-16 code units, for pieces fed over and over (a record's field names). */
  addCodes(codes: Uint16Array): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < codes.length; i++) {
      h1 = Math.imul(h1 ^ codes[i], 2654435761);
      h2 = Math.imul(h2 ^ codes[i], 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return hash.toString(36).padStart(11, '0');
  }
}

/** JSON with object keys sorted, so that equal values give equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(inner as Record<string, unknown>).sort()) {
        sorted[key] = (inner as Record<string, unknown>)[key];
      }
      return sorted;
    }
    return inner;
  });
}
