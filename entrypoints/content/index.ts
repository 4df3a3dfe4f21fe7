import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { setArticleHandler, takeEarlySettings, type MessageHandler } from './handoff';
import { parseMessage, type Message, type Responses } from '../../lib/messaging/messages';
import type { Span } from '../../lib/arabic/types';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../../lib/page/site-settings';
import { formatDateValue } from '../../lib/arabic/dates/format';
import { setupSelectionButton } from './selection-button';
import { setupSavedMarks } from './saved-marks';
import { setupReveal } from './reveal';
import { saveAsked, saveDraft } from './save';
import { startSession } from './session';
import { selectionDraft, spanDraft } from './drafts';
import { setupDisplayPrefs } from './display-prefs';
import { guardLifetime } from './lifetime';
import './highlights.css';

/**
 * The article module: decision, extraction, painting, the card and the control. Never injected by
 * the manifest: the gate (entrypoints/gate.ts) imports it only on pages that could be Arabic articles,
 * or when the background asks something of a page (saving a selection on any page).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // WXT's postMessage to every page would tell it our id and break pages that parse every message.
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardLifetime(ctx);
    const session = startSession(ctx, {
      analyze: analyzeInBackground,
      getSettings: async (site) => {
        // The gate sent this request for the page it let through (handoff.ts); a later page of a single-page site asks anew.
        const r = (await (takeEarlySettings(site) ?? browser.runtime.sendMessage({ type: 'content:get-site-settings', site } satisfies Message))) as Responses['content:get-site-settings'] | null;
        return r?.ok ? r.settings : DEFAULT_SITE_SETTINGS;
      },
      setSettings: async (site: string, settings: SiteSettings) => {
        await browser.runtime.sendMessage({ type: 'content:set-site-settings', site, settings } satisfies Message);
      },
      saveSpan: (span, analysis) => {
        const draft = spanDraft(span, analysis);
        if (draft) void saveDraft(ctx, draft);
      },
      format: formatDateValue,
    });
    setupSavedMarks(ctx, session);
    setupDisplayPrefs(ctx, session);
    setupReveal(ctx, session);
    setupSelectionButton(ctx, () => selectionDraft(session.current()));

    const handle: MessageHandler = (raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      const msg = parseMessage(raw);
      if (msg?.type === 'background:save') {
        // Answered once the save is done (the background's menu and shortcut wait for it).
        void saveAsked(ctx, msg.what, () => session.current()).catch(() => 'error' as const).then(sendResponse);
        return true;
      }
      if (msg?.type === 'background:step-highlight') session.stepHighlight(msg.direction);
      return undefined;
    };
    browser.runtime.onMessage.addListener(handle);
    setArticleHandler(handle);
  },
});

/** Analysis runs in the background worker: the model never loads into pages, nor blocks them. */
async function analyzeInBackground(text: string, ref: string): Promise<Span[]> {
  const r = (await browser.runtime.sendMessage({ type: 'content:analyze', text, ref } satisfies Message)) as Responses['content:analyze'] | null;
  if (!r?.ok) throw new Error(r ? r.error : 'no answer from the background');
  return r.spans;
}
