import type { Issue, IssueCode, IssueParams } from '../engine/issues';
import type { Lang } from './lang';
import { issueMessagesEn } from './issue-messages.en';
import { issueMessagesZh } from './issue-messages.zh';

/**
 * One message per issue code and language, saying what is wrong and what to do about it
 * (SPEC §5). The mapped type makes a code without a message a compile error.
 */
export type IssueMessages = { readonly [C in IssueCode]: (params: IssueParams[C]) => string };

const catalogues: Readonly<Record<Lang, IssueMessages>> = { zh: issueMessagesZh, en: issueMessagesEn };

export function issueMessage(issue: Issue, lang: Lang): string {
  // The code and the params of an Issue always belong together; TypeScript cannot follow that through the lookup.
  const render = catalogues[lang][issue.code] as (params: Issue['params']) => string;
  return render(issue.params);
}

export function issueMessages(issue: Issue): { zh: string; en: string } {
  return { zh: issueMessage(issue, 'zh'), en: issueMessage(issue, 'en') };
}

/** `考勤!D12`; the sheet alone for a sheet-wide issue; '' for a month-wide one. */
export function issueLocation(issue: Issue): string {
  if (issue.sheet === undefined) return '';
  return issue.cell === undefined ? issue.sheet : `${issue.sheet}!${issue.cell}`;
}
