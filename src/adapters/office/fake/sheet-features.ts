import { formatArea, isWholeRows } from './address';
import type { FakeQueue } from './client-object';
import { fail, FakeErrorCode } from './errors';
import { areaOnSheet, checkCount, checkOneOf, type RangeLocator } from './range-target';
import type { SheetRef } from './sheet-ref';
import type { ChartState, PageLayoutState, SheetState, WorkbookState } from './state';

type RangeArgument = { readonly locator: RangeLocator } | string;

class SheetPart {
  constructor(
    protected readonly queue: FakeQueue,
    protected readonly path: string,
    protected readonly sheetRef: SheetRef,
  ) {}

  protected enqueue(member: string, args: unknown, apply: (sheet: SheetState, state: WorkbookState) => void, requires?: string): void {
    this.queue.enqueue({ path: `${this.path}.${member}`, args, requires, apply: (state) => apply(this.sheetRef.get(state), state) });
  }
}

export class FakeFreezePanes extends SheetPart {
  freezeRows(count = 1): void {
    this.enqueue('freezeRows()', [count], (sheet) => { sheet.freeze = { rows: checkCount(count, 'rows'), columns: 0 }; });
  }

  freezeColumns(count = 1): void {
    this.enqueue('freezeColumns()', [count], (sheet) => { sheet.freeze = { rows: 0, columns: checkCount(count, 'columns') }; });
  }

  /** Freezes the rows above and the columns left of the given range's bottom-right edge. */
  freezeAt(frozen: RangeArgument): void {
    const args = typeof frozen === 'string' ? [frozen] : ['<range>'];
    this.enqueue('freezeAt()', args, (sheet, state) => {
      const area = areaOnSheet(state, sheet, frozen);
      if (area.top !== 0 || area.left !== 0) fail(FakeErrorCode.invalidArgument, 'A frozen range starts at A1.');
      sheet.freeze = { rows: area.bottom + 1, columns: area.right + 1 };
    }, '1.7');
  }

  unfreeze(): void {
    this.enqueue('unfreeze()', undefined, (sheet) => { sheet.freeze = undefined; });
  }
}

export class FakeAutoFilter extends SheetPart {
  apply(range: RangeArgument): void {
    const args = typeof range === 'string' ? [range] : ['<range>'];
    this.enqueue('apply()', args, (sheet, state) => { sheet.autoFilter = formatArea(areaOnSheet(state, sheet, range)); }, '1.9');
  }
}

class FakeHeaderFooter extends SheetPart {
  set centerFooter(text: string) {
    if (typeof text !== 'string') fail(FakeErrorCode.invalidArgument, 'A footer is text.');
    this.enqueue('centerFooter', text, (sheet) => { sheet.pageLayout.centerFooter = text; }, '1.9');
  }
}

class FakeHeadersFooters {
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(queue: FakeQueue, path: string, sheetRef: SheetRef) {
    this.defaultForAllPages = new FakeHeaderFooter(queue, `${path}.defaultForAllPages`, sheetRef);
  }
}

const PAPER_SIZES = ['A3', 'A4', 'A5', 'Letter', 'Legal', 'Executive', 'B4', 'B5'];
type MarginName = 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'headerMargin' | 'footerMargin';

export class FakePageLayout extends SheetPart {
  readonly headersFooters: FakeHeadersFooters;

  constructor(queue: FakeQueue, path: string, sheetRef: SheetRef) {
    super(queue, path, sheetRef);
    this.headersFooters = new FakeHeadersFooters(queue, `${path}.headersFooters`, sheetRef);
  }

  private setLayout<K extends keyof PageLayoutState>(name: K, value: PageLayoutState[K]): void {
    this.enqueue(name, value, (sheet) => { sheet.pageLayout[name] = value; }, '1.9');
  }

