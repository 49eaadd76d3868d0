import { joined, openPackage } from '../../src/adapters/xlsx-package/workbook-package';
import { partKey } from '../../src/adapters/xlsx-package/opc/part-names';
import { withAttribute } from '../../src/adapters/xlsx-package/xml/start-tag';
import { writeZip, type OutputEntry } from '../../src/adapters/xlsx-package/zip/zip-writer';
import { nodeCodec } from '../../src/cli/node-codec';

/**
 * A copy of a workbook in which only `shown` are visible and the first of them is the active
 * tab, the way HR prints a month: the other sheets stay in the file (the details link to them)
 * but hidden, so not printed. Made at the package level: only the workbook part changes.
 */
export async function printCopy(bytes: Uint8Array, shown: readonly string[]): Promise<Uint8Array> {
  const pkg = await openPackage(bytes, nodeCodec);
  const text = pkg.workbook.text;
  let edited = '';
  let at = 0;
  for (const sheet of pkg.sheets) {
    const tag = text.slice(sheet.element.start, sheet.element.end);
    const hidden = !shown.includes(sheet.name) && sheet.visibility === 'visible';
    edited += text.slice(at, sheet.element.start) + (hidden ? withAttribute(tag, 'state', 'hidden') : tag);
    at = sheet.element.end;
  }
  edited += text.slice(at);
  const active = pkg.sheets.findIndex((sheet) => sheet.name === shown[0]);
  edited = edited.replace(/activeTab="\d+"/, `activeTab="${active}"`);
  const entries: OutputEntry[] = await Promise.all(
    pkg.zip.entries.map(async (entry): Promise<OutputEntry> => {
      if (partKey(entry.name) !== partKey(pkg.workbookPart)) return { copy: entry };
      const data = new TextEncoder().encode(edited);
      return { add: { name: entry.name, data: await nodeCodec.deflate(data), crc: nodeCodec.crc32(data), size: data.length } };
    }),
  );
  return joined(writeZip(entries, new Date()));
}
