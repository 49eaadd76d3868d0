import { escapeAttribute } from '../xml/xml-text';
import { insertAt, type TextEdit } from '../xml/splice';
import { children, parseXml, type XmlElement } from '../xml/xml-tree';
import { partKey } from './part-names';

/** `[Content_Types].xml`, parsed, with its text for splicing. */
export interface ContentTypesPart {
  readonly text: string;
  readonly root: XmlElement;
  readonly defaults: ReadonlyMap<string, string>;
  /** By part name in lower case, without the leading slash. */
  readonly overrides: ReadonlyMap<string, { readonly type: string; readonly element: XmlElement }>;
}

export const CONTENT_TYPES_PART = '[Content_Types].xml';

export function parseContentTypes(text: string): ContentTypesPart {
  const root = parseXml(text);
  const defaults = new Map(children(root, 'Default').map((element) => [(element.attributes.get('Extension') ?? '').toLowerCase(), element.attributes.get('ContentType') ?? '']));
  const overrides = new Map(
    children(root, 'Override').map((element) => [partKey((element.attributes.get('PartName') ?? '').replace(/^\//, '')), { type: element.attributes.get('ContentType') ?? '', element }]),
  );
  return { text, root, defaults, overrides };
}

/** A part's content type: its override, else the default for its extension. */
export function contentTypeOf(types: ContentTypesPart, part: string): string | undefined {
  const override = types.overrides.get(partKey(part));
  if (override) return override.type;
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  return types.defaults.get(extension);
}

/**
 * The edits that add overrides for new parts (at the end) and remove those of removed parts;
 * defaults and every other override stay as written.
 */
export function contentTypeEdits(types: ContentTypesPart, add: readonly { readonly part: string; readonly type: string }[], remove: readonly string[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const part of remove) {
    const override = types.overrides.get(partKey(part));
    if (override) edits.push({ start: override.element.start, end: override.element.end, text: '' });
  }
  const prefix = types.root.prefix ? `${types.root.prefix}:` : '';
  const added = add
    .filter(({ part, type }) => contentTypeOf(types, part) !== type || !types.overrides.has(partKey(part)) || remove.some((gone) => partKey(gone) === partKey(part)))
    .map(({ part, type }) => `<${prefix}Override PartName="/${escapeAttribute(part)}" ContentType="${escapeAttribute(type)}"/>`)
    .join('');
  if (added) edits.push(insertAt(types.root.closeStart, added));
  return edits;
}
