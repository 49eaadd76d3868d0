import { PackageError } from '../package-error';
import { contentTypeOf, CONTENT_TYPES_PART, parseContentTypes, type ContentTypesPart } from '../opc/content-types';
import { partKey, relationshipsPartOf } from '../opc/part-names';
import { parseRelationships, type Relationship, type RelationshipsPart } from '../opc/relationships';
import type { DeflateCodec } from '../zip/codec';
import { readEntry } from '../zip/read-entry';
import { readZip, type ZipArchive, type ZipEntry } from '../zip/zip-reader';
import { refuseNonPackage } from './sniff';
import { parseWorkbookPart, type WorkbookPart, type WorkbookSheet } from './workbook-part';

/** The workbook part's content types, by what they make the file (the extension must agree). */
export const workbookContentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
} as const;

export type WorkbookKind = keyof typeof workbookContentTypes;

const BINARY_WORKBOOK = 'application/vnd.ms-excel.sheet.binary.macroEnabled.main';
const STRICT_RELATIONSHIPS = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** A sheet as the package holds it: its entry in the workbook and the part it lives in. */
export interface PackageSheet extends WorkbookSheet {
  /** `worksheet`, `chartsheet`, `dialogsheet` or `macrosheet`: the relationship's kind. */
  readonly kind: string;
  readonly part: string;
}

/** An opened workbook package: the ZIP directory and the few parts every edit reads. */
export interface WorkbookPackage {
  /** The file as it was read. */
  readonly bytes: Uint8Array;
  readonly zip: ZipArchive;
  /** Entries by part name in lower case. */
  readonly entries: ReadonlyMap<string, ZipEntry>;
  readonly contentTypes: ContentTypesPart;
  readonly kind: WorkbookKind;
  readonly workbookPart: string;
  readonly workbook: WorkbookPart;
  readonly workbookRelationships: RelationshipsPart;
  readonly sheets: readonly PackageSheet[];
  readonly sharedStringsPart?: string;
  readonly stylesPart?: string;
}

const textDecoder = new TextDecoder('utf-8');

/** A part's text; UTF-16 parts (allowed by ECMA-376 Part 2) are read by their byte-order mark. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return textDecoder.decode(bytes);
}

export async function partText(entries: ReadonlyMap<string, ZipEntry>, part: string, codec: DeflateCodec): Promise<string> {
  const entry = entries.get(partKey(part));
  if (!entry) throw new PackageError('missingPart', part);
  return decodePart(await readEntry(entry, codec));
}

/** Parses a part with `parse`; malformed XML is a damaged file, named by its part. */
export function parsedPart<T>(part: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError('damaged', `${part}: ${(error as Error).message}`);
  }
}

function kindOf(type: string | undefined): WorkbookKind | undefined {
  return (Object.keys(workbookContentTypes) as WorkbookKind[]).find((kind) => workbookContentTypes[kind] === type);
}

function officeDocument(root: RelationshipsPart): Relationship {
  const relationship = root.relationships.find((each) => each.kind === 'officeDocument' && !each.external);
  if (!relationship) throw new PackageError('notWorkbook');
  return relationship;
}

/**
 * Opens the bytes of a workbook file: refuses what is not a usable workbook (encrypted, legacy
 * `.xls`, `.xlsb`, strict Open XML, damaged, incomplete, not a workbook at all) with its own
 * reason, and reads the directory and the index parts, nothing of the sheets yet.
 */
export async function openPackage(bytes: Uint8Array, codec: DeflateCodec): Promise<WorkbookPackage> {
  refuseNonPackage(bytes);
  const zip = readZip(bytes);
  const entries = new Map(zip.entries.map((entry) => [partKey(entry.name), entry]));
  if (!entries.has(partKey(CONTENT_TYPES_PART)) || !entries.has('_rels/.rels')) throw new PackageError('notWorkbook');
  const typesText = await partText(entries, CONTENT_TYPES_PART, codec);
  const types = parsedPart(CONTENT_TYPES_PART, () => parseContentTypes(typesText));
  const rootText = await partText(entries, '_rels/.rels', codec);
  const document = officeDocument(parsedPart('_rels/.rels', () => parseRelationships('', rootText)));
  const workbookPart = document.part;
  const type = contentTypeOf(types, workbookPart);
  if (type?.startsWith(BINARY_WORKBOOK)) throw new PackageError('binaryWorkbook');
  if (document.type.startsWith(STRICT_RELATIONSHIPS)) throw new PackageError('notWorkbook', 'Strict Open XML');
  const kind = kindOf(type);
  if (!kind) throw new PackageError('notWorkbook');
  const workbookText = await partText(entries, workbookPart, codec);
  const workbook = parsedPart(workbookPart, () => parseWorkbookPart(workbookText));
  const relationshipsPart = relationshipsPartOf(workbookPart);
  const relationshipsText = await partText(entries, relationshipsPart, codec);
  const workbookRelationships = parsedPart(relationshipsPart, () => parseRelationships(workbookPart, relationshipsText));
  const byId = new Map(workbookRelationships.relationships.map((relationship) => [relationship.id, relationship]));
  const sheets = workbook.sheets.map((sheet): PackageSheet => {
    const relationship = byId.get(sheet.relationshipId);
    if (!relationship || relationship.external) throw new PackageError('missingPart', `${relationshipsPart} ${sheet.relationshipId}`);
    return { ...sheet, kind: relationship.kind, part: relationship.part };
  });
  const partOfKind = (kind: string) => workbookRelationships.relationships.find((relationship) => relationship.kind === kind && !relationship.external)?.part;
  return {
    bytes,
    zip,
    entries,
    contentTypes: types,
    kind,
    workbookPart,
    workbook,
    workbookRelationships,
    sheets,
    sharedStringsPart: partOfKind('sharedStrings'),
    stylesPart: partOfKind('styles'),
  };
}
