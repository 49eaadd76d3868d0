import { useCallback, useState } from 'react';
import type { Month } from '../engine/calendar';
import type { Lang } from '../i18n/lang';
import { WorkbookProtected } from '../adapters/office/write-errors';
import { describeFailure } from './compute-run';
import type { Host } from './host';

/** Why adding the templates failed: a protected workbook, or anything else with its message. */
export type TemplatesFailure = { readonly kind: 'protected' } | { readonly kind: 'failed'; readonly message: string };

/** Adds the missing input and policy sheets; existing sheets are never touched (the plan names only missing ones). */
export function useTemplates(host: Host) {
  const [creating, setCreating] = useState(false);

  /** Resolves to undefined when done, or the reason it failed; with `timeClockMonth`, also the Punches sheet and that month's schedule. */
  const create = useCallback(
    async (lang: Lang, timeClockMonth?: Month): Promise<TemplatesFailure | undefined> => {
      setCreating(true);
      try {
        await host.addTemplates(lang, timeClockMonth);
        return undefined;
      } catch (error) {
        if (error instanceof WorkbookProtected) return { kind: 'protected' };
        return { kind: 'failed', message: describeFailure(error) };
      } finally {
        setCreating(false);
      }
    },
    [host],
  );

  return { creating, create };
}
