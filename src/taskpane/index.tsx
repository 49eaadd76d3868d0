import { createRoot } from 'react-dom/client';
import { App } from './app';
import { browserHost } from './browser-host';
import { excelHost } from './excel-host';
import type { Host } from './host';
import { workerSession } from './worker-session';
import { langForDisplayLanguage } from './strings';

/**
 * Office.js is loaded by a script tag before this bundle. Inside Excel, `Office.onReady`
 * reports the Excel host; in a plain browser it reports none, or `Office` is not defined at
 * all when the script could not load (offline): then the pane works on files instead.
 */
async function chooseHost(): Promise<Host> {
  if (typeof Office !== 'undefined') {
    const info = await Office.onReady();
    if (info.host === Office.HostType.Excel) return excelHost(langForDisplayLanguage(Office.context.displayLanguage));
  }
  // The package work runs in a worker, so the page keeps answering while a large file is read or written.
  return browserHost(langForDisplayLanguage(navigator.language), workerSession);
}

const container = document.getElementById('root');
if (container) {
  void chooseHost().then((host) => createRoot(container).render(<App host={host} />));
}
