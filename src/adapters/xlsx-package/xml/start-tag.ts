import { escapeAttribute } from './xml-text';

/**
 * A start tag's text with the attribute `name` set to `value` (replaced where it is, appended
 * where it is not), or removed when `value` is undefined; the rest of the tag stays as written.
 */
export function withAttribute(tag: string, name: string, value: string | undefined): string {
  const pattern = new RegExp(`(\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) {
    return value === undefined ? tag.replace(pattern, '') : tag.replace(pattern, `$1${name}="${escapeAttribute(value)}"`);
  }
  if (value === undefined) return tag;
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${escapeAttribute(value)}"${tag.slice(close)}`;
}
