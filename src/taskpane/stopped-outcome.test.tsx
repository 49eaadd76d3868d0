import { renderToStaticMarkup } from 'react-dom/server';
import { StoppedOutcome } from './stopped-outcome';
import { paneStrings } from './strings';

const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ').trim();

describe('StoppedOutcome', () => {
  it('says that a structure-protected workbook was left as it was, as a warning found by its test id', () => {
    for (const lang of ['zh', 'en'] as const) {
      const markup = renderToStaticMarkup(<StoppedOutcome stopped={{ kind: 'protected' }} strings={paneStrings(lang)} />);
      expect(markup).toContain('data-testid="workbook-protected"');
      expect(text(markup)).toBe(paneStrings(lang).workbookProtected);
    }
  });

  it('shows an unexpected failure with its message, and not as a protected workbook', () => {
    const strings = paneStrings('en');
    const markup = renderToStaticMarkup(<StoppedOutcome stopped={{ kind: 'failed', message: 'the disk is full' }} strings={strings} />);
    expect(text(markup)).toBe(strings.unexpectedFailure('the disk is full'));
    expect(markup).not.toContain('workbook-protected');
  });
});
