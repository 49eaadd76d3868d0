import { readZip } from '../../src/adapters/xlsx-package/zip/zip-reader';
import { readEntry } from '../../src/adapters/xlsx-package/zip/read-entry';
import { writeZip, type OutputEntry } from '../../src/adapters/xlsx-package/zip/zip-writer';
import { joined } from '../../src/adapters/xlsx-package/workbook-package';
import { sheetDataOf, worksheetOf } from '../../src/adapters/xlsx-package/testing/package-fixture';
import { nodeCodec } from '../../src/cli/node-codec';
import type { SheetGrid } from '../../src/workbook/grid';
import { inputSheets } from '../../src/workbook/schema';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Column formats the input readers expect for dates and times, as a supervisor's workbook has them. */
function formattedSheet(grid: SheetGrid): string {
  return worksheetOf(sheetDataOf(grid.rows));
}

/**
 * A host workbook with input sheets put into it at the package level, by plain text edits
 * independent of the writer under test: each sheet is a new worksheet part, listed at the end
 * of the workbook's `<sheets>`, in its relationships and content types. Every other part of the
 * host is copied exactly as it was stored.
 */
export async function withInputSheets(host: Uint8Array, grids: readonly SheetGrid[]): Promise<Uint8Array> {
  const zip = readZip(host);
  const text = async (name: string) => new TextDecoder().decode(await readEntry(zip.byName.get(name)!, nodeCodec));
  const rootRels = await text('_rels/.rels');
  const workbookPart = (/Target="\/?([^"]+)"[^>]*Type="[^"]*officeDocument"|Type="[^"]*officeDocument"[^>]*Target="\/?([^"]+)"/.exec(rootRels) ?? []).slice(1).find(Boolean) as string;
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const relsPart = `${folder}_rels/${workbookPart.slice(folder.length)}.rels`;
  let workbook = await text(workbookPart);
  let rels = await text(relsPart);
  let types = await text('[Content_Types].xml');
  const sheetIds = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((match) => Number(match[1]));
  const added: Record<string, string> = {};
  grids.forEach((grid, index) => {
    const part = `${folder}worksheets/injected${index + 1}.xml`;
    const id = `rIdInjected${index + 1}`;
    added[part] = formattedSheet(grid);
    const prefix = /<(\w+:)?sheets[\s>]/.exec(workbook)?.[1] ?? '';
    workbook = workbook.replace(`</${prefix}sheets>`, `<${prefix}sheet name="${grid.name}" sheetId="${Math.max(0, ...sheetIds) + index + 1}" xmlns:r="${R}" r:id="${id}"/></${prefix}sheets>`);
    rels = rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${R}/worksheet" Target="/${part}"/></Relationships>`);
    types = types.replace('</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  });
  const replaced: Record<string, string> = { [workbookPart]: workbook, [relsPart]: rels, '[Content_Types].xml': types };
  const deflate = async (name: string, content: string): Promise<OutputEntry> => {
    const bytes = new TextEncoder().encode(content);
    return { add: { name, data: await nodeCodec.deflate(bytes), crc: nodeCodec.crc32(bytes), size: bytes.length } };
  };
  const entries = await Promise.all([
    ...zip.entries.map((entry) => (replaced[entry.name] !== undefined ? deflate(entry.name, replaced[entry.name]) : Promise.resolve<OutputEntry>({ copy: entry }))),
    ...Object.entries(added).map(([name, content]) => deflate(name, content)),
  ]);
  return joined(writeZip(entries, new Date()));
}

/** Whether a grid is one of the input sheets (by its Chinese or English name). */
export const isInputSheet = (name: string): boolean => inputSheets.some((definition) => definition.zh === name || definition.en === name);
