import { formatArea, isWholeRows } from './address';
import { FakeProxy, type FakeQueue } from './client-object';
import { fail, FakeErrorCode } from './errors';
import { areaOnSheet, checkCount, checkOneOf, type RangeLocator } from './range-target';
import type { ApiMember } from './requirement-sets';
import type { SheetRef } from './sheet-ref';
import type { ChartState, PageLayoutState, SheetState, WorkbookState } from './state';

type RangeArgument = { readonly locator: RangeLocator } | string;

/** A part of a worksheet (panes, filter, page layout, charts): its operations apply to the sheet. */
class SheetPart extends FakeProxy {
  constructor(queue: FakeQueue, path: string, protected readonly sheetRef: SheetRef, via: string) {
    super(queue, path, via);
  }

  protected callOnSheet(member: ApiMember, args: unknown, apply: (sheet: SheetState, state: WorkbookState) => void): void {
    this.enqueueCall(member, args, (state) => apply(this.sheetRef.get(state), state));
  }

  protected writeOnSheet(member: ApiMember, value: unknown, apply: (sheet: SheetState, state: WorkbookState) => void): void {
    this.enqueueWrite(member, value, (state) => apply(this.sheetRef.get(state), state));
  }
}

const rangeLabel = (range: RangeArgument) => (typeof range === 'string' ? [range] : ['<range>']);

export class FakeFreezePanes extends SheetPart {
  /** "Freeze the top row or rows of the worksheet in place"; `count`: "Optional number of rows to freeze, or zero to unfreeze all rows" (JSDoc). */
  freezeRows(count = 1): void {
    this.callOnSheet('WorksheetFreezePanes.freezeRows', [count], (sheet) => { sheet.freeze = { rows: checkCount(count, 'rows'), columns: 0 }; });
  }

  freezeColumns(count = 1): void {
    this.callOnSheet('WorksheetFreezePanes.freezeColumns', [count], (sheet) => { sheet.freeze = { rows: 0, columns: checkCount(count, 'columns') }; });
  }

  /**
   * "The range provided corresponds to cells that will be frozen in the top- and left-most pane"
   * (JSDoc): the range starts at A1, and freezes the rows above and the columns left of its
   * bottom-right edge.
   */
  freezeAt(frozen: RangeArgument): void {
    this.callOnSheet('WorksheetFreezePanes.freezeAt', rangeLabel(frozen), (sheet, state) => {
      const area = areaOnSheet(state, sheet, frozen);
      if (area.top !== 0 || area.left !== 0) fail(FakeErrorCode.invalidArgument, 'A frozen range starts at A1.');
      sheet.freeze = { rows: area.bottom + 1, columns: area.right + 1 };
    });
  }

  unfreeze(): void {
    this.callOnSheet('WorksheetFreezePanes.unfreeze', undefined, (sheet) => { sheet.freeze = undefined; });
  }
}

export class FakeAutoFilter extends SheetPart {
  /** "Applies the AutoFilter to a range" (JSDoc); `range`: "The range on which the AutoFilter will apply", on this sheet. */
  apply(range: RangeArgument): void {
    this.callOnSheet('AutoFilter.apply', rangeLabel(range), (sheet, state) => { sheet.autoFilter = formatArea(areaOnSheet(state, sheet, range)); });
  }
}

class FakeHeaderFooter extends SheetPart {
  set centerFooter(text: string) {
    if (typeof text !== 'string') fail(FakeErrorCode.invalidArgument, 'A footer is text.');
    this.writeOnSheet('HeaderFooter.centerFooter', text, (sheet) => { sheet.pageLayout.centerFooter = text; });
  }
}

class FakeHeaderFooterGroup extends SheetPart {
  private footer?: FakeHeaderFooter;

  get defaultForAllPages(): FakeHeaderFooter {
    return (this.footer ??= new FakeHeaderFooter(this.queue, `${this.objectPath}.defaultForAllPages`, this.sheetRef, this.reach('HeaderFooterGroup.defaultForAllPages')));
  }
}

