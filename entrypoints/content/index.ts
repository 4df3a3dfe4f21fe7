import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import type { PageAnalysis } from '../../lib/page/analysis';
import { makeDraft } from '../../lib/clippings/draft';
import { parseMessage, type Message, type Responses } from '../../lib/messaging/messages';
import type { Span } from '../../lib/arabic/types';
import type { ClippingDraft } from '../../lib/clippings/model';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../../lib/page/site-settings';
import { formatDateValue } from '../../lib/arabic/dates/format';
import { t } from '../../components/i18n';
import { showToast } from './toast';
import { setupSelectionButton } from './selection-button';
import { setupSavedMarks } from './saved-marks';
import { saveDraft, setupArticleCapture } from './save';
import { startSession } from './session';
import { spanDraft } from './span-draft';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const session = startSession(ctx, {
      analyze: analyzeInBackground,
      getSettings: async (site) => {
        const r = (await browser.runtime.sendMessage({ type: 'content:get-site-settings', site } satisfies Message)) as Responses['content:get-site-settings'] | null;
        return r?.ok ? r.settings : DEFAULT_SITE_SETTINGS;
      },
      setSettings: async (site: string, settings: SiteSettings) => {
        await browser.runtime.sendMessage({ type: 'content:set-site-settings', site, settings } satisfies Message);
      },
      saveSpan: (span, analysis) => {
        const draft = spanDraft(span, analysis, location.href);
        if (draft) void saveDraft(ctx, draft);
      },
      format: formatDateValue,
    });
    setupSavedMarks(ctx, session);
    setupArticleCapture(ctx, () => session.current());
    void setupSelectionButton(ctx, () => captureSelection(session.current()));

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      const msg = parseMessage(raw);
      if (msg?.type === 'background:capture-selection') {
        sendResponse(captureSelection(session.current()));
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
