import { planNameProblems } from '../../office/sheet-names';
import { sheetOrder } from '../../../workbook/sheet-order';
import type { SheetSpec, WritePlan } from '../../../workbook/sheet-spec';
import { contentTypeEdits, CONTENT_TYPES_PART } from '../opc/content-types';
import { folderOf, partKey, relationshipsPartOf, relativeTarget } from '../opc/part-names';
import { freshIds, relationshipEdits, type NewRelationship } from '../opc/relationships';
import { PackageError } from '../package-error';
import { partText, type WorkbookPackage } from '../read/open-package';
import type { DeflateCodec } from '../zip/codec';
import { readEntry } from '../zip/read-entry';
import type { OutputEntry } from '../zip/zip-writer';
import { writeZip } from '../zip/zip-writer';
import { spliced } from '../xml/splice';
import { calcChainMentions } from './calc-chain';
import { allRelationships, partsOwnedBy } from './package-graph';
import { sheetDefinedNames } from './defined-names';
import { contentTypes, newSheetParts, PartNames, type NewPart } from './new-sheet-parts';
import { defaultStylesXml, StyleSheet } from './style-sheet';
import { editedWorkbook, type FinalSheet } from './workbook-edit';

const key = (name: string): string => name.toLowerCase();

/** What the write removes: the sheets' positions, and every part that goes with them. */
async function removal(pkg: WorkbookPackage, removed: ReadonlySet<number>, codec: DeflateCodec): Promise<{ parts: Set<string>; relationshipIds: Set<string> }> {
  const relationshipIds = new Set([...removed].map((index) => pkg.sheets[index].relationshipId));
  if (removed.size === 0) return { parts: new Set(), relationshipIds };
  const graph = await allRelationships(pkg, codec);
  const parts = partsOwnedBy([...removed].map((index) => pkg.sheets[index].part), graph);
  for (const part of [...parts]) {
    const relationships = partKey(relationshipsPartOf(part));
    if (pkg.entries.has(relationships)) parts.add(relationships);
  }
  // A calculation chain naming a removed sheet's cells is dropped; Excel builds a new one.
  const chain = pkg.workbookRelationships.relationships.find((relationship) => relationship.kind === 'calcChain' && !relationship.external);
  if (chain && pkg.entries.has(partKey(chain.part))) {
    const sheetIds = new Set([...removed].map((index) => pkg.sheets[index].sheetId));
    if (calcChainMentions(await partText(pkg.entries, chain.part, codec), sheetIds)) {
      parts.add(partKey(chain.part));
      relationshipIds.add(chain.id);
    }
  }
  return { parts, relationshipIds };
}

/**
 * Whether a sheet's own XML marks its tab selected (`tabSelected`), which only that sheet's
 * part can undo: the view comes before the cells, so the start of the part is enough.
 */
async function marksItselfSelected(pkg: WorkbookPackage, part: string, codec: DeflateCodec): Promise<boolean> {
  const entry = pkg.entries.get(partKey(part));
  if (!entry) return false;
  const head = new TextDecoder().decode((await readEntry(entry, codec)).subarray(0, 65_536));
  const cells = head.indexOf('sheetData');
  return /<(?:\w+:)?sheetView\s[^>]*\btabSelected\s*=\s*["'](?:1|true)["']/.test(cells < 0 ? head : head.slice(0, cells));
}

/**
 * The tab to show when the workbook opens: the plan's, unless the tab shown now is the
 * user's and marks itself selected in its own XML. Our sheets never mark themselves, and the
 * user's sheets may not be rewritten, so showing ours then would open Excel with two tabs
 * selected, grouped, where typing in one changes both (docs/decisions.md, "the tab shown").
 */
async function shownTab(pkg: WorkbookPackage, plan: WritePlan, order: readonly string[], removed: ReadonlySet<number>, visible: (name: string) => boolean, codec: DeflateCodec): Promise<string | undefined> {
  const active = Number(pkg.workbook.view?.attributes.get('activeTab') ?? 0);
  const current = active < pkg.sheets.length ? active : -1;
  const userTab = current >= 0 && !removed.has(current);
  if (userTab && (plan.activate === undefined || (await marksItselfSelected(pkg, pkg.sheets[current].part, codec)))) return undefined;
  const wanted = plan.activate ?? (current >= 0 ? pkg.sheets[current].name : undefined);
  return order.find((name) => wanted !== undefined && key(name) === key(wanted) && visible(name)) ?? order.find(visible);
}

async function deflated(part: string, text: string | Uint8Array, codec: DeflateCodec): Promise<OutputEntry> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { add: { name: part, data: await codec.deflate(bytes), crc: codec.crc32(bytes), size: bytes.length } };
}

/**
 * Writes a plan into the package (SPEC §4, §4.1) and returns the new file as byte runs: the
 * plan's sheets are added or replace those of the same name, `plan.remove` and the parts only
 * they used go, and every other part is copied exactly as it was stored. The workbook part,
 * its relationships, the content types and the styles are edited in place, never rebuilt.
 */
