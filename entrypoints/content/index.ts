import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { highlightPage, type PageAnalysis } from '../../lib/page/highlighter';
import { makeDraft } from '../../lib/clippings/draft';
import { parseMessage } from '../../lib/messaging/messages';
import type { ClippingDraft } from '../../lib/clippings/model';
import { t } from '../../components/i18n';
import { showToast } from './toast';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    let analysis: PageAnalysis | null = null;
    try {
      analysis = highlightPage(document);
    } catch (e) {
      // Never throw into the page: a failed analysis leaves the page as it was.
      console.debug('[qusasat] analysis failed', e);
    }
    ctx.onInvalidated(() => analysis?.painted.clear());

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
