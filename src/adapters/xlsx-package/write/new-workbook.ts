import type { DeflateCodec } from '../zip/codec';
import { writeZip, type OutputEntry } from '../zip/zip-writer';
import { workbookContentTypes } from '../read/open-package';
import { defaultStylesXml } from './style-sheet';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOCUMENT_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** W3C date and time to the second, as Dublin Core properties want it. */
const w3c = (when: Date): string => `${when.toISOString().slice(0, 19)}Z`;

function parts(created: Date): Record<string, string> {
  return {
    '[Content_Types].xml':
      `${DECLARATION}<Types xmlns="${TYPES}">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${workbookContentTypes.xlsx}"/>` +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
      `<Relationship Id="rId1" Type="${DOCUMENT_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${PACKAGE_RELATIONSHIPS}/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="${DOCUMENT_RELATIONSHIPS}/extended-properties" Target="docProps/app.xml"/>` +
      '</Relationships>',
    'docProps/app.xml': `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Scorecards</Application></Properties>`,
    'docProps/core.xml':
      `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${w3c(created)}</dcterms:created></cp:coreProperties>`,
    'xl/workbook.xml':
      `${DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${DOCUMENT_RELATIONSHIPS}">` +
      '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${DOCUMENT_RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': defaultStylesXml,
  };
}

/**
 * A workbook package with no sheet yet, for `scorecard init`, the demo and the web page's
 * "start a new workbook": a plan written into it gives a complete `.xlsx`. It is never saved
 * as it is (Excel wants at least one sheet).
 */
export async function emptyWorkbookBytes(codec: DeflateCodec, created: Date): Promise<Uint8Array> {
  const entries: OutputEntry[] = await Promise.all(
    Object.entries(parts(created)).map(async ([name, text]) => {
      const bytes = new TextEncoder().encode(text);
      return { add: { name, data: await codec.deflate(bytes), crc: codec.crc32(bytes), size: bytes.length } };
    }),
  );
  return joined(writeZip(entries, created));
}

/** Byte runs as one array. */
export function joined(runs: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(runs.reduce((sum, run) => sum + run.length, 0));
  let at = 0;
  for (const run of runs) {
    bytes.set(run, at);
    at += run.length;
  }
  return bytes;
}
