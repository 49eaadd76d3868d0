/**
 * Reads the requirement sets of the Excel JavaScript API out of `@types/office-js`, where every
 * class and interface member carries its set in its JSDoc (`[Api set: ExcelApi 1.9]`). Pure text
 * in, a map out: the generator script and the tests give it the installed typings, so the fake's
 * table is derived from Microsoft's own annotations rather than written by hand.
 */

/** How a member is used: a property is read or written, a method is called. */
export type Access = 'read' | 'write' | 'call';

/** A requirement set: its name (`ExcelApi`, `ExcelApiDesktop`, …) and version. */
export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

/** One member of a class or interface, as the typings declare and document it. */
export interface MemberRequirement {
  readonly kind: 'property' | 'method';
  /** A property declared `readonly` cannot be written. */
  readonly readonly: boolean;
  /** The annotation as written, e.g. `ExcelApi 1.1 for reading visibility; 1.2 for setting it.` */
  readonly annotation: string;
  /** The set each access needs; a readonly property has no `write`, a method only `call`. */
  readonly read?: RequirementSet;
  readonly write?: RequirementSet;
  readonly call?: RequirementSet;
  /** The JSDoc's description, before `@remarks`, on one line. */
  readonly description: string;
}

/** The part of the typings that declares the Excel API (its `Interfaces` namespace left out). */
export function excelNamespace(typings: string): string {
  const start = typings.indexOf('\ndeclare namespace Excel {');
  if (start < 0) throw new Error('The typings have no `declare namespace Excel`.');
  const end = typings.indexOf('\n    namespace Interfaces {', start);
  return typings.slice(start, end < 0 ? undefined : end);
}

function parseSet(text: string): RequirementSet | undefined {
  const match = /^(Excel[A-Za-z]*)\s+(\d+\.\d+)/.exec(text.trim());
  return match ? { name: match[1], version: match[2] } : undefined;
}

/**
 * The sets of one annotation. Most name one set for every use; a few name one for reading and
 * another for writing (`ExcelApi 1.1 for reading visibility; 1.2 for setting it.`, `ExcelApi 1.1
 * for get, 1.8 for set`); any other wording takes the first set it names (the one that introduced
 * the member, e.g. `ExcelApi 1.9, ExcelApi Preview for null destinationRange`).
 */
function accessSets(annotation: string): { readonly read: RequirementSet; readonly write: RequirementSet } | undefined {
  const first = parseSet(annotation);
  if (!first) return undefined;
  const split = /for (?:reading|get|getting)[^;,]*[;,]\s*(\d+\.\d+)\s+for (?:setting|set)/.exec(annotation);
  if (split) return { read: first, write: { name: first.name, version: split[1] } };
  return { read: first, write: first };
}

