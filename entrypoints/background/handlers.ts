import { browser } from 'wxt/browser';
import type { ClippingStore } from '../../lib/clippings/store';
import { entityKey, pageOf } from '../../lib/clippings/keys';
import { applyCorrections, correctionMap, removeCorrection, setCorrection } from '../../lib/clippings/corrections';
import { sourceUrl } from '../../lib/clippings/source-url';
import { analyze } from '../../lib/arabic/analyze';
import { ensureNerModel } from './model';
import { warmUp } from './warm-up';
import { isPageOnly, isSaveStatus, parseMessage, type Message, type Responses, type SaveStatus } from '../../lib/messaging/messages';
import type { ErrorClass } from '../../lib/clippings/errors';
import { failureClass } from '../../lib/clippings/storage-full';
import { siteKey } from '../../lib/page/site-settings';
import { SiteSettingsDb } from '../../lib/clippings/site-settings-db';
import { loadDisplayPrefs } from '../../lib/clippings/prefs';
import { SaveLimit } from './save-limit';
import { AnalysisQueue, Superseded } from './analysis-queue';
import { t } from '../../components/i18n';

/** The per-site choices the content scripts ask for on every page. */
const sites = new SiteSettingsDb();

/** Who sent a message: the extension's own page (popup, library) or one of its content scripts, and from where. */
export interface Origin { extensionPage: boolean; url?: string; tabId?: number; frameId?: number }

/** Analyses, in turn by tab; a tab's newer request replaces its waiting one. */
export const analyses = new AnalysisQueue();
let untabbed = 0;
/** One queue slot per tab and frame; a sender without a tab (an extension page) is never superseded. */
const slotOf = (o: Origin): string => (o.tabId === undefined ? `page-${++untabbed}` : `${o.tabId}:${o.frameId ?? 0}`);

/** Saves a content script may ask for, per tab (those the browser's own menu and shortcut ask it for are not counted). */
export const contentSaves = new SaveLimit();

/** Tabs opened by «open the source», and the clipping each is to show once its page is read. */
const pendingReveal = new Map<number, string>();

/**
 * What each tab saved since the worker started: a content script may undo only those, from the same
 * page (a page cannot delete the rest of the library). A restarted worker forgets, and undo is refused.
 */
const savedByTab = new Map<number, Map<string, string>>();
function rememberSave(tabId: number | undefined, clipping: { id: string; url: string }): void {
  if (tabId === undefined) return;
  const saved = savedByTab.get(tabId) ?? new Map<string, string>();
  saved.set(clipping.id, pageOf(clipping.url));
  savedByTab.set(tabId, saved);
}

/**
 * Answer a message from a content script or an extension page. Unknown or malformed messages get
 * null, and so do library-changing messages from a content script (only extension pages may).
 */
