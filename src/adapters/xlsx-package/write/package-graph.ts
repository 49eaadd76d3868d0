import type { WorkbookPackage } from '../read/open-package';
import { parsedPart, partText } from '../read/open-package';
import { partKey } from '../opc/part-names';
import { parseRelationships, type Relationship, type RelationshipsPart } from '../opc/relationships';
import type { DeflateCodec } from '../zip/codec';

/** Every relationships part of the package, by the part it belongs to (lower case; `''` for the package). */
export async function allRelationships(pkg: WorkbookPackage, codec: DeflateCodec): Promise<Map<string, RelationshipsPart>> {
  const parts = new Map<string, RelationshipsPart>();
  for (const entry of pkg.zip.entries) {
    const match = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(entry.name);
    if (!match) continue;
    const source = match[1] + match[2];
    const text = await partText(pkg.entries, entry.name, codec);
    parts.set(partKey(source), parsedPart(entry.name, () => parseRelationships(source, text)));
  }
  return parts;
}

/**
 * The parts to delete with the given sheets: the sheets, and every part reachable from them
 * through relationships (a drawing, its chart, the chart's style) that no part being kept
 * refers to. A part shared with a kept sheet (an image used twice) stays.
 */
export function partsOwnedBy(sheetParts: readonly string[], relationships: ReadonlyMap<string, RelationshipsPart>): Set<string> {
  const referrers = new Map<string, Set<string>>();
  const targets = (source: string): Relationship[] => relationships.get(source)?.relationships.filter((relationship) => !relationship.external) ?? [];
  for (const [source, part] of relationships) {
    for (const relationship of part.relationships) {
      if (relationship.external) continue;
      const target = partKey(relationship.part);
      if (!referrers.has(target)) referrers.set(target, new Set());
      referrers.get(target)?.add(source);
    }
  }
  const deleted = new Set(sheetParts.map(partKey));
  let grew = true;
  while (grew) {
    grew = false;
    for (const source of [...deleted]) {
      for (const relationship of targets(source)) {
        const target = partKey(relationship.part);
        if (deleted.has(target)) continue;
        const from = referrers.get(target) ?? new Set<string>();
        if ([...from].every((referrer) => deleted.has(referrer))) {
          deleted.add(target);
          grew = true;
        }
      }
    }
  }
  return deleted;
}
