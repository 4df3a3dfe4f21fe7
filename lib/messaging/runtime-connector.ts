import { browser } from 'wxt/browser';
import { ClippingStore } from '../clippings/store';
import type { Connector } from './connector';
import { parsePageMarks, type Message, type Responses } from './messages';

async function send<T extends Message>(message: T): Promise<Responses[T['type']]> {
  return (await browser.runtime.sendMessage(message)) as Responses[T['type']];
}

function unwrap<R extends { ok: boolean; error?: string }>(r: R | undefined | null): Extract<R, { ok: true }> {
  if (!r) throw new Error('no answer from the background');
  if (!r.ok) throw new Error(r.error ?? 'unknown error');
  return r as Extract<R, { ok: true }>;
}

async function activeTabId(): Promise<number | null> {
  // No "tabs" permission needed: the id alone, never the URL.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const LIBRARY_PATH = '/library.html';

interface TabRef { tabId: number; windowId?: number }

/**
 * The open library tab, found without the "tabs" permission: runtime.getContexts (Chrome 116+)
 * names extension tabs with their ids; elsewhere (Firefox) the library window itself is reachable
 * through extension.getViews and says which tab it is in.
 */
async function openLibraryTab(): Promise<TabRef | null> {
  const url = browser.runtime.getURL(LIBRARY_PATH);
  const runtime = browser.runtime as unknown as { getContexts?: (f: object) => Promise<Array<{ tabId: number; windowId: number; documentUrl?: string }>> };
  if (typeof runtime.getContexts === 'function') {
    const contexts = await runtime.getContexts({ contextTypes: ['TAB'] });
    const found = contexts.find((c) => c.tabId >= 0 && (c.documentUrl ?? '').split('#')[0] === url);
    return found ? { tabId: found.tabId, windowId: found.windowId } : null;
  }
  const views = (browser.extension?.getViews?.({ type: 'tab' }) ?? []) as Window[];
  for (const view of views) {
    if (view.location.pathname !== LIBRARY_PATH) continue;
    const tab = await (view as unknown as { browser: typeof browser }).browser.tabs.getCurrent();
    if (tab?.id !== undefined) return { tabId: tab.id, windowId: tab.windowId };
  }
  return null;
}

export function runtimeConnector(store = new ClippingStore()): Connector {
  return {
    store,
    async pageMarks() {
      const tabId = await activeTabId();
      if (tabId === null) return null;
      try {
        // A content script's answer is checked like any message: the popup lists what it holds.
        return parsePageMarks(await browser.tabs.sendMessage(tabId, { type: 'popup:page-marks' } satisfies Message));
      } catch {
        return null; // no content script there (a browser page)
      }
    },
    async saveArticle() {
      const tabId = await activeTabId();
      if (tabId === null) return 'empty';
      return unwrap(await send({ type: 'popup:save-article', tabId })).status;
    },
    async openLibrary() {
      const open = await openLibraryTab().catch(() => null);
      if (open) {
        // Activating a tab and focusing a window need no permission.
        await browser.tabs.update(open.tabId, { active: true });
        if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(() => undefined);
        return;
      }
      await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PATH) });
    },
    libraryChanged() {
      // A small note, never data: the background tells the article tabs to re-mark.
      void browser.runtime.sendMessage({ type: 'popup:clippings-changed' } satisfies Message).catch(() => undefined);
    },
  };
}
