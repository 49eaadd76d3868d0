/**
 * Bar colours by grade, good to bad, all dark enough for white-background contrast ≥ 3:1
 * (WCAG 1.4.11 for graphics). Grades beyond the list (a policy with more bands) reuse the last.
 */
const palette = ['#107C10', '#0F6CBD', '#5C2E91', '#C19C00', '#CA5010', '#C50F1F'];

export function gradeColor(position: number): string {
  return palette[Math.min(position, palette.length - 1)];
}
