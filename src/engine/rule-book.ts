import { defaultCatalog } from './default-policy';
import type { CatalogEntry, Policy, ShiftDefinition } from './policy';
import { keepAsLatest } from './latest-instance';
import { ShiftLookup, type ShiftMatch } from './shift-lookup';

/**
 * The policy indexed for the rules: catalog codes and shift codes looked up in constant time
 * (SPEC §2 shifts table, §3.3 catalog). Codes match trimmed and case-insensitively, so a
 * supervisor's `l04` is the catalog's `L04`.
 */
export interface RuleBook {
  readonly policy: Policy;
  entry(code: string): CatalogEntry | undefined;
  /** A code the rules rely on (`RuleCode`); the regulation's entry when a custom catalog lacks it. */
  wired(code: string): CatalogEntry;
  shift(code: string): ShiftDefinition | undefined;
  /** The shift a cell names by code, by a name no other shift has, or by name and times (SPEC §2). */
  shiftFor(text: string): ShiftMatch;
}

export function normalizedCode(code: string): string {
  return code.trim().toUpperCase();
}

export function ruleBookFor(policy: Policy): RuleBook {
  return new PolicyBook(policy);
}

/**
 * The rule book as a class, not an object of closures: the rules call its methods for every
 * row, and methods of a class outlive each compute where a compute's own closures would not,
 * so the optimised code that calls them survives garbage collection (see `keepAsLatest`).
 */
class PolicyBook implements RuleBook {
  private readonly entries: Map<string, CatalogEntry>;
  private readonly fallbacks: Map<string, CatalogEntry>;
  private readonly shifts: Map<string, ShiftDefinition>;
  private readonly shiftLookup: ShiftLookup;

  constructor(readonly policy: Policy) {
    this.entries = new Map(policy.catalog.map((entry) => [normalizedCode(entry.code), entry]));
    this.fallbacks = new Map(defaultCatalog.map((entry) => [entry.code, entry]));
    this.shifts = new Map(policy.shifts.map((shift) => [normalizedCode(shift.code), shift]));
    this.shiftLookup = new ShiftLookup(policy.shifts);
    keepAsLatest(this);
  }

  entry(code: string): CatalogEntry | undefined {
    return this.entries.get(code) ?? this.entries.get(normalizedCode(code));
  }

  wired(code: string): CatalogEntry {
    const entry = this.entries.get(code) ?? this.fallbacks.get(code);
    if (entry === undefined) throw new Error(`No catalog entry for rule code ${code}`);
    return entry;
  }

  shift(code: string): ShiftDefinition | undefined {
    return this.shifts.get(code) ?? this.shifts.get(normalizedCode(code));
  }

  shiftFor(text: string): ShiftMatch {
    return this.shiftLookup.match(text);
  }
}
