import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { ClippingDraft } from '../../lib/clippings/model';
import type { PageAnalysis } from '../../lib/page/analysis';
import { parseMessage, type Message, type Responses } from '../../lib/messaging/messages';
import { t } from '../../components/i18n';
import { errorText } from '../../components/error-text';
import { showToast } from './toast';
import { articleDraft } from './drafts';

type Status = 'saved' | 'duplicate' | 'error';
const afterSave = new Set<() => void>();

/** Run after any save from this page (to mark the new passage). */
export function onSaved(fn: () => void): void {
  afterSave.add(fn);
}

/** Send a draft to the background (the only writer) and tell the reader how it went. */
export async function saveDraft(ctx: ContentScriptContext, draft: ClippingDraft): Promise<Status> {
  let status: Status;
  let error = '';
  try {
    const r = (await browser.runtime.sendMessage({ type: 'content:save-clipping', draft } satisfies Message)) as Responses['content:save-clipping'] | null;
    if (!r) throw new Error('no answer from the background');
    if (!r.ok) throw new Error(r.error);
    status = r.status;
  } catch (e) {
    status = 'error';
    error = (e as Error).message;
  }
  void showToast(ctx, toastText(status, error), status);
  if (status === 'saved') afterSave.forEach((fn) => fn());
  return status;
}

export function toastText(status: Status, error = ''): string {
  return status === 'saved' ? t('toastSaved') : status === 'duplicate' ? t('toastDuplicate') : t('toastError', errorText(error));
}

/** Answer the background's "capture the article" (context menu on the page, popup button). */
export function setupArticleCapture(ctx: ContentScriptContext, getAnalysis: () => PageAnalysis | null): void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: Responses['background:capture-article']) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseMessage(raw);
    if (msg?.type !== 'background:capture-article') return undefined;
    sendResponse(articleDraft(getAnalysis()));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
