import type { CellStyle, ConditionalFormat } from '../sheet-spec';

/** The house look of every generated sheet: one place, so the tabs and templates match. */
export const titleStyle: CellStyle = { bold: true, fontSize: 14 };

export const provenanceStyle: CellStyle = { italic: true, fontColor: '#595959' };

export const headerStyle: CellStyle = {
  bold: true,
  fill: '#D9E1F2',
  border: 'bottom',
  borderColor: '#1F4E78',
  horizontal: 'center',
  vertical: 'middle',
};

/** The header of a generated table: headers may break over two lines (`Attendance\ndeductions`). */
export const tableHeaderStyle: CellStyle = { ...headerStyle, wrap: true };

export const sectionStyle: CellStyle = { bold: true, fontSize: 12 };

export const voidedStyle: CellStyle = { fontColor: '#808080', italic: true, strike: true };

export const tabColors = { scorecard: '#1F4E78', details: '#5B9BD5', policy: '#70AD47', input: '#A5A5A5' } as const;

export const dataBarColor = '#5B9BD5';

interface GradeColour {
  readonly fill: string;
  readonly fontColor: string;
}

/** A green, B light green, C yellow, D orange, E light red; the fallback grade (F) red. */
const bandColours: readonly GradeColour[] = [
  { fill: '#63BE7B', fontColor: '#003300' },
  { fill: '#C6EFCE', fontColor: '#006100' },
  { fill: '#FFEB9C', fontColor: '#7F6000' },
  { fill: '#F8CBAD', fontColor: '#843C0C' },
  { fill: '#FFC7CE', fontColor: '#9C0006' },
];
const fallbackColour: GradeColour = { fill: '#C00000', fontColor: '#FFFFFF' };

/** The colour of the band at `index` (best first); bands beyond the palette share its last colour. */
export function gradeColour(index: number, isFallback: boolean): GradeColour {
  if (isFallback) return fallbackColour;
  return bandColours[Math.min(index, bandColours.length - 1)];
}

/**
 * Each grade's colour on the cells of `range` that hold it, `grades` best first; the grade
 * named `fallback` (F) gets the fallback's red, wherever it sits in the list.
 */
export function gradeFormats(range: string, grades: readonly string[], fallback: string): ConditionalFormat[] {
  return grades.map((grade, index) => ({ kind: 'textEquals', range, text: grade, style: gradeColour(index, grade === fallback) }));
}

export const lowScoreStyle = { fontColor: '#C00000', bold: true } as const;
