import type { PackageProblem } from '../adapters/xlsx-package/package-error';
import type { Month } from '../engine/calendar';
import type { Period } from '../engine/period';
import type { Lang } from '../i18n/lang';
import type { ComputeMode, ShownComputeReport } from './compute-run';
import type { ComputeStep } from './compute-steps';

/** What the page asks of the workbook worker; each request carries an id its answer repeats. */
export type SessionRequest =
  | { readonly id: number; readonly kind: 'open'; readonly bytes: Uint8Array; readonly name: string; readonly lang: Lang }
  | { readonly id: number; readonly kind: 'startEmpty'; readonly name: string; readonly lang: Lang }
  | { readonly id: number; readonly kind: 'inspect'; readonly month: Month }
  | { readonly id: number; readonly kind: 'compute'; readonly month: Month; readonly mode: ComputeMode }
  | { readonly id: number; readonly kind: 'rollup'; readonly period: Period }
  | { readonly id: number; readonly kind: 'addTemplates'; readonly lang: Lang; readonly timeClockMonth?: Month }
  | { readonly id: number; readonly kind: 'bytes' }
  /** The user's answer to the replace question of the compute `id`; it has no answer of its own. */
  | { readonly id: number; readonly kind: 'replace'; readonly replace: boolean };

/** Why a request failed, in a form that survives the trip between threads (an Error's class does not). */
export interface SessionFailure {
  readonly problem?: PackageProblem;
  readonly detail?: string;
  /** The workbook's structure is protected (WorkbookProtected). */
  readonly protected?: boolean;
  readonly message: string;
}

export type SessionAnswer =
  | { readonly id: number; readonly kind: 'done'; readonly value: unknown }
  | ({ readonly id: number; readonly kind: 'failed' } & SessionFailure)
  /** A compute reached `step`: for the progress bar. */
  | { readonly id: number; readonly kind: 'step'; readonly step: ComputeStep }
  /** A compute asks whether to replace the month's tabs; nothing is written until a `replace` request answers. */
  | { readonly id: number; readonly kind: 'confirm'; readonly tabs: readonly string[]; readonly report: ShownComputeReport };
