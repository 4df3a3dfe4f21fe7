import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { highlightPage, type PageAnalysis } from '../../lib/page/highlighter';
import { makeDraft } from '../../lib/clippings/draft';
import { parseMessage, type Message, type Responses } from '../../lib/messaging/messages';
import type { Span } from '../../lib/arabic/types';
import type { ClippingDraft } from '../../lib/clippings/model';
import { t } from '../../components/i18n';
import { showToast } from './toast';
import { setupSelectionButton } from './selection-button';
import { setupSavedMarks } from './saved-marks';
import { setupArticleCapture } from './save';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    let analysis: PageAnalysis | null = null;
    const analyzed = highlightPage(document, analyzeInBackground);
    analyzed
      .then((a) => {
        analysis = a;
        ctx.onInvalidated(() => a?.painted.clear());
      })
      // Never throw into the page: a failed analysis leaves the page as it was.
      .catch((e) => console.debug('[qusasat] analysis failed', e));
    setupSavedMarks(ctx, analyzed);
    setupArticleCapture(ctx, () => analysis);
    void setupSelectionButton(ctx, () => captureSelection(analysis));

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      const msg = parseMessage(raw);
      if (msg?.type === 'background:capture-selection') {
        sendResponse(captureSelection(analysis));
      } else if (msg?.type === 'background:saved') {
        const text = msg.status === 'saved' ? t('toastSaved') : msg.status === 'duplicate' ? t('toastDuplicate') : t('toastError', msg.error ?? '');
        void showToast(ctx, text, msg.status);
      }
    });
  },
});

/** Analysis runs in the background worker: the model never loads into pages, nor blocks them. */
async function analyzeInBackground(text: string, ref: string): Promise<Span[]> {
  const r = (await browser.runtime.sendMessage({ type: 'content:analyze', text, ref } satisfies Message)) as Responses['content:analyze'] | null;
  if (!r?.ok) throw new Error(r ? r.error : 'no answer from the background');
  return r.spans;
}

/** The current selection as a clipping draft, with offsets in the article body when inside it. */
function captureSelection(analysis: PageAnalysis | null): ClippingDraft | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const map = analysis?.article.map ?? null;
  const offsets = map?.offsetsOf(range) ?? null;
  return makeDraft({
    url: location.href,
    title: analysis?.article.title ?? (document.title || null),
    byline: analysis?.article.byline ?? null,
    published: analysis?.article.published ?? null,
    bodyText: map?.text ?? '',
    position: offsets ? { start: offsets[0], end: offsets[1] } : null,
    selectedText: sel.toString(),
    spans: analysis?.spans ?? [],
  });
}
