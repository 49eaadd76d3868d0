import type { CellStyle, SheetSpec, WritePlan } from '../../workbook/sheet-spec';
import type { Capabilities } from './capabilities';

/**
 * What a plan asks for that the host's Excel cannot do, by name, for the write's report and the
 * pane: a filter on the header row and page setup need ExcelApi 1.9 (`Worksheet.autoFilter`,
 * `Worksheet.pageLayout`), and so does `RangeFont.strikethrough`.
 */
export type SkippedFeature = 'autoFilter' | 'print' | 'strikethrough';

/** The grey of a voided row (the layout's own), for a struck-through style that has no colour. */
const STRUCK_GREY = '#808080';

/**
 * A style without strikethrough that still sets the cells apart: italic, and grey unless the
 * style gives a colour. The layout's voided rows are already grey and italic, so on an older
 * host they lose only the line through them.
 */
function withoutStrike(style: CellStyle): CellStyle {
  const { strike: _strike, ...rest } = style;
  return { ...rest, italic: true, fontColor: style.fontColor ?? STRUCK_GREY };
}

function sheetForHost(spec: SheetSpec, capabilities: Capabilities, skipped: Set<SkippedFeature>): SheetSpec {
  let adapted = spec;
  if (spec.autoFilter && !capabilities.autoFilter) {
    skipped.add('autoFilter');
    adapted = { ...adapted, autoFilter: undefined };
  }
  if (spec.print && !capabilities.pageLayout) {
    skipped.add('print');
    adapted = { ...adapted, print: undefined };
  }
  if (!capabilities.strikethrough && spec.styles.some(({ style }) => style.strike)) {
    skipped.add('strikethrough');
    adapted = { ...adapted, styles: spec.styles.map((styled) => (styled.style.strike ? { ...styled, style: withoutStrike(styled.style) } : styled)) };
  }
  return adapted;
}

/**
 * The plan as the host can render it, and what had to give. Every sheet keeps its values, names,
 * order, links, formats and chart; only features of newer requirement sets go, or are drawn
 * another way. A pure function of the plan, so the parity test can hand the file renderer the
 * same plan the Office renderer writes on an old host.
 */
export function planForHost(plan: WritePlan, capabilities: Capabilities): { readonly plan: WritePlan; readonly skipped: readonly SkippedFeature[] } {
  const skipped = new Set<SkippedFeature>();
  const sheets = plan.sheets.map((spec) => sheetForHost(spec, capabilities, skipped));
  return { plan: { ...plan, sheets }, skipped: [...skipped] };
}