const PAPER_SIZES = ['A3', 'A4', 'A5', 'Letter', 'Legal', 'Executive', 'B4', 'B5'];
type MarginName = 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'headerMargin' | 'footerMargin';

export class FakePageLayout extends SheetPart {
  private groups?: FakeHeaderFooterGroup;

  get headersFooters(): FakeHeaderFooterGroup {
    return (this.groups ??= new FakeHeaderFooterGroup(this.queue, `${this.objectPath}.headersFooters`, this.sheetRef, this.reach('PageLayout.headersFooters')));
  }

  private setLayout<K extends keyof PageLayoutState>(name: K, value: PageLayoutState[K]): void {
    this.writeOnSheet(`PageLayout.${name}` as ApiMember, value, (sheet) => { sheet.pageLayout[name] = value; });
  }

  set orientation(value: string) { this.setLayout('orientation', checkOneOf(value, ['Portrait', 'Landscape'], 'orientation')); }
  set paperSize(value: string) { this.setLayout('paperSize', checkOneOf(value, PAPER_SIZES, 'paper size')); }
  set centerHorizontally(value: boolean) { this.setLayout('centerHorizontally', Boolean(value)); }
  /**
   * "The `PageLayoutZoomOptions` object must be set as a JSON object (use `x.zoom = {...}`
   * instead of `x.zoom.scale = ...`)" (JSDoc): the fake has no getter to reach into. "Print page
   * scale value can be between 10 and 400" (`PageLayoutZoomOptions.scale`).
   */
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

  /** `printTitleRows`: "The rows to be repeated at the top of each page. The range must span the entire row to be valid" (JSDoc). */
  setPrintTitleRows(rows: RangeArgument): void {
    this.callOnSheet('PageLayout.setPrintTitleRows', rangeLabel(rows), (sheet, state) => {
      const area = areaOnSheet(state, sheet, rows);
      if (!isWholeRows(area)) fail(FakeErrorCode.invalidArgument, 'Print title rows are whole rows.');
      sheet.pageLayout.printTitleRows = formatArea(area);
    });
  }

  setPrintArea(area: RangeArgument): void {
    this.callOnSheet('PageLayout.setPrintArea', rangeLabel(area), (sheet, state) => {
      sheet.pageLayout.printArea = formatArea(areaOnSheet(state, sheet, area));
    });
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
  constructor(queue: FakeQueue, path: string, sheetRef: SheetRef, via: string, private readonly holder: ChartHolder, private readonly index: number) {
    super(queue, path, sheetRef, via);
  }

  private series(): ChartState['series'][number] {
    return chartOf(this.holder).series[this.index] ?? fail(FakeErrorCode.itemNotFound, `The chart has no series ${this.index}.`);
  }

  /** "The name's length should not be greater than 255 characters" (JSDoc). */
  set name(value: string) {
    this.writeOnSheet('ChartSeries.name', value, () => {
      if (typeof value !== 'string' || value.length > 255) fail(FakeErrorCode.invalidArgument, 'A series name is text of at most 255 characters.');
      this.series().name = value;
    });
  }

  setXAxisValues(range: RangeArgument): void {
    this.callOnSheet('ChartSeries.setXAxisValues', ['<range>'], (sheet, state) => {
      this.series().xAxisValues = formatArea(areaOnSheet(state, sheet, range));
    });
  }

  setValues(range: RangeArgument): void {
    this.callOnSheet('ChartSeries.setValues', ['<range>'], (sheet, state) => {
      this.series().values = formatArea(areaOnSheet(state, sheet, range));
    });
  }
}

class FakeChartSeriesCollection extends SheetPart {
  constructor(queue: FakeQueue, path: string, sheetRef: SheetRef, via: string, private readonly holder: ChartHolder) {
    super(queue, path, sheetRef, via);
  }

