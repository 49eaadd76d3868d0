import { toHalfWidth } from './normalize-text';

/**
 * Catalogue and shift codes as the rules compare them: half-width and upper case, so that
 * `l04`, `Ｌ０４` and `L04` are one code and a shift typed `d` is the default shift `D`.
 */
export function codeFromText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : toHalfWidth(text).toUpperCase();
}
