/**
 * Part names as ZIP entry names (`xl/worksheets/sheet1.xml`, no leading slash) and the
 * relationship targets that point at them (ECMA-376 Part 2, §9.3): relative to the source
 * part's folder (`worksheets/sheet1.xml`) or absolute (`/xl/worksheets/sheet1.xml`, as
 * openpyxl writes them).
 */

export function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

function normalised(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

function decoded(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** The part a relationship of `source` (`''` for the package's own) points at. */
export function resolveTarget(source: string, target: string): string {
  const path = decoded(target.split('#')[0]);
  return path.startsWith('/') ? normalised(path) : normalised(folderOf(source) + path);
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `''` (the package) → `_rels/.rels`. */
export function relationshipsPartOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

/** The target to write in `source`'s relationships for `part`: relative to the source's folder. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split('/').filter(Boolean);
  const to = part.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

/** Part names compare case-insensitively (ECMA-376 Part 2, §9.1.1.1). */
export const partKey = (part: string): string => part.toLowerCase();
