import { parseRange } from '../../../workbook/cell-range';
import { columnLetter } from '../../../workbook/grid';
import type { ChartSpec } from '../../../workbook/sheet-spec';
import { escapeAttribute, escapeText } from '../xml/xml-text';

const CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const SPREADSHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The series colour of a column or bar chart: Excel's first accent, as the Office.js renderer's chart takes it. */
const SERIES_COLOR = '4472C4';

/** `'Sheet'!$A$1:$A$6`: a range of `sheet` as a chart's formula names it. */
export function absoluteReference(sheet: string, range: string): string {
  const area = parseRange(range);
  const corner = (row: number, column: number) => `$${columnLetter(column)}$${row + 1}`;
  const start = corner(area.top, area.left);
  const end = corner(area.bottom, area.right);
  return `'${sheet.replace(/'/g, "''")}'!${start === end ? start : `${start}:${end}`}`;
}

function richTitle(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr sz="1200" b="1"/><a:t>${escapeText(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/**
 * A chart part (DrawingML, ECMA-376 Part 1 §21.2) with one series from the sheet's cells: a
 * clustered column or bar chart, or a pie, titled, without a legend, as the Office.js renderer
 * draws it (`ColumnClustered`, `BarClustered`, `Pie`). Series values come with no cached
 * numbers: Excel and LibreOffice compute them from the cells when the file opens.
 */
export function chartXml(spec: ChartSpec, sheet: string): string {
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeText(spec.seriesName)}</c:v></c:tx>` +
    (spec.kind === 'pie' ? '' : `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOR}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`) +
    `<c:cat><c:strRef><c:f>${escapeText(absoluteReference(sheet, spec.categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(absoluteReference(sheet, spec.values))}</c:f></c:numRef></c:val></c:ser>`;
  const plot =
    spec.kind === 'pie'
      ? `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`
      : `<c:barChart><c:barDir val="${spec.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
        '<c:gapWidth val="80"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
        `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${spec.kind === 'bar' ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
        `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${spec.kind === 'bar' ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART}" xmlns:a="${DRAWING}" xmlns:r="${RELATIONSHIPS}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${richTitle(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '</c:chartSpace>'
  );
}

/**
 * A drawing part holding the chart, anchored from the top-left of `from` to the bottom-right of
 * `to`, as Office.js `Chart.setPosition(from, to)` places it.
 */
export function drawingXml(spec: ChartSpec, chartRelationshipId: string, name: string): string {
  const from = parseRange(spec.from);
  const to = parseRange(spec.to);
  const marker = (tag: string, column: number, row: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING}" xmlns:a="${DRAWING}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', from.left, from.top) +
    marker('to', to.right + 1, to.bottom + 1) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeAttribute(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART}"><c:chart xmlns:c="${CHART}" xmlns:r="${RELATIONSHIPS}" r:id="${chartRelationshipId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}
