/** A change to a text: the characters from `start` to `end` replaced by `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The text with every edit made; edits must not overlap. Edits at the same place keep their
 * order, so several insertions at one point come out as given.
 */
export function spliced(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  let out = '';
  let at = 0;
  for (const { edit } of ordered) {
    if (edit.start < at) throw new RangeError('overlapping edits');
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** Inserting `text` at `at`. */
export const insertAt = (at: number, text: string): TextEdit => ({ start: at, end: at, text });