export async function applyPlan(pkg: WorkbookPackage, plan: WritePlan, codec: DeflateCodec, modified: Date): Promise<Uint8Array[]> {
  const problems = planNameProblems(plan.sheets.map((sheet) => sheet.name));
  if (problems.length > 0) throw new RangeError(`sheet names Excel refuses: ${problems.join('; ')}`);
  if (pkg.workbook.structureLocked && (plan.sheets.length > 0 || plan.remove.length > 0)) throw new PackageError('structureProtected');

  const planned = new Map(plan.sheets.map((spec) => [key(spec.name), spec]));
  const goes = new Set([...plan.remove.map(key), ...planned.keys()]);
  const removed = new Set(pkg.sheets.flatMap((sheet, index) => (goes.has(key(sheet.name)) ? [index] : [])));
  const order = sheetOrder(
    pkg.sheets.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === 'visible' })),
    { sheets: plan.sheets.map((spec) => ({ name: spec.name, visible: spec.visibility === 'visible' })), remove: plan.remove },
  );
  const kept = new Map(pkg.sheets.flatMap((sheet, index) => (removed.has(index) ? [] : [[key(sheet.name), index] as const])));
  const visible = (name: string) => (planned.get(key(name))?.visibility ?? pkg.sheets[kept.get(key(name)) ?? -1]?.visibility) === 'visible';
  const shown = await shownTab(pkg, plan, order, removed, visible, codec);

  const gone = await removal(pkg, removed, codec);
  const names = new PartNames(pkg.entries.keys());
  const base = folderOf(pkg.workbookPart);
  const stylesPart = pkg.stylesPart && pkg.entries.has(partKey(pkg.stylesPart)) ? pkg.stylesPart : undefined;
  const styles = new StyleSheet(stylesPart ? await partText(pkg.entries, stylesPart, codec) : defaultStylesXml);
  const newStylesPart = stylesPart ? undefined : names.take(`${base}styles.xml`) ?? names.next(base, 'styles', 'xml');

  const ids = freshIds(pkg.workbookRelationships, plan.sheets.length + 1);
  let nextSheetId = Math.max(0, ...pkg.sheets.map((sheet) => sheet.sheetId)) + 1;
  const parts: NewPart[] = [];
  // Each new part is handed to the codec as soon as it is rendered, so that it deflates (on
  // node's thread pool) while the next sheet is rendered.
  const deflating: Promise<OutputEntry>[] = [];
  const relationships: NewRelationship[] = [];
  const added = new Map<string, Extract<FinalSheet, { added: unknown }>['added']>();
  plan.sheets.forEach((spec: SheetSpec, index) => {
    const sheetId = nextSheetId++;
    const rendered = newSheetParts(spec, styles, names, base, { serial: sheetId });
    parts.push(...rendered.parts);
    deflating.push(...rendered.parts.map((part) => deflated(part.part, part.text, codec)));
    relationships.push({ id: ids[index], kind: 'worksheet', target: relativeTarget(pkg.workbookPart, rendered.sheet) });
    added.set(key(spec.name), { name: spec.name, sheetId, relationshipId: ids[index], visibility: spec.visibility });
  });
  if (newStylesPart) relationships.push({ id: ids[plan.sheets.length], kind: 'styles', target: relativeTarget(pkg.workbookPart, newStylesPart) });

  const sheets: FinalSheet[] = order.map((name) => {
    const fresh = added.get(key(name));
    return fresh ? { added: fresh } : { kept: kept.get(key(name)) as number };
  });
  const definedNames = order.flatMap((name, position) => {
    const spec = planned.get(key(name));
    return spec ? sheetDefinedNames(spec, position) : [];
  });
  const activeTab = shown === undefined ? undefined : order.findIndex((name) => key(name) === key(shown));
  const edited = new Map<string, string>([
    [partKey(pkg.workbookPart), editedWorkbook(pkg.workbook, { sheets, definedNames, activeTab })],
    [partKey(relationshipsPartOf(pkg.workbookPart)), spliced(pkg.workbookRelationships.text, relationshipEdits(pkg.workbookRelationships, relationships, gone.relationshipIds, typeBase(pkg)))],
  ]);
  if (styles.changed || newStylesPart) {
    if (stylesPart) edited.set(partKey(stylesPart), styles.toXml());
    else {
      const part = { part: newStylesPart as string, text: styles.toXml(), contentType: contentTypes.styles };
      parts.push(part);
      deflating.push(deflated(part.part, part.text, codec));
    }
  }
  const typed = parts.filter((part) => part.contentType).map((part) => ({ part: part.part, type: part.contentType as string }));
  const removedNames = pkg.zip.entries.filter((entry) => gone.parts.has(partKey(entry.name))).map((entry) => entry.name);
  edited.set(partKey(CONTENT_TYPES_PART), spliced(pkg.contentTypes.text, contentTypeEdits(pkg.contentTypes, typed, removedNames)));

  const entries = await Promise.all([
    ...pkg.zip.entries
      .filter((entry) => !gone.parts.has(partKey(entry.name)))
      .map((entry) => {
        const text = edited.get(partKey(entry.name));
        return text === undefined ? Promise.resolve<OutputEntry>({ copy: entry }) : deflated(entry.name, text, codec);
      }),
    ...deflating,
  ]);
  return writeZip(entries, modified);
}

/** New relationships take the schema of the workbook's own sheet relationships. */
function typeBase(pkg: WorkbookPackage): string | undefined {
  const sample = pkg.workbookRelationships.relationships.find((relationship) => relationship.kind === 'worksheet');
  return sample ? sample.type.slice(0, sample.type.length - 'worksheet'.length) : undefined;
}
