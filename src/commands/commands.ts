import { goToLatestScorecard } from './go-to-latest';

/** The function names the manifest's ExecuteFunction buttons call. */
export const commandNames = { goToLatestScorecard: 'goToLatestScorecard' } as const;

interface CommandHost {
  readonly Office?: { readonly onReady: (callback: () => void) => unknown; readonly actions?: { readonly associate: (name: string, action: (event: never) => unknown) => void } };
  readonly Excel?: { readonly run: Parameters<typeof goToLatestScorecard>[0] };
}

/**
 * Registers the ribbon commands once Office is ready: with `Office.actions.associate`, and as a
 * global function of the same name for Office builds that look commands up on the page.
 */
export function registerCommands(scope: CommandHost & Record<string, unknown>): void {
  const { Office: office, Excel: excel } = scope;
  if (!office || !excel) return;
  office.onReady(() => {
    const action = goToLatestScorecard(excel.run);
    office.actions?.associate(commandNames.goToLatestScorecard, action);
    scope[commandNames.goToLatestScorecard] = action;
  });
}

registerCommands(globalThis as unknown as CommandHost & Record<string, unknown>);
