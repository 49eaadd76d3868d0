import type { Workbook, WorkbookView, Worksheet } from 'exceljs';
import type { WritePlan } from '../../workbook/sheet-spec';
import { renderSheet } from './render-sheet';
import { sheetOrder } from '../../workbook/sheet-order';

/**
 * Fields ExcelJS reads and writes but leaves out of its typings: a sheet's place among the
 * tabs, and whether a view's tab is selected.
 */
type OrderedWorksheet = Worksheet & { orderNo: number };
type SelectableView = Worksheet['views'][number] & { tabSelected?: boolean };

function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === wanted);
}

function activeSheet(workbook: Workbook): Worksheet | undefined {
  const index = workbook.views?.[0]?.activeTab ?? 0;
  return workbook.worksheets[index];
}

const defaultView: WorkbookView = {
  x: 0,
  y: 0,
  width: 24000,
  height: 16000,
  firstSheet: 0,
  activeTab: 0,
  visibility: 'visible',
};

/**
 * Shows `target` (or the first visible sheet): Excel opens on the workbook's active tab, and
 * exactly one sheet may be selected, or Excel groups the selected sheets.
 */
function activate(workbook: Workbook, target: Worksheet | undefined): void {
  const sheets = workbook.worksheets;
  let index = target && target.state === 'visible' ? sheets.indexOf(target) : -1;
  if (index < 0) index = Math.max(0, sheets.findIndex((sheet) => sheet.state === 'visible'));
  const current = workbook.views?.[0] ?? defaultView;
  workbook.views = [{ ...current, activeTab: index, firstSheet: Math.min(current.firstSheet ?? 0, index) }];
  sheets.forEach((sheet, position) => {
    const selected = position === index;
    // A sheet read from a file without a view has none at all.
    const views: SelectableView[] = (sheet.views ?? []).map((view) => ({ ...view, tabSelected: selected }));
    if (views.length === 0 && selected) views.push({ state: 'normal', tabSelected: true });
    sheet.views = views;
  });
}

/**
 * Writes a plan into a workbook: removes `plan.remove`, replaces or adds each sheet of the
 * plan, and leaves every other sheet (the input sheets above all) exactly as it was.
 */
export function renderPlan(workbook: Workbook, plan: WritePlan): void {
  const previouslyActive = activeSheet(workbook)?.name;
  const order = sheetOrder(
    workbook.worksheets.map((sheet) => ({ name: sheet.name, visible: sheet.state === 'visible' })),
    {
      sheets: plan.sheets.map((spec) => ({ name: spec.name, visible: spec.visibility === 'visible' })),
      remove: plan.remove,
    },
  );

  for (const name of [...plan.remove, ...plan.sheets.map((spec) => spec.name)]) {
    const sheet = findSheet(workbook, name);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  for (const spec of plan.sheets) renderSheet(workbook.addWorksheet(spec.name), spec);

  const byName = new Map(workbook.worksheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  order.forEach((name, index) => {
    const sheet = byName.get(name.toLowerCase());
    if (sheet) (sheet as OrderedWorksheet).orderNo = index + 1;
  });

  const wanted = plan.activate ?? previouslyActive;
  activate(workbook, wanted === undefined ? undefined : findSheet(workbook, wanted));
}
