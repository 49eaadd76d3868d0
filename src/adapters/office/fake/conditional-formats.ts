import { formatArea } from './address';
import type { FakeQueue } from './client-object';
import { fail, FakeErrorCode } from './errors';
import { checkColor, checkOneOf, type RangeLocator, requireArea } from './range-target';
import type { ConditionalFormatState } from './state';

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'] as const;
const CELL_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];
const TEXT_OPERATORS = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];

/** The conditional format an `add` created, known once the add has run. */
interface Holder {
  format?: ConditionalFormatState;
}

function ofType(holder: Holder, type: string): ConditionalFormatState {
  const format = holder.format ?? fail(FakeErrorCode.itemNotFound, 'The conditional format was not created.');
  if (format.type !== type) fail(FakeErrorCode.invalidOperation, `A ${format.type} conditional format has no ${type} properties.`);
  return format;
}

class Setter {
  constructor(
    protected readonly queue: FakeQueue,
    protected readonly path: string,
    protected readonly holder: Holder,
    protected readonly type: string,
  ) {}

  protected set(name: string, value: unknown, apply: (format: ConditionalFormatState) => void): void {
    this.queue.enqueue({ path: `${this.path}.${name}`, args: value, apply: () => apply(ofType(this.holder, this.type)) });
  }
}

class HighlightFill extends Setter {
  set color(value: string) {
    const color = checkColor(value);
    this.set('color', color, (format) => { format.format = { ...format.format, fill: color }; });
  }
}

class HighlightFont extends Setter {
  set color(value: string) {
    const color = checkColor(value);
    this.set('color', color, (format) => { format.format = { ...format.format, fontColor: color }; });
  }
  set bold(value: boolean) {
    this.set('bold', Boolean(value), (format) => { format.format = { ...format.format, bold: Boolean(value) }; });
  }
}

class Highlight {
  readonly fill: HighlightFill;
  readonly font: HighlightFont;
  constructor(queue: FakeQueue, path: string, holder: Holder, type: string) {
    this.fill = new HighlightFill(queue, `${path}.fill`, holder, type);
    this.font = new HighlightFont(queue, `${path}.font`, holder, type);
  }
}

class CustomRule extends Setter {
  set formula(value: string) {
    if (typeof value !== 'string' || !value.startsWith('=')) fail(FakeErrorCode.invalidArgument, 'A custom rule needs a formula starting with =.');
    this.set('formula', value, (format) => { format.rule = { formula: value }; });
  }
}

class RuleFormat extends Setter {
  readonly format: Highlight;
  constructor(queue: FakeQueue, path: string, holder: Holder, type: string) {
    super(queue, path, holder, type);
    this.format = new Highlight(queue, `${path}.format`, holder, type);
  }
}

class CustomFormat extends RuleFormat {
  readonly rule: CustomRule;
  constructor(queue: FakeQueue, path: string, holder: Holder) {
    super(queue, path, holder, 'Custom');
    this.rule = new CustomRule(queue, `${path}.rule`, holder, 'Custom');
  }
}

class CellValueFormat extends RuleFormat {
  set rule(value: { formula1: string; formula2?: string; operator: string }) {
    checkOneOf(value?.operator, CELL_OPERATORS, 'cell value operator');
    if (typeof value.formula1 !== 'string' || value.formula1 === '') fail(FakeErrorCode.invalidArgument, 'formula1 is required.');
    this.set('rule', value, (format) => { format.rule = { ...value }; });
  }
}

class TextComparisonFormat extends RuleFormat {
  set rule(value: { operator: string; text: string }) {
    checkOneOf(value?.operator, TEXT_OPERATORS, 'text operator');
    this.set('rule', value, (format) => { format.rule = { ...value }; });
  }
}

class DataBarPositive extends Setter {
  set fillColor(value: string) {
    const color = checkColor(value);
    this.set('fillColor', color, (format) => { format.dataBar = { ...format.dataBar, fillColor: color }; });
  }
  set gradientFill(value: boolean) {
    this.set('gradientFill', Boolean(value), (format) => { format.dataBar = { ...format.dataBar, gradientFill: Boolean(value) }; });
  }
}

const DATA_BAR_RULE_TYPES = ['Automatic', 'LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];

class DataBarFormat extends Setter {
  readonly positiveFormat: DataBarPositive;
  constructor(queue: FakeQueue, path: string, holder: Holder) {
    super(queue, path, holder, 'DataBar');
    this.positiveFormat = new DataBarPositive(queue, `${path}.positiveFormat`, holder, 'DataBar');
  }
  set lowerBoundRule(value: { type: string; formula?: string }) {
    checkOneOf(value?.type, DATA_BAR_RULE_TYPES, 'data bar rule type');
    const bound = value.formula === undefined ? value.type : `${value.type} ${value.formula}`;
    this.set('lowerBoundRule', value, (format) => { format.dataBar = { ...format.dataBar, lowerBound: bound }; });
  }
}

export class FakeConditionalFormat {
  readonly custom: CustomFormat;
  readonly cellValue: CellValueFormat;
  readonly textComparison: TextComparisonFormat;
  readonly dataBar: DataBarFormat;

  constructor(queue: FakeQueue, path: string, holder: Holder) {
    this.custom = new CustomFormat(queue, `${path}.custom`, holder);
    this.cellValue = new CellValueFormat(queue, `${path}.cellValue`, holder, 'CellValue');
    this.textComparison = new TextComparisonFormat(queue, `${path}.textComparison`, holder, 'ContainsText');
    this.dataBar = new DataBarFormat(queue, `${path}.dataBar`, holder);
  }
}

export class FakeConditionalFormatCollection {
  constructor(
    private readonly queue: FakeQueue,
    private readonly path: string,
    private readonly locator: RangeLocator,
  ) {}

  add(type: string): FakeConditionalFormat {
    const holder: Holder = {};
    this.queue.enqueue({
      path: `${this.path}.add()`,
      args: [type],
      requires: '1.6',
      apply: (state) => {
        checkOneOf(type, TYPES, 'conditional format type');
        const target = this.locator.resolve(state);
        const format: ConditionalFormatState = { type, range: formatArea(requireArea(target)) };
        target.sheet.conditionalFormats.push(format);
        holder.format = format;
      },
    });
    return new FakeConditionalFormat(this.queue, `${this.path}.add(${type})`, holder);
  }
}