  set orientation(value: string) { this.setLayout('orientation', checkOneOf(value, ['Portrait', 'Landscape'], 'orientation')); }
  set paperSize(value: string) { this.setLayout('paperSize', checkOneOf(value, PAPER_SIZES, 'paper size')); }
  set centerHorizontally(value: boolean) { this.setLayout('centerHorizontally', Boolean(value)); }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    if (value.horizontalFitToPages !== undefined) checkCount(value.horizontalFitToPages, 'horizontalFitToPages');
    if (value.verticalFitToPages !== undefined) checkCount(value.verticalFitToPages, 'verticalFitToPages');
    if (value.scale !== undefined && (value.scale < 10 || value.scale > 400)) fail(FakeErrorCode.invalidArgument, 'Scale is 10 to 400.');
    this.setLayout('zoom', { ...value });
  }
  set leftMargin(points: number) { this.margin('leftMargin', points); }
  set rightMargin(points: number) { this.margin('rightMargin', points); }
  set topMargin(points: number) { this.margin('topMargin', points); }
  set bottomMargin(points: number) { this.margin('bottomMargin', points); }
  set headerMargin(points: number) { this.margin('headerMargin', points); }
  set footerMargin(points: number) { this.margin('footerMargin', points); }

  setPrintTitleRows(rows: RangeArgument): void {
    this.enqueue('setPrintTitleRows()', [typeof rows === 'string' ? rows : '<range>'], (sheet, state) => {
      const area = areaOnSheet(state, sheet, rows);
      if (!isWholeRows(area)) fail(FakeErrorCode.invalidArgument, 'Print title rows are whole rows.');
      sheet.pageLayout.printTitleRows = formatArea(area);
    }, '1.9');
  }

  setPrintArea(area: RangeArgument): void {
    this.enqueue('setPrintArea()', [typeof area === 'string' ? area : '<range>'], (sheet, state) => {
      sheet.pageLayout.printArea = formatArea(areaOnSheet(state, sheet, area));
    }, '1.9');
  }

  private margin(name: MarginName, points: number): void {
    if (typeof points !== 'number' || points < 0) fail(FakeErrorCode.invalidArgument, `${name} must be ≥ 0 points.`);
    this.setLayout(name, points);
  }
}

interface ChartHolder {
  chart?: ChartState;
}

function chartOf(holder: ChartHolder): ChartState {
  return holder.chart ?? fail(FakeErrorCode.itemNotFound, 'The chart was not created.');
}

class FakeChartSeries extends SheetPart {
  constructor(queue: FakeQueue, path: string, sheetRef: SheetRef, private readonly holder: ChartHolder, private readonly index: number) {
    super(queue, path, sheetRef);
  }

  private series(): ChartState['series'][number] {
    return chartOf(this.holder).series[this.index] ?? fail(FakeErrorCode.itemNotFound, `The chart has no series ${this.index}.`);
  }

  set name(value: string) { this.enqueue('name', value, () => { this.series().name = value; }); }

  setXAxisValues(range: RangeArgument): void {
    this.enqueue('setXAxisValues()', ['<range>'], (sheet, state) => {
      this.series().xAxisValues = formatArea(areaOnSheet(state, sheet, range));
    }, '1.7');
  }

  setValues(range: RangeArgument): void {
    this.enqueue('setValues()', ['<range>'], (sheet, state) => {
      this.series().values = formatArea(areaOnSheet(state, sheet, range));
    }, '1.7');
  }
}

export class FakeChart extends SheetPart {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt: (index: number) => FakeChartSeries };

  constructor(queue: FakeQueue, path: string, sheetRef: SheetRef, private readonly holder: ChartHolder) {
    super(queue, path, sheetRef);
    const enqueue = this.enqueue.bind(this);
    this.title = {
      set text(value: string) { enqueue('title.text', value, () => { chartOf(holder).title = value; }); },
      get text(): string { return fail(FakeErrorCode.propertyNotLoaded, 'The fake Excel does not read chart titles back.'); },
    };
    this.legend = {
      set visible(value: boolean) { enqueue('legend.visible', value, () => { chartOf(holder).legendVisible = Boolean(value); }); },
      get visible(): boolean { return fail(FakeErrorCode.propertyNotLoaded, 'The fake Excel does not read the legend back.'); },
    };
    this.series = { getItemAt: (index) => new FakeChartSeries(queue, `${path}.series.getItemAt(${index})`, sheetRef, holder, index) };
  }

  setPosition(start: RangeArgument, end?: RangeArgument): void {
    this.enqueue('setPosition()', ['<range>'], (sheet, state) => {
      const chart = chartOf(this.holder);
      chart.from = formatArea(areaOnSheet(state, sheet, start));
      chart.to = end === undefined ? undefined : formatArea(areaOnSheet(state, sheet, end));
    });
  }
}

const CHART_TYPES = ['ColumnClustered', 'BarClustered', 'Pie', 'Line', 'ColumnStacked'];

export class FakeChartCollection extends SheetPart {
  add(type: string, sourceData: RangeArgument, seriesBy = 'Auto'): FakeChart {
    const holder: ChartHolder = {};
    this.enqueue('add()', [type, seriesBy], (sheet, state) => {
      checkOneOf(type, CHART_TYPES, 'chart type');
      const source = formatArea(areaOnSheet(state, sheet, sourceData));
      const chart: ChartState = { type, source, seriesBy, series: [{ values: source }] };
      sheet.charts.push(chart);
      holder.chart = chart;
    });
    return new FakeChart(this.queue, `${this.path}.add(${type})`, this.sheetRef, holder);
  }
}
