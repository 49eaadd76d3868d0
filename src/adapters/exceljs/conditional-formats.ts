import type { ConditionalFormattingOptions, ConditionalFormattingRule, Style } from 'exceljs';
import type { ConditionalFormat } from '../../workbook/sheet-spec';
import { argb } from './cell-style';

type Highlight = Extract<ConditionalFormat, { kind: 'textEquals' | 'lessThan' }>['style'];

/**
 * A differential style. Excel paints a conditional solid fill with its background colour and
 * LibreOffice with either, so both are set.
 */
function highlightStyle(style: Highlight): Partial<Style> {
  const result: Partial<Style> = {};
  if (style.fill) {
    const color = { argb: argb(style.fill) };
    result.fill = { type: 'pattern', pattern: 'solid', fgColor: color, bgColor: color };
  }
  if (style.fontColor || style.bold) {
    result.font = {};
    if (style.fontColor) result.font.color = { argb: argb(style.fontColor) };
    if (style.bold) result.font.bold = true;
  }
  return result;
}

/** A string literal inside a formula: `A"B` → `"A""B"`. */
function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function rule(format: ConditionalFormat, priority: number): ConditionalFormattingRule {
  switch (format.kind) {
    // `cellIs equal "A"` rather than `containsText`: an exact match, understood alike by Excel
    // and LibreOffice (containsText would also colour "AB").
    case 'textEquals':
      return {
        type: 'cellIs',
        operator: 'equal',
        formulae: [formulaText(format.text)],
        style: highlightStyle(format.style),
        priority,
      };
    case 'lessThan':
      return {
        type: 'cellIs',
        operator: 'lessThan',
        formulae: [String(format.value)],
        style: highlightStyle(format.style),
        priority,
      };
    case 'dataBar': {
      // ExcelJS reads the bar colour from `color`, which its typings leave out. A solid bar
      // (gradient off) prints cleanly. The scale starts at 0, so the smallest count still shows a bar.
      const bar = {
        type: 'dataBar',
        priority,
        gradient: false,
        cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
        color: { argb: argb(format.color) },
      };
      return bar as ConditionalFormattingRule;
    }
  }
}

/** One ExcelJS conditional formatting per format; earlier formats take precedence. */
export function conditionalFormattings(formats: readonly ConditionalFormat[]): ConditionalFormattingOptions[] {
  return formats.map((format, index) => ({ ref: format.range, rules: [rule(format, index + 1)] }));
}
