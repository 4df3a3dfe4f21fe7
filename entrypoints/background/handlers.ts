import { browser } from 'wxt/browser';
import type { ClippingStore } from '../../lib/clippings/store';
import { entityKey, pageOf } from '../../lib/clippings/keys';
import { applyCorrections, correctionMap, removeCorrection, setCorrection } from '../../lib/clippings/corrections';
import { sourceUrl } from '../../lib/clippings/source-url';
import { analyze } from '../../lib/arabic/analyze';
import { ensureNerModel } from './model';
import { isDraft, isPageOnly, parseMessage, type Message, type Responses } from '../../lib/messaging/messages';
import { getSiteSettings, setSiteSettings } from './site-settings';

/** Who sent a message: the extension's own page (popup, library) or one of its content scripts, and from where. */
export interface Origin { extensionPage: boolean; url?: string; tabId?: number }

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
export async function handleMessage(store: ClippingStore, raw: unknown, origin: Origin = { extensionPage: true }): Promise<Responses[Message['type']] | null> {
  const msg = parseMessage(raw);
  if (!msg || (isPageOnly(msg.type) && !origin.extensionPage)) return null;
  try {
    switch (msg.type) {
      case 'content:analyze':
        await ensureNerModel();
        // The reader's corrections («not a name», «a place») hold on every page.
        return { ok: true, spans: applyCorrections(analyze(msg.text, { ref: msg.ref }), await correctionMap(store.db)) };
      case 'content:correct-highlight':
        await setCorrection(store.db, msg.text, msg.kind);
        return { ok: true };
      case 'content:uncorrect-highlight':
        await removeCorrection(store.db, entityKey(msg.text));
        return { ok: true };
      case 'content:save-clipping': {
        const r = await store.save(msg.draft);
        if (r.status === 'saved') rememberSave(origin.tabId, r.clipping);
        return { ok: true, status: r.status, clipping: r.clipping };
      }
      case 'content:undo-save': {
        const page = origin.tabId === undefined ? undefined : savedByTab.get(origin.tabId)?.get(msg.id);
        if (origin.extensionPage || page === undefined || page !== pageOf(origin.url ?? '')) return { ok: false, error: 'not saved from this page' };
        await store.remove(msg.id);
        savedByTab.get(origin.tabId!)!.delete(msg.id);
        void tellTabs();
        return { ok: true };
      }
      case 'content:open-library':
        await browser.tabs.create({ url: browser.runtime.getURL('/library.html') + (msg.id ? `#clipping=${encodeURIComponent(msg.id)}` : '') });
        return { ok: true };
      case 'content:page-clippings':
        // A content script reads the clippings of its own page only, never the rest of the library.
        if (!origin.extensionPage && pageOf(msg.url) !== pageOf(origin.url ?? '')) return null;
        return { ok: true, clippings: await store.forPage(msg.url) };
      case 'content:get-site-settings':
        return { ok: true, settings: await getSiteSettings(msg.site) };
      case 'content:set-site-settings':
        await setSiteSettings(msg.site, msg.settings);
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
      case 'popup:list-clippings':
        return { ok: true, clippings: await store.list(msg.page) };
      case 'popup:delete-clipping':
        await store.remove(msg.id);
        void tellTabs();
        return { ok: true };
      case 'popup:delete-clippings':
        await store.removeMany(msg.ids);
        void tellTabs();
        return { ok: true };
      case 'popup:update-clipping':
        return { ok: true, clipping: await store.update(msg.id, msg.patch) };
      case 'popup:restore-clippings':
        await store.restore(msg.clippings);
        void tellTabs();
        return { ok: true };
      case 'popup:import-clippings': {
        const r = await store.importMany(msg.clippings);
        void tellTabs();
        return { ok: true, ...r };
      }
      case 'popup:save-article':
        return { ok: true, status: await saveFromTab(store, msg.tabId, 'background:capture-article') };
      default:
        return null;
    }
  } catch (e) {
    return { ok: false, error: describe(e) };
  }
}

/** Context menu and shortcut: ask the tab for its selection, store it, tell the tab how it went. */
export function saveSelectionInTab(store: ClippingStore, tabId: number): Promise<'saved' | 'duplicate' | 'error' | 'empty'> {
  return saveFromTab(store, tabId, 'background:capture-selection');
}

/** Same, for the whole article. */
export function saveArticleInTab(store: ClippingStore, tabId: number): Promise<'saved' | 'duplicate' | 'error' | 'empty'> {
  return saveFromTab(store, tabId, 'background:capture-article');
}

/** Shortcut: move the tab's keyboard focus to its next (1) or previous (-1) highlight. */
export async function stepHighlightInTab(tabId: number, direction: 1 | -1): Promise<void> {
  // No content script in that tab (a browser page, or the store): nothing to step through.
  await browser.tabs.sendMessage(tabId, { type: 'background:step-highlight', direction } satisfies Message).catch(() => undefined);
}

async function saveFromTab(store: ClippingStore, tabId: number, capture: 'background:capture-selection' | 'background:capture-article'): Promise<'saved' | 'duplicate' | 'error' | 'empty'> {
  let draft: unknown;
  try {
    draft = await browser.tabs.sendMessage(tabId, { type: capture } satisfies Message);
  } catch {
    return 'error'; // no content script in that tab (a browser page, or the store)
  }
  if (!isDraft(draft)) {
    // Nothing selected: say what to do instead of doing nothing. (No article: the popup says so itself.)
    if (capture === 'background:capture-selection') await browser.tabs.sendMessage(tabId, { type: 'background:saved', status: 'empty' } satisfies Message).catch(() => undefined);
    return 'empty';
  }
  let status: 'saved' | 'duplicate' | 'error';
  let error: string | undefined;
  let id: string | undefined;
  try {
    const r = await store.save(draft);
    status = r.status;
    id = r.clipping.id;
    if (status === 'saved') rememberSave(tabId, r.clipping);
  } catch (e) {
    status = 'error';
    error = describe(e);
  }
  await browser.tabs.sendMessage(tabId, { type: 'background:saved', status, kind: draft.kind, ...(id ? { id } : {}), ...(error ? { error } : {}) } satisfies Message).catch(() => undefined);
  return status;
}

/** A message a person can act on, above all for a full disk. */
export function describe(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  if (/Quota/i.test(name) || /Quota/i.test(inner) || /quota/i.test(String((e as Error)?.message))) return 'storage is full (quota exceeded)';
  return (e as Error)?.message ?? String(e);
}

/** The library changed from the popup or library page: open pages re-mark their saved passages. */
async function tellTabs(): Promise<void> {
  try {
    // Tab ids only (no "tabs" permission needed); pages without a content script just don't answer.
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'background:clippings-changed' } satisfies Message).catch(() => undefined);
    }
  } catch {
    // No tabs API in this context (tests): nothing to tell.
  }
}