export async function handleMessage(store: ClippingStore, raw: unknown, origin: Origin = { extensionPage: true }): Promise<Responses[Exclude<Message['type'], `background:${string}`>] | null> {
  const msg = parseMessage(raw);
  if (!msg || (isPageOnly(msg.type) && !origin.extensionPage)) return null;
  try {
    switch (msg.type) {
      case 'content:analyze': {
        // The reader's corrections («not a name», «a place») hold on every page. They are asked for
        // before the model and the analysis, not after: the database answers while this thread
        // analyses, where reading them afterwards added 18–27 ms to a warm load's first highlight.
        const corrections = correctionMap(store.db);
        corrections.catch(() => undefined); // read below; a failed analysis must not leave it unhandled
        await ensureNerModel();
        const { text, ref } = msg;
        const spans = await analyses.run(slotOf(origin), () => analyze(text, { ref }));
        return { ok: true, spans: applyCorrections(spans, await corrections) };
      }
      case 'content:correct-highlight':
        await setCorrection(store.db, msg.text, msg.kind);
        return { ok: true };
      case 'content:uncorrect-highlight':
        await removeCorrection(store.db, entityKey(msg.text));
        return { ok: true };
      case 'content:save-clipping': {
        if (!origin.extensionPage && !contentSaves.allow(origin.tabId ?? origin.url ?? '')) return { ok: false, error: t('saveTooFast') };
        const r = await store.save(msg.draft);
        if (r.status === 'saved') rememberSave(origin.tabId, r.clipping);
        return { ok: true, status: r.status, clipping: r.clipping };
      }
      case 'content:undo-save': {
        const page = origin.tabId === undefined ? undefined : savedByTab.get(origin.tabId)?.get(msg.id);
        if (origin.extensionPage || page === undefined || page !== pageOf(origin.url ?? '')) return { ok: false, error: 'not saved from this page' };
        await store.remove([msg.id]);
        savedByTab.get(origin.tabId!)!.delete(msg.id);
        void tellTabs();
        return { ok: true };
      }
      case 'content:open-library':
        await browser.tabs.create({ url: browser.runtime.getURL('/library.html') + (msg.id ? `#/clipping/${encodeURIComponent(msg.id)}` : '') });
        return { ok: true };
      case 'content:page-clippings':
        // A content script reads the clippings of its own page only, never the rest of the library.
        if (!origin.extensionPage && pageOf(msg.url) !== pageOf(origin.url ?? '')) return null;
        return { ok: true, clippings: await store.forPage(msg.url) };
      case 'content:get-site-settings':
        // A content script reads and writes the settings of its own site only.
        if (!origin.extensionPage && msg.site !== siteKey(origin.url ?? '')) return null;
        // A page past the gate asks this first: what its analysis needs is made ready meanwhile.
        if (!origin.extensionPage) warmUp();
        return { ok: true, settings: await sites.get(msg.site) };
      case 'content:set-site-settings':
        if (!origin.extensionPage && msg.site !== siteKey(origin.url ?? '')) return null;
        await sites.set(msg.site, msg.settings);
        return { ok: true };
      case 'content:get-prefs':
        return { ok: true, prefs: await loadDisplayPrefs(store.db) };
      case 'options:prefs-changed':
        void tellTabs('background:prefs-changed');
        return { ok: true };
      case 'popup:open-source': {
        const clipping = await store.get(msg.id);
        if (!clipping) return { ok: false, error: 'no such clipping' };
        const tab = await browser.tabs.create({ url: sourceUrl(clipping) });
        if (tab.id !== undefined) pendingReveal.set(tab.id, clipping.id);
        return { ok: true };
      }
      case 'content:pending-reveal': {
        const id = origin.tabId === undefined ? undefined : pendingReveal.get(origin.tabId);
        const clipping = id ? await store.get(id) : undefined;
        // Only for the page it was opened on (the reader may have gone elsewhere in that tab meanwhile).
        if (!clipping || pageOf(clipping.url) !== pageOf(origin.url ?? '')) return { ok: true, clipping: null };
        pendingReveal.delete(origin.tabId!);
        return { ok: true, clipping };
      }
      case 'popup:clippings-changed':
        // The library or popup wrote to the database itself: article tabs re-mark their passages.
        void tellTabs();
        return { ok: true };
      case 'popup:save-article':
        return { ok: true, status: await saveArticleInTab(msg.tabId) };
      default:
        return null;
    }
  } catch (e) {
    // A replaced analysis says so (its page drops it); anything else is a class the UI can word.
    return { ok: false, error: e instanceof Superseded ? 'superseded' : await describe(e) };
  }
}

/** Context menu and shortcut: the tab saves its selection and says how it went. */
export function saveSelectionInTab(tabId: number): Promise<SaveStatus> {
  return saveInTab(tabId, 'selection');
}

/** Same, for the whole article. */
export function saveArticleInTab(tabId: number): Promise<SaveStatus> {
  return saveInTab(tabId, 'article');
}

/** Shortcut: move the tab's keyboard focus to its next (1) or previous (-1) highlight. */
export async function stepHighlightInTab(tabId: number, direction: 1 | -1): Promise<void> {
  // No content script in that tab (a browser page, or the store): nothing to step through.
  await browser.tabs.sendMessage(tabId, { type: 'background:step-highlight', direction } satisfies Message).catch(() => undefined);
}

/**
 * The tab makes the draft and saves it through content:save-clipping, as its own buttons do: it keeps
 * the passage until this worker answers, so a worker stopped in the middle (or a full disk) leaves
 * it in the tab's notice to retry or copy, never lost without a word. The browser's own menu and
 * shortcut do not count towards the tab's limit.
 */
async function saveInTab(tabId: number, what: 'selection' | 'article'): Promise<SaveStatus> {
  contentSaves.excuse(tabId);
  try {
    const status: unknown = await browser.tabs.sendMessage(tabId, { type: 'background:save', what } satisfies Message);
    return isSaveStatus(status) ? status : 'error';
  } catch {
    return 'error'; // no content script in that tab (a browser page, or the store)
  } finally {
    contentSaves.unexcuse(tabId);
  }
}

/**
 * What went wrong, as a class the UI says in its own language (never raw engine text). A closed or
 * failing database on a full storage is the full storage (the disk filled under an earlier write).
 */
export async function describe(e: unknown): Promise<ErrorClass> {
  const cls = await failureClass(e);
  if (cls === 'unknown') console.warn('[qusasat] write failed', e);
  return cls;
}

/** The library (or the display preferences) changed from an extension page: open pages re-mark (or repaint). */
async function tellTabs(type: 'background:clippings-changed' | 'background:prefs-changed' = 'background:clippings-changed'): Promise<void> {
  try {
    // Tab ids only (no "tabs" permission needed); pages without a content script just don't answer.
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type } satisfies Message).catch(() => undefined);
    }
  } catch {
    // No tabs API in this context (tests): nothing to tell.
  }
}
