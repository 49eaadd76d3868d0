import { goToLatestScorecard } from '../../src/commands/go-to-latest';
import type { Access, ApiMember } from '../../src/adapters/office/fake/requirement-sets';
import type { FakeOffice } from '../../src/adapters/office/fake';
import { createOfficeHost, type OfficeGlobals } from '../../src/adapters/office/office-host';
import { renderPlan } from '../../src/adapters/office/render-plan';
import { computeWorkbook, templateWritePlan } from '../../src/workbook/pipeline';
import { sampleWorkbookPlan } from '../../src/workbook/sample/sample-plan';
import type { WritePlan } from '../../src/workbook/sheet-spec';
import { capabilitiesOf, fakeExcel, HOSTS } from './hosts';
import { scalePlan } from './scale-plan';

const generatedAt = new Date(Date.UTC(2026, 11, 1, 9));

/** Runs `flow` and swallows the failure it provokes on purpose. */
async function failing(flow: () => Promise<unknown>): Promise<void> {
  await flow().catch(() => undefined);
}

/**
 * Everything the add-in does through Office.js, on one host: the pane's reads (first, again, in
 * blocks, of a 1904 workbook), Compute and recompute, the templates, a write of every kind of
 * format, a write that fails and is put back, one that fails at its last delete and is finished,
 * a protected workbook, Go to, showing a tab, and the ribbon command. Returns what each fake
 * recorded as used.
 */
export async function adapterFlows(host: (typeof HOSTS)[number]): Promise<Map<ApiMember, Set<Access>>> {
  const offices: FakeOffice[] = [];
  const office = (options: Parameters<typeof fakeExcel>[1] = {}) => {
    const created = fakeExcel(host, options);
    offices.push(created);
    return created;
  };
  const hostOf = (fake: FakeOffice) => createOfficeHost(fake as unknown as OfficeGlobals);

  // The pane: templates, Compute twice (a recompute replaces the very hidden history), Go to, a tab.
  const team = office({ workbook: { sheets: [{ name: 'Sheet1' }] } });
  const pane = hostOf(team);
  await pane.renderPlan(sampleWorkbookPlan({ employees: 20, months: ['2026-11'], seed: 7, lang: 'zh' }));
  await pane.renderPlan(templateWritePlan(await pane.readGrids(), 'zh'));
  for (let time = 0; time < 2; time++) await pane.renderPlan(computeWorkbook(await pane.readGrids(), { month: '2026-11', generatedAt }).plan as WritePlan);
  await pane.selectCell('考勤', 'C3');
  await pane.activateSheet('考核 2026-11');
  await goToLatestScorecard(team.Excel.run as never)({ completed: () => undefined });

  // Every kind of format, replacing last run's tabs; then the same write failing and put back, or finished.
  const existing = { workbook: { sheets: [{ name: '员工' }, { name: '考核 2026-11' }, { name: '明细 2026-11' }] } };
  await hostOf(office(existing)).renderPlan(scalePlan(40));
  const rolledBack = office(existing);
  rolledBack.failOnOperation('.delete()');
  await failing(() => hostOf(rolledBack).renderPlan(scalePlan(40)));
  const finished = office(existing);
  finished.failOnSync(2, { afterOperations: 1_000_000 });
  await failing(() => hostOf(finished).renderPlan(scalePlan(40)));

  // What no month's layout asks for today but any SheetSpec may: columns frozen alone, a print area.
  await hostOf(office(existing)).renderPlan({
    sheets: [
      {
        name: 'Frozen columns',
        visibility: 'visible',
        columns: [{ width: 10 }, { width: 10 }],
        rows: [['a', 1], ['b', 2]],
        styles: [],
        merges: [],
        conditionalFormats: [],
        hyperlinks: [],
        freeze: { rows: 0, columns: 1 },
        print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, printArea: 'A1:B2' },
      },
    ],
    remove: [],
  });

  // A write too large for one request: the requests before the last suspend calculation.
  await (async () => {
    const big = office(existing);
    await big.Excel.run((context) => renderPlan(context as unknown as Excel.RequestContext, scalePlan(200), { capabilities: capabilitiesOf(host), budgetBytes: 100_000 }));
  })();

  // Reads: a 1904 workbook, answers too big for one request (read in blocks), and a protected workbook.
  const rows = Array.from({ length: 800 }, (_, i) => [`row ${i}`, i, `note ${'x'.repeat(30)}`]);
  await hostOf(office({ workbook: { sheets: [{ name: '考勤', rows }], date1904: true }, responseLimitBytes: 8_000 })).readGrids();
  await failing(() => hostOf(office({ workbook: { sheets: [{ name: '员工' }], protectedStructure: true } })).renderPlan(scalePlan(2)));

  const used = new Map<ApiMember, Set<Access>>();
  for (const fake of offices) {
    for (const [member, accesses] of fake.engine.membersUsed) {
      const known = used.get(member) ?? new Set<Access>();
      accesses.forEach((access) => known.add(access));
      used.set(member, known);
    }
  }
  return used;
}