const DECLARATION = /^ {8}(readonly\s+)?([A-Za-z_$][\w$]*)(\??)(\(|:|<)/;
const OWNER = /^ {4}(?:class|interface)\s+([A-Za-z_$][\w$]*)/;

/**
 * Every documented member of the Excel namespace's classes and interfaces, by `Type.member`
 * (`Worksheet.delete`, `RangeFont.strikethrough`). Overloads share an entry: the first one
 * documented is kept (overloads of one member repeat its annotation, differing in enum spelling).
 * A collection's `items`, documented without a set of its own, takes its class's set; other
 * members without an `[Api set: …]` annotation (`load`, `toJSON`, `context`) are left out.
 */
export function memberRequirements(typings: string): Map<string, MemberRequirement> {
  const members = new Map<string, MemberRequirement>();
  let owner: string | undefined;
  let ownerAnnotation: string | undefined;
  let doc: string[] | undefined;
  let lastDoc: string[] | undefined;
  for (const line of excelNamespace(typings).split('\n')) {
    const opened = OWNER.exec(line);
    if (opened) {
      owner = opened[1];
      ownerAnnotation = lastDoc ? /\[Api set: ([^\]]*)\]/.exec(lastDoc.join('\n'))?.[1] : undefined;
      lastDoc = undefined;
      continue;
    }
    if (/^ {4}\}/.test(line)) {
      owner = undefined;
      continue;
    }
    const trimmed = line.trim();
    if (/^ {4,8}\/\*\*/.test(line)) {
      doc = [];
      if (trimmed.endsWith('*/')) {
        lastDoc = [trimmed.slice(3, -2)];
        doc = undefined;
      }
      continue;
    }
    if (doc) {
      if (trimmed.endsWith('*/')) {
        lastDoc = doc;
        doc = undefined;
      } else doc.push(trimmed.replace(/^\*\s?/, ''));
      continue;
    }
    if (!owner) continue;
    const declared = DECLARATION.exec(line);
    if (!declared || !lastDoc) continue;
    const text = lastDoc.join('\n');
    lastDoc = undefined;
    const annotation = /\[Api set: ([^\]]*)\]/.exec(text)?.[1] ?? (declared[2] === 'items' ? ownerAnnotation : undefined);
    const sets = annotation ? accessSets(annotation) : undefined;
    if (!annotation || !sets) continue;
    const key = `${owner}.${declared[2]}`;
    if (members.has(key)) continue;
    const kind = declared[4] === '(' || declared[4] === '<' ? 'method' : 'property';
    const readonly = declared[1] !== undefined;
    const description = text.split('@remarks')[0].replace(/\s+/g, ' ').trim();
    members.set(
      key,
      kind === 'method'
        ? { kind, readonly, annotation, call: sets.read, description }
        : { kind, readonly, annotation, read: sets.read, ...(readonly ? {} : { write: sets.write }), description },
    );
  }
  return members;
}

export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The newest `ExcelApi` version any annotation of the Excel namespace names. */
export function newestExcelApi(typings: string): string {
  let newest = '1.1';
  for (const match of excelNamespace(typings).matchAll(/\[Api set: ExcelApi (\d+\.\d+)/g)) {
    if (compareVersions(match[1], newest) > 0) newest = match[1];
  }
  return newest;
}


/** What the fake's table keeps of a member: the ExcelApi version of each access it allows. */
export interface TableEntry {
  readonly read?: string;
  readonly write?: string;
  readonly call?: string;
}

function excelApiVersion(member: string, set: RequirementSet | undefined): string | undefined {
  if (!set) return undefined;
  if (set.name !== 'ExcelApi') throw new Error(`${member} belongs to ${set.name} ${set.version}, which the fake does not imitate.`);
  return set.version;
}

/** The table entry of `member`, from its requirement in the typings. */
export function tableEntry(member: string, requirement: MemberRequirement | undefined): TableEntry {
  if (!requirement) throw new Error(`${member} is not a documented member of the Excel API in the typings.`);
  const entry: Record<string, string> = {};
  for (const access of ['read', 'write', 'call'] as const) {
    const version = excelApiVersion(member, requirement[access]);
    if (version) entry[access] = version;
  }
  return entry;
}

/**
 * The source text of the fake's requirement table for `members`, as the generator writes it
 * and the tests expect it: one line per member, in alphabetical order.
 */
export function renderTable(typings: string, typingsVersion: string, members: readonly string[]): string {
  const requirements = memberRequirements(typings);
  const lines = [...new Set(members)].sort().map((member) => {
    const entry = tableEntry(member, requirements.get(member));
    const fields = (['read', 'write', 'call'] as const).flatMap((access) => (entry[access] ? [`${access}: '${entry[access]}'`] : []));
    return `  '${member}': { ${fields.join(', ')} },`;
  });
  return [
    `// Generated by scripts/office-api-sets.js from @types/office-js ${typingsVersion}, from each member's`,
    '// `[Api set: ExcelApi x.y]` annotation. Do not edit: add a member with',
    '// `node scripts/office-api-sets.js Type.member`, and run it again when the typings change.',
    '',
    '/** The newest ExcelApi requirement set the typings name. */',
    `export const NEWEST_EXCEL_API = '${newestExcelApi(typings)}';`,
    '',
    '/** Every Office.js member the fake Excel implements, with the ExcelApi set each use of it needs. */',
    'export const EXCEL_API_MEMBERS = {',
    ...lines,
    '} as const;',
    '',
  ].join('\n');
}
