import type { Visibility } from '../../../workbook/grid';
import { child, children, namespacedAttribute, parseXml, textOf, type XmlElement } from '../xml/xml-tree';

const OFFICE_RELATIONSHIPS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  readonly visibility: Visibility;
  readonly element: XmlElement;
}

export interface DefinedName {
  readonly name: string;
  /** 0-based position of the sheet it belongs to in `<sheets>`, when local. */
  readonly localSheetId?: number;
  readonly formula: string;
  readonly element: XmlElement;
}

/** `workbook.xml`, parsed, with its text for splicing. */
export interface WorkbookPart {
  readonly text: string;
  readonly root: XmlElement;
  readonly sheets: readonly WorkbookSheet[];
  readonly sheetsElement: XmlElement;
  readonly definedNames: readonly DefinedName[];
  readonly definedNamesElement?: XmlElement;
  readonly date1904: boolean;
  /** `workbookProtection lockStructure`: no sheet may be added, removed or moved. */
  readonly structureLocked: boolean;
  /** The first workbook view: which tab is active and which is the first shown. */
  readonly view?: XmlElement;
}

const isTrue = (value: string | undefined): boolean => value === '1' || value === 'true';

function visibilityOf(state: string | undefined): Visibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

function relationshipIdOf(root: XmlElement, sheet: XmlElement): string {
  for (const namespace of OFFICE_RELATIONSHIPS) {
    const id = namespacedAttribute(root, sheet, namespace, 'id');
    if (id !== undefined) return id;
  }
  return sheet.attributes.get('r:id') ?? '';
}

export function parseWorkbookPart(text: string): WorkbookPart {
  const root = parseXml(text);
  const sheetsElement = child(root, 'sheets');
  if (!sheetsElement) throw new SyntaxError('the workbook lists no sheets');
  const sheets = children(sheetsElement, 'sheet').map(
    (element): WorkbookSheet => ({
      name: element.attributes.get('name') ?? '',
      sheetId: Number(element.attributes.get('sheetId') ?? 0),
      relationshipId: relationshipIdOf(root, element),
      visibility: visibilityOf(element.attributes.get('state')),
      element,
    }),
  );
  const definedNamesElement = child(root, 'definedNames');
  const definedNames = (definedNamesElement ? children(definedNamesElement, 'definedName') : []).map((element): DefinedName => {
    const local = element.attributes.get('localSheetId');
    return { name: element.attributes.get('name') ?? '', ...(local !== undefined ? { localSheetId: Number(local) } : {}), formula: textOf(text, element), element };
  });
  const properties = child(root, 'workbookPr');
  const protection = child(root, 'workbookProtection');
  const views = child(root, 'bookViews');
  return {
    text,
    root,
    sheets,
    sheetsElement,
    definedNames,
    definedNamesElement,
    date1904: isTrue(properties?.attributes.get('date1904')),
    structureLocked: isTrue(protection?.attributes.get('lockStructure')),
    view: views ? child(views, 'workbookView') : undefined,
  };
}
