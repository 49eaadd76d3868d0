import { formatArea } from './address';
import { FakeProxy, type FakeQueue } from './client-object';
import { fail, FakeErrorCode } from './errors';
import { checkColor, checkOneOf, type RangeLocator, requireArea } from './range-target';
import type { ApiMember } from './requirement-sets';
import type { ConditionalFormatState } from './state';

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'] as const;
const CELL_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];
const TEXT_OPERATORS = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];

/** The conditional format an `add` created, known once the add has run. */
interface Holder {
  format?: ConditionalFormatState;
}

/**
 * A type's own properties exist only on a format of that type: `ConditionalFormat.cellValue`
 * "Returns the cell value conditional format properties if the current conditional format is a
 * `CellValue` type" (JSDoc; likewise `dataBar`, `custom`, `textComparison`). Setting them on a
 * format of another type is refused.
 */
function ofType(holder: Holder, type: string): ConditionalFormatState {
  const format = holder.format ?? fail(FakeErrorCode.itemNotFound, 'The conditional format was not created.');
  if (format.type !== type) fail(FakeErrorCode.invalidOperation, `A ${format.type} conditional format has no ${type} properties.`);
  return format;
}

class Setter extends FakeProxy {
  constructor(queue: FakeQueue, path: string, via: string, protected readonly holder: Holder, protected readonly type: string) {
    super(queue, path, via);
  }

  protected set(member: ApiMember, value: unknown, apply: (format: ConditionalFormatState) => void): void {
    this.enqueueWrite(member, value, () => apply(ofType(this.holder, this.type)));
  }

  protected child<T>(make: (queue: FakeQueue, path: string, via: string, holder: Holder, type: string) => T, name: string, member: ApiMember): T {
    return make(this.queue, `${this.objectPath}.${name}`, this.reach(member), this.holder, this.type);
  }
}

/** "HTML color code representing the color of the fill, in the form #RRGGBB … or as a named HTML color" (JSDoc); the fake takes #RRGGBB. */
class HighlightFill extends Setter {
  set color(value: string) {
    const color = checkColor(value);
    this.set('ConditionalRangeFill.color', color, (format) => { format.format = { ...format.format, fill: color }; });
  }
}

class HighlightFont extends Setter {
  set color(value: string) {
    const color = checkColor(value);
    this.set('ConditionalRangeFont.color', color, (format) => { format.format = { ...format.format, fontColor: color }; });
  }
  set bold(value: boolean) {
    this.set('ConditionalRangeFont.bold', Boolean(value), (format) => { format.format = { ...format.format, bold: Boolean(value) }; });
  }
}

/** `Excel.ConditionalRangeFormat`. */
class Highlight extends Setter {
  get fill(): HighlightFill {
    return this.child((...args) => new HighlightFill(...args), 'fill', 'ConditionalRangeFormat.fill');
  }
  get font(): HighlightFont {
    return this.child((...args) => new HighlightFont(...args), 'font', 'ConditionalRangeFormat.font');
  }
}

class CustomRule extends Setter {
  set formula(value: string) {
    if (typeof value !== 'string' || !value.startsWith('=')) fail(FakeErrorCode.invalidArgument, 'A custom rule needs a formula starting with =.');
    this.set('ConditionalFormatRule.formula', value, (format) => { format.rule = { formula: value }; });
  }
}

class CustomFormat extends Setter {
  get rule(): CustomRule {
    return this.child((...args) => new CustomRule(...args), 'rule', 'CustomConditionalFormat.rule');
  }
  get format(): Highlight {
    return this.child((...args) => new Highlight(...args), 'format', 'CustomConditionalFormat.format');
  }
}

/** `Excel.CellValueConditionalFormat`: its `rule` is a `ConditionalCellValueRule` object, set whole. */
class CellValueFormat extends Setter {
  set rule(value: { formula1: string; formula2?: string; operator: string }) {
    checkOneOf(value?.operator, CELL_OPERATORS, 'cell value operator');
    // `formula1`: "The formula, if required, on which to evaluate the conditional format rule" (JSDoc); every operator requires one.
    if (typeof value.formula1 !== 'string' || value.formula1 === '') fail(FakeErrorCode.invalidArgument, 'formula1 is required.');
    if ((value.operator === 'Between' || value.operator === 'NotBetween') && !value.formula2) fail(FakeErrorCode.invalidArgument, 'formula2 is required.');
    this.set('CellValueConditionalFormat.rule', value, (format) => { format.rule = { ...value }; });
  }
  get format(): Highlight {
    return this.child((...args) => new Highlight(...args), 'format', 'CellValueConditionalFormat.format');
  }
}

