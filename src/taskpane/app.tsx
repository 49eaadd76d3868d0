import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Month } from '../engine/calendar';
import type { Lang } from '../i18n/lang';
import { announcement } from './announcement';
import { ComputeButton } from './compute-button';
import { isBusy } from './compute-flow';
import { describeFailure, type ComputeMode } from './compute-run';
import { ConfirmReplaceDialog } from './confirm-replace-dialog';
import { DownloadButton, saveBlob } from './download-button';
import { FileDrop } from './file-drop';
import { isBrowserHost, type Host } from './host';
import { LanguageSwitch } from './language-switch';
import { LiveRegion } from './live-region';
import { defaultMonth, monthChoices } from './month-choices';
import { MonthPicker } from './month-picker';
import { OutcomePanel } from './outcome-panel';
import { defaultPeriod, periodChoices } from './period-choices';
import { PeriodSection } from './period-section';
import { rollupAnnouncement } from './rollup-announcement';
import { useRollup } from './use-rollup';
import { ProgressPanel } from './progress-panel';
import { SheetStatus } from './sheet-status';
import { paneStrings, type PaneStrings } from './strings';
import { isWorkbookName } from './workbook-kinds';
import { useCompute } from './use-compute';
import { useInspection } from './use-inspection';
import { templateLanguage } from './template-language';
import { useTemplates } from './use-templates';

interface AppProps {
  readonly host: Host;
  /** Today, for the default month; fixed in tests. */
  readonly today?: Date;
}

interface Notice {
  readonly intent: 'success' | 'error' | 'info';
  /** In the pane's language at the time it shows. */
  readonly text: (strings: PaneStrings) => string;
  /** In a browser, after a change worth keeping: offer the download right there. */
  readonly offerDownload?: boolean;
}

