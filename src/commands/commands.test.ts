import { createFakeOffice, installFakeOffice } from '../adapters/office/fake';
import { commandNames, registerCommands } from './commands';
import { goToLatestScorecard } from './go-to-latest';

function runOf(office: ReturnType<typeof createFakeOffice>) {
  return office.Excel.run as unknown as Parameters<typeof goToLatestScorecard>[0];
}

describe('the Latest scorecard command', () => {
  it('shows the most recent visible scorecard tab and completes the event', async () => {
    const office = createFakeOffice({
      workbook: { sheets: [{ name: '员工' }, { name: '考核 2026-10' }, { name: '考核 2026-11' }, { name: '明细 2026-11' }] },
    });
    const completed = jest.fn();
    await goToLatestScorecard(runOf(office))({ completed });
    expect(office.snapshot().activeSheet).toBe('考核 2026-11');
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('passes over a hidden scorecard tab', async () => {
    const office = createFakeOffice({
      workbook: { sheets: [{ name: 'Employees' }, { name: 'Scorecard 2026-10' }, { name: 'Scorecard 2026-11', visibility: 'hidden' }] },
    });
    await goToLatestScorecard(runOf(office))({ completed: () => undefined });
    expect(office.snapshot().activeSheet).toBe('Scorecard 2026-10');
  });

  it('leaves a workbook without scorecards as it is, and still completes the event', async () => {
    const office = createFakeOffice({ workbook: { sheets: [{ name: 'Employees' }, { name: 'Notes' }], activeSheet: 'Notes' } });
    const completed = jest.fn();
    await goToLatestScorecard(runOf(office))({ completed });
    expect(office.snapshot().activeSheet).toBe('Notes');
    expect(office.syncCount()).toBe(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('completes the event even when Excel fails', async () => {
    const office = createFakeOffice();
    office.failOnSync(1);
    const completed = jest.fn();
    await goToLatestScorecard(runOf(office))({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe('registerCommands', () => {
  it('associates each ribbon function with Office once it is ready, and names it on the page', () => {
    const scope: Record<string, unknown> = {};
    const office = installFakeOffice(scope);
    registerCommands(scope);
    expect([...office.actions.keys()]).toEqual([commandNames.goToLatestScorecard]);
    expect(typeof scope[commandNames.goToLatestScorecard]).toBe('function');
  });

  it('does nothing on a page without Office.js', () => {
    const scope: Record<string, unknown> = {};
    registerCommands(scope);
    expect(scope).toEqual({});
  });
});
