/**
 * Bar colours by grade, best first, in the hues of the scorecard tab's grade cells (green, light
 * green, yellow, orange, light red; the fallback grade red) but dark enough for a 3:1 contrast
 * with the white pane (WCAG 1.4.11, graphics). Extra bands share the last band colour.
 */
const bandColors = ['#217346', '#4E8C2E', '#A67C00', '#C55A11', '#D13438'];
const fallbackColor = '#A4262C';

export function gradeColor(position: number, isFallback: boolean): string {
  return isFallback ? fallbackColor : bandColors[Math.min(position, bandColors.length - 1)];
}
