import { a1, type CellValue } from '../../../workbook/grid';
import type { DeflateCodec } from '../zip/codec';
import { webCodec } from '../zip/web-codec';
import { writeZip } from '../zip/zip-writer';
import { joined } from '../write/new-workbook';
import { workbookContentTypes, type WorkbookKind } from '../read/open-package';
import { escapeText } from '../xml/xml-text';

/** fflate: the same on every machine, and independent of node's zlib, which the command line uses. */
export const testCodec: DeflateCodec = webCodec(false);

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A ZIP archive of the parts, in the order given, each deflated. */
export async function zipOf(parts: Readonly<Record<string, string | Uint8Array>>, codec: DeflateCodec = testCodec): Promise<Uint8Array> {
  const entries = await Promise.all(
    Object.entries(parts).map(async ([name, content]) => {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      return { add: { name, data: await codec.deflate(bytes), crc: codec.crc32(bytes), size: bytes.length } };
    }),
  );
  return joined(writeZip(entries, new Date(2026, 10, 5, 9, 30)));
}

/** `<sheetData>` rows of plain values: numbers, booleans, and text as inline strings. */
export function sheetDataOf(rows: readonly (readonly CellValue[])[]): string {
  return rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          if (value === null) return '';
          const ref = a1(r, c);
          if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
          if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t>${escapeText(value)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
}

export function worksheetOf(sheetData: string, after = '', before = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}">${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

export interface FixtureSheet {
  readonly name: string;
  /** The sheet's `<sheetData>` content, or rows of values. */
  readonly cells?: string | readonly (readonly CellValue[])[];
  readonly state?: 'hidden' | 'veryHidden';
  /** The whole worksheet part, when more than cells matter. */
  readonly xml?: string;
}

export interface FixtureOptions {
  readonly sheets: readonly FixtureSheet[];
  readonly kind?: WorkbookKind;
  readonly date1904?: boolean;
  readonly styles?: string;
  readonly sharedStrings?: readonly string[];
  /** Relationship targets as `/xl/…`, as openpyxl writes them. */
  readonly absoluteTargets?: boolean;
  /** Where the workbook part lives (`xl/workbook.xml` unless given). */
  readonly workbookPart?: string;
  readonly definedNames?: string;
  readonly workbookExtra?: string;
  readonly activeTab?: number;
  readonly extraParts?: Readonly<Record<string, string>>;
  readonly extraOverrides?: string;
}

/** The parts of a workbook package written by hand, in the order Excel writes them. */
export function workbookParts(options: FixtureOptions): Record<string, string> {
  const workbookPart = options.workbookPart ?? 'xl/workbook.xml';
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const target = (part: string) => (options.absoluteTargets ? `/${folder}${part}` : part);
  const sheets = options.sheets.map((sheet, index) => ({ ...sheet, part: `worksheets/sheet${index + 1}.xml`, id: `rId${index + 10}` }));
  const sheetEntries = sheets.map((sheet, index) => `<sheet name="${escapeText(sheet.name)}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="${sheet.id}"/>`).join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/${workbookPart}" ContentType="${workbookContentTypes[options.kind ?? 'xlsx']}"/>` +
      sheets.map((sheet) => `<Override PartName="/${folder}${sheet.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      (options.styles ? `<Override PartName="/${folder}styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` : '') +
      (options.sharedStrings ? `<Override PartName="/${folder}sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : '') +
      (options.extraOverrides ?? '') +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="${options.absoluteTargets ? '/' : ''}${workbookPart}"/></Relationships>`,
    [workbookPart]:
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/>` +
      `<bookViews><workbookView activeTab="${options.activeTab ?? 0}"/></bookViews><sheets>${sheetEntries}</sheets>${options.definedNames ?? ''}${options.workbookExtra ?? ''}</workbook>`,
    [`${folder}_rels/${workbookPart.slice(folder.length)}.rels`]:
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PR}">` +
      sheets.map((sheet) => `<Relationship Id="${sheet.id}" Type="${R}/worksheet" Target="${target(sheet.part)}"/>`).join('') +
      (options.styles ? `<Relationship Id="rId1" Type="${R}/styles" Target="${target('styles.xml')}"/>` : '') +
      (options.sharedStrings ? `<Relationship Id="rId2" Type="${R}/sharedStrings" Target="${target('sharedStrings.xml')}"/>` : '') +
      '</Relationships>',
  };
  for (const sheet of sheets) {
    parts[folder + sheet.part] = sheet.xml ?? worksheetOf(typeof sheet.cells === 'string' ? sheet.cells : sheetDataOf(sheet.cells ?? []));
  }
  if (options.styles) parts[`${folder}styles.xml`] = options.styles;
  if (options.sharedStrings) {
    parts[`${folder}sharedStrings.xml`] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${options.sharedStrings.length}">${options.sharedStrings.map((text) => `<si><t>${escapeText(text)}</t></si>`).join('')}</sst>`;
  }
  return { ...parts, ...(options.extraParts ?? {}) };
}

export async function workbookBytes(options: FixtureOptions): Promise<Uint8Array> {
  return zipOf(workbookParts(options));
}

/** Styles with one date format (index 1: yyyy-mm-dd), one time (2: h:mm) and a built-in date (3: id 14). */
export const stylesWithDates =
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="h:mm"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>';
