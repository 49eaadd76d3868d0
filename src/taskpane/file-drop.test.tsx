import { renderToStaticMarkup } from 'react-dom/server';
import { FileDrop } from './file-drop';
import { paneStrings } from './strings';

function render(fileName?: string): string {
  return renderToStaticMarkup(
    <FileDrop strings={paneStrings('en')} busy={false} fileName={fileName} onFile={() => undefined} onStartEmpty={() => undefined} />,
  );
}

describe('FileDrop', () => {
  it('takes .xlsx files through a labelled file input', () => {
    const markup = render();
    expect(markup).toMatch(/<input[^>]*type="file"/);
    expect(markup).toContain('accept=".xlsx,.xlsm,.xltx,.xltm"');
    expect(markup).toContain('aria-label="Choose a file"');
  });

  it('names the workbook open now, and nothing before one is open', () => {
    expect(render('team.xlsx')).toContain('Open now: team.xlsx');
    expect(render()).not.toContain('Open now');
  });
});
