import { escapeAttribute } from '../xml/xml-text';
import { insertAt, type TextEdit } from '../xml/splice';
import { children, parseXml, type XmlElement } from '../xml/xml-tree';
import { resolveTarget } from './part-names';

export const RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Transitional relationship types; strict workbooks use `http://purl.oclc.org/ooxml/officeDocument/relationships/`. */
export const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export interface Relationship {
  readonly id: string;
  /** The type's last segment (`worksheet`, `officeDocument`), whichever schema it comes from. */
  readonly kind: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The part it points at, for internal targets. */
  readonly part: string;
  readonly element: XmlElement;
}

/** A relationships part, parsed, with its text for splicing. */
export interface RelationshipsPart {
  readonly text: string;
  readonly root: XmlElement;
  readonly relationships: readonly Relationship[];
}

export function parseRelationships(source: string, text: string): RelationshipsPart {
  const root = parseXml(text);
  const relationships = children(root, 'Relationship').map((element): Relationship => {
    const type = element.attributes.get('Type') ?? '';
    const target = element.attributes.get('Target') ?? '';
    const external = element.attributes.get('TargetMode') === 'External';
    return {
      id: element.attributes.get('Id') ?? '',
      kind: type.slice(type.lastIndexOf('/') + 1),
      type,
      target,
      external,
      part: external ? '' : resolveTarget(source, target),
      element,
    };
  });
  return { text, root, relationships };
}

export const emptyRelationships = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NAMESPACE}"></Relationships>`;

/** Ids not yet used in the part: `rId<n>` after the highest number in use. */
export function freshIds(part: RelationshipsPart, count: number, taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set([...part.relationships.map((relationship) => relationship.id), ...taken]);
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) if (!used.has(`rId${n}`)) ids.push(`rId${n}`);
  return ids;
}

export interface NewRelationship {
  readonly id: string;
  readonly kind: string;
  readonly target: string;
}

/**
 * The edits that add relationships at the end of the part and remove those with `removeIds`;
 * every other relationship stays as written. New ones take the schema of the part's own
 * relationships (strict or transitional) from `typeBase`.
 */
export function relationshipEdits(part: RelationshipsPart, add: readonly NewRelationship[], removeIds: ReadonlySet<string>, typeBase = RELATIONSHIP_TYPES): TextEdit[] {
  const edits: TextEdit[] = part.relationships
    .filter((relationship) => removeIds.has(relationship.id))
    .map((relationship) => ({ start: relationship.element.start, end: relationship.element.end, text: '' }));
  if (add.length === 0) return edits;
  const prefix = part.root.prefix ? `${part.root.prefix}:` : '';
  const added = add
    .map((relationship) => `<${prefix}Relationship Id="${escapeAttribute(relationship.id)}" Type="${typeBase}${relationship.kind}" Target="${escapeAttribute(relationship.target)}"/>`)
    .join('');
  if (part.root.selfClosing) {
    const open = part.text.slice(part.root.start, part.root.end - 2);
    return [...edits, { start: part.root.start, end: part.root.end, text: `${open}>${added}</${part.root.qname}>` }];
  }
  return [...edits, insertAt(part.root.closeStart, added)];
}
