import { normalizeText } from './normalize-text';

/**
 * Matches a cell's text against a table of accepted words (status and role words from
 * `schema.ts`), normalised. Results are remembered per raw text: a status column repeats
 * a handful of words over many thousand rows.
 */
export type WordLookup<K extends string> = (text: string) => K | undefined;

export function wordLookup<K extends string>(words: Readonly<Record<K, readonly string[]>>): WordLookup<K> {
  const byWord = new Map<string, K>();
  for (const key of Object.keys(words) as K[]) {
    for (const word of words[key]) byWord.set(normalizeText(word), key);
  }
  const seen = new Map<string, K | undefined>();
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const key = byWord.get(normalizeText(text));
    seen.set(text, key);
    return key;
  };
}