class TextComparisonFormat extends Setter {
  set rule(value: { operator: string; text: string }) {
    checkOneOf(value?.operator, TEXT_OPERATORS, 'text operator');
    this.set('TextConditionalFormat.rule', value, (format) => { format.rule = { ...value }; });
  }
  get format(): Highlight {
    return this.child((...args) => new Highlight(...args), 'format', 'TextConditionalFormat.format');
  }
}

class DataBarPositive extends Setter {
  set fillColor(value: string) {
    const color = checkColor(value);
    this.set('ConditionalDataBarPositiveFormat.fillColor', color, (format) => { format.dataBar = { ...format.dataBar, fillColor: color }; });
  }
  set gradientFill(value: boolean) {
    this.set('ConditionalDataBarPositiveFormat.gradientFill', Boolean(value), (format) => { format.dataBar = { ...format.dataBar, gradientFill: Boolean(value) }; });
  }
}

const DATA_BAR_RULE_TYPES = ['Automatic', 'LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];

class DataBarFormat extends Setter {
  get positiveFormat(): DataBarPositive {
    return this.child((...args) => new DataBarPositive(...args), 'positiveFormat', 'DataBarConditionalFormat.positiveFormat');
  }
  /**
   * "The `ConditionalDataBarRule` object must be set as a JSON object (use `x.lowerBoundRule =
   * {...}` instead of `x.lowerBoundRule.formula = ...`)" (JSDoc): there is no getter to reach into.
   */
  set lowerBoundRule(value: { type: string; formula?: string }) {
    checkOneOf(value?.type, DATA_BAR_RULE_TYPES, 'data bar rule type');
    const bound = value.formula === undefined ? value.type : `${value.type} ${value.formula}`;
    this.set('DataBarConditionalFormat.lowerBoundRule', value, (format) => { format.dataBar = { ...format.dataBar, lowerBound: bound }; });
  }
}

/** `Excel.ConditionalFormat`: each type's properties, reached through their member. */
export class FakeConditionalFormat extends Setter {
  get custom(): CustomFormat {
    return this.as('Custom', 'custom', 'ConditionalFormat.custom', (...args) => new CustomFormat(...args));
  }
  get cellValue(): CellValueFormat {
    return this.as('CellValue', 'cellValue', 'ConditionalFormat.cellValue', (...args) => new CellValueFormat(...args));
  }
  get textComparison(): TextComparisonFormat {
    return this.as('ContainsText', 'textComparison', 'ConditionalFormat.textComparison', (...args) => new TextComparisonFormat(...args));
  }
  get dataBar(): DataBarFormat {
    return this.as('DataBar', 'dataBar', 'ConditionalFormat.dataBar', (...args) => new DataBarFormat(...args));
  }

  private as<T>(type: string, name: string, member: ApiMember, make: (queue: FakeQueue, path: string, via: string, holder: Holder, type: string) => T): T {
    return make(this.queue, `${this.objectPath}.${name}`, this.reach(member), this.holder, type);
  }
}

export class FakeConditionalFormatCollection extends FakeProxy {
  constructor(queue: FakeQueue, path: string, private readonly locator: RangeLocator, via: string) {
    super(queue, path, via);
  }

  /**
   * "Adds a new conditional format to the collection at the first/top priority" (JSDoc): a sheet's
   * formats are kept in priority order, each new one first.
   */
  add(type: string): FakeConditionalFormat {
    const holder: Holder = {};
    const via = this.reach('ConditionalFormatCollection.add', 'call');
    this.enqueueCall('ConditionalFormatCollection.add', [type], (state) => {
      checkOneOf(type, TYPES, 'conditional format type');
      const target = this.locator.resolve(state);
      const format: ConditionalFormatState = { type, range: formatArea(requireArea(target)) };
      target.sheet.conditionalFormats.unshift(format);
      holder.format = format;
    });
    return new FakeConditionalFormat(this.queue, `${this.objectPath}.add(${type})`, via, holder, type);
  }
}
