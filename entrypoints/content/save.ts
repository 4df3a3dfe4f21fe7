import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { ClippingDraft, ClippingKind } from '../../lib/clippings/model';
import type { PageAnalysis } from '../../lib/page/analysis';
import type { Message, Responses, SaveStatus } from '../../lib/messaging/messages';
import { t } from '../../components/i18n';
import { errorText } from '../../components/error-text';
import { showToast, type NoticeAction } from './toast';
import { copyText } from './copy';
import { articleDraft, selectionDraft } from './drafts';

type Status = Exclude<SaveStatus, 'empty'>;
const afterSave = new Set<() => void>();

/** Run after any save or undo from this page (to mark the new passage, or unmark it). */
export function onSaved(fn: () => void): void {
  afterSave.add(fn);
}

/** Send a draft to the background (the only writer) and tell the reader how it went. */
export async function saveDraft(ctx: ContentScriptContext, draft: ClippingDraft): Promise<Status> {
  let status: Status;
  let error = '';
  let id: string | undefined;
  try {
    const r = (await browser.runtime.sendMessage({ type: 'content:save-clipping', draft } satisfies Message)) as Responses['content:save-clipping'] | null;
    if (!r) throw new Error('no answer from the background');
    if (!r.ok) throw new Error(r.error);
    status = r.status;
    id = r.clipping.id;
  } catch (e) {
    status = 'error';
    error = (e as Error).message;
  }
  // Not saved (the worker stopped, the disk is full…): the passage stays in the notice, to try again.
  announce(ctx, status, { id, kind: draft.kind, error, text: draft.text, retry: () => void saveDraft(ctx, draft) });
  if (status === 'saved') afterSave.forEach((fn) => fn());
  return status;
}

const send = <T>(msg: Message): Promise<T | null> => (browser.runtime.sendMessage(msg) as Promise<T | null>).catch(() => null);

/**
 * Tell the reader what happened and offer what comes next: a saved clipping opens in the library or
 * is undone; nothing selected offers the whole article.
 */
function announce(ctx: ContentScriptContext, status: SaveStatus, what: { id?: string; kind?: ClippingKind; error?: string; text?: string; retry?: () => void }, getAnalysis?: () => PageAnalysis | null): void {
  const { id } = what;
  const open = (): NoticeAction => ({ label: t('noticeOpenLibrary'), run: () => void send({ type: 'content:open-library', ...(id ? { id } : {}) }) });
  const undo = (): NoticeAction => ({
    label: t('noticeUndo'),
    run: () => void send<Responses['content:undo-save']>({ type: 'content:undo-save', id: id! }).then((r) => {
      void showToast(ctx, r?.ok ? t('toastUndone') : t('toastUndoFailed'), r?.ok ? 'saved' : 'error');
      if (r?.ok) afterSave.forEach((fn) => fn());
    }),
  });
  if (status === 'empty') {
    const article = getAnalysis ? articleDraft(getAnalysis()) : null;
    const saveArticle: NoticeAction = { label: t('saveArticle'), run: () => { if (article) void saveDraft(ctx, article); } };
    void showToast(ctx, t('toastEmpty'), 'empty', article ? [saveArticle] : []);
  } else if (status === 'saved') {
    void showToast(ctx, what.kind === 'article' ? t('toastSavedArticle') : t('toastSaved'), status, id ? [open(), undo()] : [open()]);
  } else if (status === 'duplicate') {
    void showToast(ctx, what.kind === 'article' ? t('toastDuplicateArticle') : t('toastDuplicate'), status, [open()]);
  } else {
    const { retry, text } = what;
    const again: NoticeAction[] = retry ? [{ label: t('noticeRetry'), run: retry }] : [];
    // Copied, the passage is still not saved: the retry stays on offer.
    const copy: NoticeAction[] = text ? [{ label: t('noticeCopy'), run: () => void copyText(text).then((ok) => showToast(ctx, t(ok ? 'toastCopied' : 'toastCopyFailed'), status, again)) }] : [];
    void showToast(ctx, t('toastError', errorText(what.error ?? 'unknown')), status, [...again, ...copy]);
  }
}

/**
 * The background asks this tab to save (context menu, shortcut, the popup's «save the article»). The
 * tab saves through saveDraft, as its own buttons do, instead of handing the draft over: the passage
 * stays here until the worker answers, so a worker stopped in the middle, a full disk or a refusal
 * shows the notice with the passage to retry, never nothing. Nothing selected says what to do instead;
 * no article says nothing (the popup says so itself).
 */
export async function saveAsked(ctx: ContentScriptContext, what: 'selection' | 'article', getAnalysis: () => PageAnalysis | null): Promise<SaveStatus> {
  const analysis = getAnalysis();
  const draft = what === 'selection' ? selectionDraft(analysis) : articleDraft(analysis);
  if (draft) return saveDraft(ctx, draft);
  if (what === 'selection') announce(ctx, 'empty', {}, getAnalysis);
  return 'empty';
}
