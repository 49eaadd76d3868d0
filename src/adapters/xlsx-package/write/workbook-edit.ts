import type { Visibility } from '../../../workbook/grid';
import type { WorkbookPart } from '../read/workbook-part';
import { insertAt, spliced, type TextEdit } from '../xml/splice';
import { withAttribute } from '../xml/start-tag';
import { escapeAttribute, escapeText } from '../xml/xml-text';
import { prefixOf, type XmlElement } from '../xml/xml-tree';

const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A sheet of the workbook after the write: one that was there (by its old position) or one added. */
export type FinalSheet =
  | { readonly kept: number }
  | { readonly added: { readonly name: string; readonly sheetId: number; readonly relationshipId: string; readonly visibility: Visibility } };

/** A defined name to add, local to the sheet at `sheetIndex` of the final order. */
export interface NewDefinedName {
  readonly name: string;
  readonly sheetIndex: number;
  readonly formula: string;
  readonly hidden?: boolean;
}

export interface WorkbookEdit {
  readonly sheets: readonly FinalSheet[];
  readonly definedNames: readonly NewDefinedName[];
  /** The final position of the tab to show, when it changes; undefined keeps the view as it was. */
  readonly activeTab?: number;
}

/** Where `<definedNames>` goes when the workbook has none: before the first element that follows it in CT_Workbook. */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

function startTag(text: string, element: XmlElement): string {
  return text.slice(element.start, element.openEnd);
}

function sheetElement(workbook: WorkbookPart, added: Extract<FinalSheet, { added: unknown }>['added']): string {
  const prefix = workbook.sheetsElement.prefix ? `${workbook.sheetsElement.prefix}:` : '';
  const bound = prefixOf(workbook.root, OFFICE_RELATIONSHIPS);
  const id = bound ? `${bound}:id="${escapeAttribute(added.relationshipId)}"` : `xmlns:r="${OFFICE_RELATIONSHIPS}" r:id="${escapeAttribute(added.relationshipId)}"`;
  const state = added.visibility === 'visible' ? '' : ` state="${added.visibility}"`;
  return `<${prefix}sheet name="${escapeAttribute(added.name)}" sheetId="${added.sheetId}"${state} ${id}/>`;
}

function sheetsEdit(workbook: WorkbookPart, sheets: readonly FinalSheet[]): TextEdit {
  const content = sheets.map((sheet) => ('kept' in sheet ? workbook.text.slice(workbook.sheets[sheet.kept].element.start, workbook.sheets[sheet.kept].element.end) : sheetElement(workbook, sheet.added))).join('');
  const element = workbook.sheetsElement;
  if (element.selfClosing) {
    const open = workbook.text.slice(element.start, element.openEnd - 2);
    return { start: element.start, end: element.end, text: `${open}>${content}</${element.qname}>` };
  }
  return { start: element.openEnd, end: element.closeStart, text: content };
}

/**
 * Defined names: those local to a removed sheet go, the others follow their sheet to its new
 * position (`localSheetId` is a position in `<sheets>`), and the new ones are appended.
 */
function definedNameEdits(workbook: WorkbookPart, newIndex: ReadonlyMap<number, number>, added: readonly NewDefinedName[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const name of workbook.definedNames) {
    if (name.localSheetId === undefined) continue;
    const position = newIndex.get(name.localSheetId);
    if (position === undefined) edits.push({ start: name.element.start, end: name.element.end, text: '' });
    else if (position !== name.localSheetId) {
      edits.push({ start: name.element.start, end: name.element.openEnd, text: withAttribute(startTag(workbook.text, name.element), 'localSheetId', String(position)) });
    }
  }
  if (added.length === 0) return edits;
  const container = workbook.definedNamesElement;
  const prefix = (container ?? workbook.sheetsElement).prefix;
  const p = prefix ? `${prefix}:` : '';
  const names = added
    .map((name) => `<${p}definedName name="${escapeAttribute(name.name)}" localSheetId="${name.sheetIndex}"${name.hidden ? ' hidden="1"' : ''}>${escapeText(name.formula)}</${p}definedName>`)
    .join('');
  if (container && !container.selfClosing) return [...edits, insertAt(container.closeStart, names)];
  if (container) return [...edits, { start: container.start, end: container.end, text: `${workbook.text.slice(container.start, container.openEnd - 2)}>${names}</${container.qname}>` }];
  const next = workbook.root.children.find((each) => AFTER_DEFINED_NAMES.includes(each.name));
  return [...edits, insertAt(next ? next.start : workbook.root.closeStart, `<${p}definedNames>${names}</${p}definedNames>`)];
}

/** The first workbook view's active and first tab, moved with their sheets. */
function viewEdit(workbook: WorkbookPart, newIndex: ReadonlyMap<number, number>, sheetCount: number, activeTab: number | undefined): TextEdit[] {
  const view = workbook.view;
  if (!view) return [];
  const oldActive = Number(view.attributes.get('activeTab') ?? 0);
  const active = Math.min(activeTab ?? newIndex.get(oldActive) ?? 0, Math.max(sheetCount - 1, 0));
  const oldFirst = view.attributes.get('firstSheet');
  const first = oldFirst === undefined ? undefined : Math.min(newIndex.get(Number(oldFirst)) ?? active, active);
  let tag = startTag(workbook.text, view);
  tag = withAttribute(tag, 'activeTab', active === 0 && view.attributes.get('activeTab') === undefined ? undefined : String(active));
  if (first !== undefined) tag = withAttribute(tag, 'firstSheet', String(first));
  return tag === startTag(workbook.text, view) ? [] : [{ start: view.start, end: view.openEnd, text: tag }];
}

/**
 * The workbook part after the write: the sheets in their new order (kept ones exactly as
 * written), defined names renumbered and appended, the view following its tabs. Nothing else
 * of the part changes.
 */
export function editedWorkbook(workbook: WorkbookPart, edit: WorkbookEdit): string {
  const newIndex = new Map<number, number>();
  edit.sheets.forEach((sheet, position) => {
    if ('kept' in sheet) newIndex.set(sheet.kept, position);
  });
  return spliced(workbook.text, [
    ...viewEdit(workbook, newIndex, edit.sheets.length, edit.activeTab),
    sheetsEdit(workbook, edit.sheets),
    ...definedNameEdits(workbook, newIndex, edit.definedNames),
  ]);
}
