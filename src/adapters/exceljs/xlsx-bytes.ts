import type ExcelJS from 'exceljs';
import { archiveOf, deflateEntry, type DeflatedEntry } from './zip-archive';

/**
 * The archive ExcelJS writes its parts into: `append` is all its writer calls on it. Each part
 * is deflated on the thread pool as soon as it comes, while ExcelJS renders the next one, and
 * only its compressed bytes are kept.
 */
class PartCollector {
  readonly entries: Promise<DeflatedEntry>[] = [];

  append(data: string | Uint8Array, options: { readonly name: string; readonly base64?: boolean }): void {
    const bytes = options.base64 ? Buffer.from(String(data), 'base64') : typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const entry = deflateEntry({ name: options.name, bytes });
    // Awaited in `xlsxBytes`; until then a failure must not count as unhandled.
    entry.catch(() => undefined);
    this.entries.push(entry);
  }
}

/**
 * ExcelJS 4.4's `XLSX` writer, as its own `write` uses it, but for the zip (see below). These
 * steps are not in its typings; `xlsxBytes` checks they are there before relying on them.
 */
interface XlsxWriter {
  readonly workbook: { readonly model: object };
  prepareModel(model: object, options: object): void;
  addContentTypes(zip: PartCollector, model: object): Promise<void>;
  addOfficeRels(zip: PartCollector, model: object): Promise<void>;
  addWorkbookRels(zip: PartCollector, model: object): Promise<void>;
  addWorksheets(zip: PartCollector, model: object): Promise<void>;
  addSharedStrings(zip: PartCollector, model: object): Promise<void>;
  addDrawings(zip: PartCollector, model: object): Promise<void>;
  addTables(zip: PartCollector, model: object): Promise<void>;
  addThemes(zip: PartCollector, model: object): Promise<void>;
  addStyles(zip: PartCollector, model: object): Promise<void>;
  addMedia(zip: PartCollector, model: object): Promise<void>;
  addApp(zip: PartCollector, model: object): Promise<void>;
  addCore(zip: PartCollector, model: object): Promise<void>;
  addWorkbook(zip: PartCollector, model: object): Promise<void>;
}

const steps = [
  'prepareModel',
  'addContentTypes',
  'addOfficeRels',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings',
  'addDrawings',
  'addTables',
  'addThemes',
  'addStyles',
  'addMedia',
  'addApp',
  'addCore',
  'addWorkbook',
] as const;

function writerOf(workbook: ExcelJS.Workbook): XlsxWriter | undefined {
  const writer = workbook.xlsx as unknown as Partial<Record<(typeof steps)[number], unknown>>;
  return steps.every((step) => typeof writer[step] === 'function') ? (writer as unknown as XlsxWriter) : undefined;
}

/**
 * The workbook as .xlsx bytes: the parts ExcelJS renders, in the order its `writeBuffer` adds
 * them, zipped by node's zlib rather than by JSZip's JavaScript deflate, which took about a
 * third of a large save (5,000 employees: a 76 MB workbook of XML). An ExcelJS without these
 * steps gets its own `writeBuffer`.
 */
export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const writer = writerOf(workbook);
  if (!writer) return new Uint8Array(await workbook.xlsx.writeBuffer());
  const { model } = writer.workbook;
  const zip = new PartCollector();
  writer.prepareModel(model, {});
  await writer.addContentTypes(zip, model);
  await writer.addOfficeRels(zip, model);
  await writer.addWorkbookRels(zip, model);
  await writer.addWorksheets(zip, model);
  // Always after the worksheets, which fill the shared strings.
  await writer.addSharedStrings(zip, model);
  await writer.addDrawings(zip, model);
  await writer.addTables(zip, model);
  await writer.addThemes(zip, model);
  await writer.addStyles(zip, model);
  await writer.addMedia(zip, model);
  await writer.addApp(zip, model);
  await writer.addCore(zip, model);
  await writer.addWorkbook(zip, model);
  return archiveOf(await Promise.all(zip.entries));
}
