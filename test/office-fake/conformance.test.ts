import { readFileSync } from 'fs';
import { join } from 'path';
import type { Access, ApiMember } from '../../src/adapters/office/fake/requirement-sets';
import { EXCEL_API_MEMBERS } from '../../src/adapters/office/fake/requirement-sets/table.generated';
import { adapterFlows } from './adapter-flows';
import { HOSTS } from './hosts';

const ACCESSES: readonly Access[] = ['read', 'write', 'call'];

interface DocumentedMember {
  readonly uses: readonly string[];
  readonly set: string;
}

/** The rows of the Excel API table of docs/office-js-conformance.md, by member. */
function documentedMembers(): Map<string, DocumentedMember> {
  const text = readFileSync(join(__dirname, '..', '..', 'docs', 'office-js-conformance.md'), 'utf8');
  const section = text.slice(text.indexOf('## Members of the Excel API'), text.indexOf('## The common Office API'));
  const rows = new Map<string, DocumentedMember>();
  for (const line of section.split('\n')) {
    const cells = line.split(' | ');
    const member = /^\| `([\w$]+\.[\w$]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!member) continue;
    rows.set(member, { uses: cells[1].split(', '), set: cells[2] });
  }
  return rows;
}

/** The set column as the table derived from the typings gives it for these uses. */
function setOf(member: ApiMember, uses: readonly Access[]): string {
  const entry = EXCEL_API_MEMBERS[member] as Partial<Record<Access, string>>;
  const versions = uses.map((use) => entry[use]);
  if (new Set(versions).size === 1) return `ExcelApi ${versions[0]}`;
  return `ExcelApi ${uses.map((use, index) => `${versions[index]} (${use})`).join(', ')}`;
}

describe('the conformance table (docs/office-js-conformance.md)', () => {
  let used: Map<ApiMember, Set<Access>>;
  const documented = documentedMembers();

  beforeAll(async () => {
    used = new Map();
    for (const host of [HOSTS[0], HOSTS[HOSTS.length - 1]]) {
      for (const [member, accesses] of await adapterFlows(host)) {
        const known = used.get(member) ?? new Set<Access>();
        accesses.forEach((access) => known.add(access));
        used.set(member, known);
      }
    }
  }, 120_000);

  it('has a row for every member the add-in calls, with every way it uses it', () => {
    const missing = [...used].flatMap(([member, accesses]) => {
      const row = documented.get(member);
      return [...accesses].filter((access) => !row?.uses.includes(access)).map((access) => `${member} (${access})`);
    });
    expect(missing).toEqual([]);
  });

  it('lists no member, and no use, the add-in no longer has', () => {
    const stale = [...documented].flatMap(([member, row]) =>
      row.uses.filter((use) => !used.get(member as ApiMember)?.has(use as Access)).map((use) => `${member} (${use})`),
    );
    expect(stale).toEqual([]);
  });

  it('gives each member the requirement set its typings annotation gives', () => {
    const wrong = [...documented].filter(([member, row]) => {
      const uses = ACCESSES.filter((access) => row.uses.includes(access));
      return row.set !== setOf(member as ApiMember, uses);
    });
    expect(wrong.map(([member, row]) => `${member}: ${row.set}`)).toEqual([]);
  });

  it('covers a hundred members, the ExcelApi 1.9 ones among them', () => {
    expect(documented.size).toBeGreaterThan(100);
    expect([...documented.values()].filter((row) => row.set === 'ExcelApi 1.9').length).toBeGreaterThanOrEqual(20);
  });
});
