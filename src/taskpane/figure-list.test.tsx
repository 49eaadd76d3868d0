import { renderToStaticMarkup } from 'react-dom/server';
import { FigureList } from './figure-list';

describe('FigureList', () => {
  it('pairs each term with its value, in the order given', () => {
    const markup = renderToStaticMarkup(
      <FigureList
        figures={[
          { term: 'Employees scored', value: 12 },
          { term: 'Awards, total', value: '+50' },
        ]}
      />,
    );
    expect(markup.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toBe('|Employees scored|12|Awards, total|+50|');
    expect(markup.match(/<dt/g)).toHaveLength(2);
    expect(markup.match(/<dd/g)).toHaveLength(2);
  });

  it('puts the test id on the value, and none where none is given', () => {
    const markup = renderToStaticMarkup(<FigureList figures={[{ term: 'Employees scored', value: 12, testId: 'headcount' }, { term: 'Awards, total', value: '+50' }]} />);
    expect(markup).toMatch(/<dd[^>]*data-testid="headcount"[^>]*>12<\/dd>/);
    expect(markup.match(/data-testid/g)).toHaveLength(1);
  });
});
