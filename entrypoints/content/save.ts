import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { ClippingDraft, ClippingKind } from '../../lib/clippings/model';
import type { PageAnalysis } from '../../lib/page/analysis';
import { parseMessage, type Message, type Responses } from '../../lib/messaging/messages';
import { t } from '../../components/i18n';
import { errorText } from '../../components/error-text';
import { showToast, type NoticeAction } from './toast';
import { articleDraft } from './drafts';

type Status = 'saved' | 'duplicate' | 'error';
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
  announce(ctx, status, { id, kind: draft.kind, error, retry: () => void saveDraft(ctx, draft) });
  if (status === 'saved') afterSave.forEach((fn) => fn());
  return status;
}

const send = <T>(msg: Message): Promise<T | null> => (browser.runtime.sendMessage(msg) as Promise<T | null>).catch(() => null);

/**
 * Tell the reader what happened and offer what comes next: a saved clipping opens in the library or
 * is undone; nothing selected offers the whole article.
 */
function announce(ctx: ContentScriptContext, status: Status | 'empty', what: { id?: string; kind?: ClippingKind; error?: string; retry?: () => void }, getAnalysis?: () => PageAnalysis | null): void {
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
    const retry: NoticeAction[] = what.retry ? [{ label: t('noticeRetry'), run: what.retry }] : [];
    void showToast(ctx, t('toastError', errorText(what.error ?? 'unknown')), status, retry);
  }
}

/**
 * Answer the background's "capture the article" (context menu on the page, popup button), and show
 * how a save it made from this tab went (context menu, shortcut; with nothing selected, what to do).
 */
export function setupArticleCapture(ctx: ContentScriptContext, getAnalysis: () => PageAnalysis | null): void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: Responses['background:capture-article']) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseMessage(raw);
    if (msg?.type === 'background:capture-article') sendResponse(articleDraft(getAnalysis()));
    else if (msg?.type === 'background:saved') announce(ctx, msg.status, { id: msg.id, kind: msg.kind, error: msg.error }, getAnalysis);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
