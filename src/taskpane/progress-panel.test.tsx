import { renderToStaticMarkup } from 'react-dom/server';
import { ProgressPanel } from './progress-panel';
import { paneStrings } from './strings';

describe('ProgressPanel', () => {
  it('shows nothing when no compute runs', () => {
    expect(renderToStaticMarkup(<ProgressPanel strings={paneStrings('en')} />)).toBe('');
  });

  it('shows the step under way as a bar with its name', () => {
    const markup = renderToStaticMarkup(<ProgressPanel strings={paneStrings('en')} step="computing" />);
    expect(markup).toContain('role="progressbar"');
    expect(markup).toContain('aria-valuenow="0.5"');
    expect(markup).toContain('Step 3 of 4: Computing the scores');
  });
});