const useStyles = makeStyles({
  page: {
    display: 'grid',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '640px',
    margin: '0 auto',
    '& h1': { fontSize: tokens.fontSizeBase600, margin: 0 },
    '& h2': { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS} 0` },
    '& h3': { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS} 0` },
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalM },
  subtitle: { margin: `${tokens.spacingVerticalXS} 0 0 0`, color: tokens.colorNeutralForeground2 },
  outcome: { display: 'grid', rowGap: tokens.spacingVerticalM, outlineStyle: 'none' },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // A damaged file's technical detail is on a line of its own.
  noticeText: { whiteSpace: 'pre-line' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

export function App({ host, today }: AppProps) {
  const styles = useStyles();
  const browser = isBrowserHost(host) ? host : undefined;
  const [lang, setLang] = useState<Lang>(host.displayLanguage);
  const strings = paneStrings(lang);
  const now = useMemo(() => today ?? new Date(), [today]);
  const [month, setMonth] = useState<Month>(() => defaultMonth(now));
  const [workbookVersion, setWorkbookVersion] = useState(0);
  const [workbookOpen, setWorkbookOpen] = useState(host.kind === 'excel');
  const [notice, setNotice] = useState<Notice>();
  const compute = useCompute(host);
  const rollup = useRollup(host);
  const [period, setPeriod] = useState(() => defaultPeriod(now));
  const [mode, setMode] = useState<ComputeMode>('write');
  const inspection = useInspection(host, month, workbookOpen, workbookVersion);
  const templates = useTemplates(host);
  const busy = isBusy(compute.state) || templates.creating || rollup.state.phase === 'running';
  const outcomeRef = useRef<HTMLDivElement>(null);
  const periodOutcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = strings.appTitle;
  }, [lang, strings]);

  const changeMonth = (next: Month) => {
    setMonth(next);
    compute.clear();
  };

  const runCompute = async (next: ComputeMode) => {
    setNotice(undefined);
    rollup.clear();
    setMode(next);
    const outcome = await compute.start(month, next);
    if (outcome?.kind === 'written') setWorkbookVersion((version) => version + 1);
  };

  const runRollup = async () => {
    setNotice(undefined);
    compute.clear();
    const outcome = await rollup.start(period);
    if (outcome?.kind === 'written') setWorkbookVersion((version) => version + 1);
  };

  const templateLang = templateLanguage(inspection.inspection, lang);
  const missingSheets = inspection.missingSheets?.[templateLang] ?? [];
  // The time clock's sheets (SPEC §2.1) are offered beside the others, ticked when the workbook already keeps any.
  const [timeClockChoice, setTimeClockChoice] = useState<boolean>();
  const timeClock = timeClockChoice ?? inspection.inspection?.usesTimeClock ?? false;
  const missingWithClock = inspection.missingWithTimeClock?.[templateLang] ?? [];
  const offerTimeClock = missingWithClock.length > missingSheets.length;

  const createTemplates = async () => {
    const failure = await templates.create(templateLang, timeClock ? month : undefined);
    setNotice(
      failure
        ? { intent: 'error', text: (s) => (failure.kind === 'protected' ? s.workbookProtected : s.actionFailed(failure.message)) }
        : { intent: 'success', text: (s) => s.templatesCreated, offerDownload: true },
    );
    setWorkbookVersion((version) => version + 1);
  };

  const goTo = host.goTo
    ? (sheet: string, cell?: string) => {
        host.goTo?.(sheet, cell).catch(() =>
          setNotice({ intent: 'error', text: (s) => s.goToFailed(cell ? `${sheet}!${cell}` : sheet) }),
        );
      }
    : undefined;

  const openFile = async (file: File) => {
    if (!browser) return;
    compute.clear();
    rollup.clear();
    if (!isWorkbookName(file.name)) {
      setNotice({ intent: 'error', text: (s) => s.fileNotXlsx(file.name) });
      return;
    }
    try {
      await browser.open(file, file.name);
      setWorkbookOpen(true);
      setNotice({ intent: 'success', text: (s) => s.fileLoaded(file.name) });
    } catch (error) {
      // The workbook opened before, if any, stays open.
      setWorkbookOpen(browser.fileName() !== undefined);
      setNotice({ intent: 'error', text: (s) => s.fileUnreadable(file.name, describeFailure(error)) });
    }
    setWorkbookVersion((version) => version + 1);
  };

  const startEmpty = async () => {
    if (!browser) return;
    compute.clear();
    rollup.clear();
    await browser.startEmpty(lang === 'zh' ? '考核.xlsx' : 'scorecards.xlsx');
    setWorkbookOpen(true);
    setNotice(undefined);
    setWorkbookVersion((version) => version + 1);
  };

  const download = browser
    ? () => {
        browser
          .save()
          .then((blob) => saveBlob(blob, browser.fileName() ?? 'scorecards.xlsx'))
          .catch((error: unknown) => setNotice({ intent: 'error', text: (s) => s.actionFailed(describeFailure(error)) }));
      }
    : undefined;

  const state = compute.state;
  // Keyboard and screen-reader users land on what the compute ended with.
  useEffect(() => {
    if (state.phase === 'finished') outcomeRef.current?.focus();
  }, [state]);
  useEffect(() => {
    if (rollup.state.phase === 'finished') periodOutcomeRef.current?.focus();
  }, [rollup.state]);
  const quiet = state.phase === 'idle' && rollup.state.phase === 'idle';
  const live = notice && quiet ? notice.text(strings) : rollup.state.phase !== 'idle' ? rollupAnnouncement(rollup.state, strings) : announcement(state, strings);
  const previewing = isBusy(state) && mode === 'preview';

  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <main className={styles.page}>
        <header className={styles.header}>
          <div>
            <h1>{strings.appTitle}</h1>
            <p className={styles.subtitle}>{browser ? strings.appSubtitleBrowser : strings.appSubtitleExcel}</p>
          </div>
          <LanguageSwitch lang={lang} strings={strings} onChange={setLang} />
        </header>

        {browser && (
          <>
            <FileDrop
              strings={strings}
              busy={busy}
              fileName={workbookOpen ? browser.fileName() : undefined}
              onFile={openFile}
              onStartEmpty={startEmpty}
            />
            <p className={styles.note}>{strings.privacyNote}</p>
          </>
        )}

        {notice && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody className={styles.noticeText}>
              {notice.text(strings)}{' '}
              {download && notice.offerDownload && (
                <DownloadButton strings={strings} onDownload={download} />
              )}
            </MessageBarBody>
          </MessageBar>
        )}

        {workbookOpen && (
          <>
            <MonthPicker month={month} choices={monthChoices(now)} strings={strings} disabled={busy} onChange={changeMonth} />
            {inspection.failure && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{strings.actionFailed(inspection.failure)}</MessageBarBody>
              </MessageBar>
            )}
            {inspection.inspection ? (
              <SheetStatus
                inspection={inspection.inspection}
                lang={lang}
                strings={strings}
                busy={busy}
                creating={templates.creating}
                loading={inspection.loading}
                missingSheets={timeClock ? missingWithClock : missingSheets}
                onCreateTemplates={createTemplates}
                timeClock={offerTimeClock ? { month, checked: timeClock, onChange: setTimeClockChoice } : undefined}
                onRefresh={inspection.refresh}
              />
            ) : (
              inspection.loading && <Spinner size="tiny" label={strings.loadingWorkbook} />
            )}
            <div className={styles.actions}>
              <ComputeButton strings={strings} busy={isBusy(state) && !previewing} disabled={busy} onCompute={() => void runCompute('write')} />
              <Button size="large" disabled={busy && !previewing} disabledFocusable={previewing} onClick={() => void runCompute('preview')}>
                {previewing ? strings.previewing : strings.preview}
              </Button>
            </div>
            <ProgressPanel strings={strings} step={state.phase === 'running' ? state.step : undefined} />
            {state.phase === 'finished' && (
              <div ref={outcomeRef} tabIndex={-1} className={styles.outcome} data-testid="outcome">
                <OutcomePanel
                  month={state.month}
                  outcome={state.outcome}
                  lang={lang}
                  strings={strings}
                  onGoTo={goTo}
                  onDownload={download}
                />
              </div>
            )}
            <PeriodSection
              strings={strings}
              lang={lang}
              period={period}
              choices={periodChoices(now)}
              busy={busy}
              state={rollup.state}
              onPeriod={(next) => {
                setPeriod(next);
                rollup.clear();
              }}
              onRollup={() => void runRollup()}
              onGoTo={goTo}
              onDownload={download}
              outcomeRef={periodOutcomeRef}
            />
          </>
        )}

        <ConfirmReplaceDialog
          strings={strings}
          month={state.phase === 'confirming' ? state.month : month}
          tabs={state.phase === 'confirming' ? state.tabs : undefined}
          report={state.phase === 'confirming' ? state.report : undefined}
          onAnswer={compute.answer}
        />
        <LiveRegion message={live} />
      </main>
    </FluentProvider>
  );
}