  getItemAt(index: number): FakeChartSeries {
    const via = this.reach('ChartSeriesCollection.getItemAt', 'call');
    return new FakeChartSeries(this.queue, `${this.objectPath}.getItemAt(${index})`, this.sheetRef, via, this.holder, index);
  }
}

class FakeChartTitle extends SheetPart {
  constructor(queue: FakeQueue, path: string, sheetRef: SheetRef, via: string, private readonly holder: ChartHolder) {
    super(queue, path, sheetRef, via);
  }

  set text(value: string) { this.writeOnSheet('ChartTitle.text', value, () => { chartOf(this.holder).title = value; }); }
}

class FakeChartLegend extends SheetPart {
  constructor(queue: FakeQueue, path: string, sheetRef: SheetRef, via: string, private readonly holder: ChartHolder) {
    super(queue, path, sheetRef, via);
  }

  set visible(value: boolean) { this.writeOnSheet('ChartLegend.visible', value, () => { chartOf(this.holder).legendVisible = Boolean(value); }); }
}

export class FakeChart extends SheetPart {
  private parts: { title?: FakeChartTitle; legend?: FakeChartLegend; series?: FakeChartSeriesCollection } = {};

  constructor(queue: FakeQueue, path: string, sheetRef: SheetRef, via: string, private readonly holder: ChartHolder) {
    super(queue, path, sheetRef, via);
  }

  get title(): FakeChartTitle {
    return (this.parts.title ??= new FakeChartTitle(this.queue, `${this.objectPath}.title`, this.sheetRef, this.reach('Chart.title'), this.holder));
  }

  get legend(): FakeChartLegend {
    return (this.parts.legend ??= new FakeChartLegend(this.queue, `${this.objectPath}.legend`, this.sheetRef, this.reach('Chart.legend'), this.holder));
  }

  get series(): FakeChartSeriesCollection {
    return (this.parts.series ??= new FakeChartSeriesCollection(this.queue, `${this.objectPath}.series`, this.sheetRef, this.reach('Chart.series'), this.holder));
  }

  /**
   * `startCell`: "This is where the chart will be moved to"; `endCell`: "If specified, the chart's
   * width and height will be set to fully cover up this cell/range" (JSDoc). Both on this sheet.
   */
  setPosition(start: RangeArgument, end?: RangeArgument): void {
    this.callOnSheet('Chart.setPosition', ['<range>'], (sheet, state) => {
      const chart = chartOf(this.holder);
      chart.from = formatArea(areaOnSheet(state, sheet, start));
      chart.to = end === undefined ? undefined : formatArea(areaOnSheet(state, sheet, end));
    });
  }
}

const CHART_TYPES = ['ColumnClustered', 'BarClustered', 'Pie', 'Line', 'ColumnStacked'];
const SERIES_BY = ['Auto', 'Columns', 'Rows'];

export class FakeChartCollection extends SheetPart {
  /**
   * "Creates a new chart"; `sourceData`: "The `Range` object corresponding to the source data";
   * `seriesBy`: "Specifies the way columns or rows are used as data series on the chart" (JSDoc).
   * The source must lie on the chart's sheet in the fake: the documentation does not say whether
   * another sheet's range is taken.
   */
  add(type: string, sourceData: RangeArgument, seriesBy = 'Auto'): FakeChart {
    const holder: ChartHolder = {};
    this.callOnSheet('ChartCollection.add', [type, seriesBy], (sheet, state) => {
      checkOneOf(type, CHART_TYPES, 'chart type');
      checkOneOf(seriesBy, SERIES_BY, 'series by');
      const source = formatArea(areaOnSheet(state, sheet, sourceData));
      const chart: ChartState = { type, source, seriesBy, series: [{ values: source }] };
      sheet.charts.push(chart);
      holder.chart = chart;
    });
    return new FakeChart(this.queue, `${this.objectPath}.add(${type})`, this.sheetRef, this.via, holder);
  }
}
