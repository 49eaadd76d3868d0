import { defaultCatalog } from './default-policy';
import type { CatalogEntry, Policy, ShiftDefinition } from './policy';
import { shiftLookup, type ShiftMatch } from './shift-lookup';

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
  const entries = new Map(policy.catalog.map((entry) => [normalizedCode(entry.code), entry]));
  const fallbacks = new Map(defaultCatalog.map((entry) => [entry.code, entry]));
  const shifts = new Map(policy.shifts.map((shift) => [normalizedCode(shift.code), shift]));
  const shiftFor = shiftLookup(policy.shifts);
  return {
    policy,
    entry: (code) => entries.get(code) ?? entries.get(normalizedCode(code)),
    wired: (code) => {
      const entry = entries.get(code) ?? fallbacks.get(code);
      if (entry === undefined) throw new Error(`No catalog entry for rule code ${code}`);
      return entry;
    },
    shift: (code) => shifts.get(code) ?? shifts.get(normalizedCode(code)),
    shiftFor,
  };
}
