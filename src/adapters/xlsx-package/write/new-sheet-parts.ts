import type { SheetSpec } from '../../../workbook/sheet-spec';
import { relativeTarget, relationshipsPartOf } from '../opc/part-names';
import { emptyRelationships, parseRelationships, relationshipEdits } from '../opc/relationships';
import { spliced } from '../xml/splice';
import { chartXml, drawingXml } from './chart-xml';
import type { StyleSheet } from './style-sheet';
import { worksheetXml } from './worksheet-xml';

export const contentTypes = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

/** A part to write: its name, its text or bytes, and its content type (undefined for a relationships part). */
export interface NewPart {
  readonly part: string;
  readonly text: string | Uint8Array;
  readonly contentType?: string;
}

/** Part names not yet in the package: `xl/worksheets/sheet<n>.xml` with the first free numbers. */
export class PartNames {
  private readonly taken: Set<string>;

  constructor(existing: Iterable<string>) {
    this.taken = new Set([...existing].map((name) => name.toLowerCase()));
  }

  /** `name` itself when it is free (and from now on taken), else undefined. */
  take(name: string): string | undefined {
    if (this.taken.has(name.toLowerCase())) return undefined;
    this.taken.add(name.toLowerCase());
    return name;
  }

  next(folder: string, stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const name = `${folder}${stem}${n}.${extension}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}

function relationshipsXml(source: string, relationships: readonly { id: string; kind: string; target: string }[]): string {
  const empty = parseRelationships(source, emptyRelationships);
  return spliced(empty.text, relationshipEdits(empty, relationships, new Set()));
}

/**
 * The parts of one new sheet: the worksheet, and for a chart a drawing and a chart part, with
 * the relationships that tie them together (sheet → drawing → chart).
 */
export function newSheetParts(spec: SheetSpec, styles: StyleSheet, names: PartNames, base: string, options: { serial: number }): { sheet: string; parts: NewPart[] } {
  const sheet = names.next(`${base}worksheets/`, 'sheet', 'xml');
  if (!spec.chart) {
    return { sheet, parts: [{ part: sheet, text: worksheetXml(spec, styles, options), contentType: contentTypes.worksheet }] };
  }
  const drawing = names.next(`${base}drawings/`, 'drawing', 'xml');
  const chart = names.next(`${base}charts/`, 'chart', 'xml');
  return {
    sheet,
    parts: [
      { part: sheet, text: worksheetXml(spec, styles, { ...options, drawingId: 'rId1' }), contentType: contentTypes.worksheet },
      { part: relationshipsPartOf(sheet), text: relationshipsXml(sheet, [{ id: 'rId1', kind: 'drawing', target: relativeTarget(sheet, drawing) }]) },
      { part: drawing, text: drawingXml(spec.chart, 'rId1', spec.chart.title), contentType: contentTypes.drawing },
      { part: relationshipsPartOf(drawing), text: relationshipsXml(drawing, [{ id: 'rId1', kind: 'chart', target: relativeTarget(drawing, chart) }]) },
      { part: chart, text: chartXml(spec.chart, spec.name), contentType: contentTypes.chart },
    ],
  };
}
