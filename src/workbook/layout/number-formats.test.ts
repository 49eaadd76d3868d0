import { moneyFormat, pointsFormat, signedPointsFormat } from './number-formats';

describe('number formats', () => {
  it('shows whole points without decimals, and two at most once any value is fractional', () => {
    expect(pointsFormat([80, 68, 0])).toBe('0');
    expect(pointsFormat([80, 79.5])).toBe('0.0#');
    expect(pointsFormat([])).toBe('0');
  });

  it('signs points that move the score', () => {
    expect(signedPointsFormat([-5, 5])).toBe('+0;-0;0');
    expect(signedPointsFormat([-2.5])).toBe('+0.0#;-0.0#;0');
  });

  it('groups money by thousands, with cents only when some amount has them', () => {
    expect(moneyFormat([-300, 1500])).toBe('#,##0;-#,##0;0');
    expect(moneyFormat([-2.5])).toBe('#,##0.00;-#,##0.00;0');
  });
});
