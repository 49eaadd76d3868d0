import { defaultPolicy } from '../../engine/default-policy';
import type { Issue } from '../../engine/issues';
import type { Policy } from '../../engine/policy';
import type { WorkbookGrids } from '../grid';
import { readCatalog } from './read-catalog';
import { readParameters } from './read-parameters';
import { readAward, readGrades, readLateTiers } from './read-tables';
import { openPolicySheet } from './policy-cells';
import { findSheet } from '../read/find-sheet';
import {
  awardSheet,
  catalogSheet,
  gradesSheet,
  lateTiersSheet,
  parametersSheet,
  policySheetDefinitions,
} from './policy-sheet-definitions';

export interface PolicyRead {
  readonly policy: Policy;
  /** Errors at their cells; any of them means the month may not be computed. */
  readonly issues: Issue[];
  /** Whether the workbook has any policy sheet (otherwise the defaults apply throughout). */
  readonly present: boolean;
}

/**
 * The policy in force (SPEC §2 Policy): the defaults, overridden by whatever the workbook's
 * policy sheets hold. A sheet that is absent leaves its part of the policy at the defaults.
 * Shifts are an input sheet and are read with the others.
 */
export function readPolicy(grids: WorkbookGrids): PolicyRead {
  const issues: Issue[] = [];
  let policy: Policy = defaultPolicy;
  const [parameters, catalog, grades, lateTiers, award] = [parametersSheet, catalogSheet, gradesSheet, lateTiersSheet, awardSheet].map(
    (definition) => openPolicySheet(grids, definition, issues),
  );

  if (parameters) policy = readParameters(parameters, policy);
  if (catalog) policy = { ...policy, catalog: readCatalog(catalog) };
  const gradesRead = grades && readGrades(grades);
  if (gradesRead) policy = { ...policy, grades: gradesRead };
  const tiers = lateTiers && readLateTiers(lateTiers, policy.catalog);
  if (tiers) policy = { ...policy, attendance: { ...policy.attendance, lateTiers: tiers } };
  const amounts = award && readAward(award);
  if (amounts) policy = { ...policy, award: { amounts } };

  const present = policySheetDefinitions.some((definition) => findSheet(grids, definition) !== undefined);
  return { policy, issues, present };
}
