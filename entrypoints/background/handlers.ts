import { browser } from 'wxt/browser';
import type { ClippingStore } from '../../lib/clippings/store';
import { analyze } from '../../lib/arabic/analyze';
import { getSiteSettings, setSiteSettings } from './site-settings';
import { isDraft, parseMessage, type Message, type Responses } from '../../lib/messaging/messages';

/** Answer a message from a content script or the popup. Unknown or malformed messages get null. */
export async function handleMessage(store: ClippingStore, raw: unknown): Promise<Responses[Message['type']] | null> {
  const msg = parseMessage(raw);
  if (!msg) return null;
  try {
    switch (msg.type) {
      case 'content:analyze':
        return { ok: true, spans: analyze(msg.text, { ref: msg.ref }) };
      case 'content:save-clipping': {
        const r = await store.save(msg.draft);
        return { ok: true, status: r.status, clipping: r.clipping };
      }
      case 'content:get-site-settings':
        return { ok: true, settings: await getSiteSettings(msg.site) };
      case 'content:set-site-settings':
        await setSiteSettings(msg.site, msg.settings);
        return { ok: true };
      case 'popup:list-clippings':
        return { ok: true, clippings: await store.list() };
      case 'popup:delete-clipping':
        await store.remove(msg.id);
        return { ok: true };
      default:
        return null;
    }
  } catch (e) {
    return { ok: false, error: describe(e) };
  }
}

/** Context menu and shortcut: ask the tab for its selection, store it, tell the tab how it went. */
export async function saveSelectionInTab(store: ClippingStore, tabId: number): Promise<'saved' | 'duplicate' | 'error' | 'empty'> {
  let draft: unknown;
  try {
    draft = await browser.tabs.sendMessage(tabId, { type: 'background:capture-selection' } satisfies Message);
  } catch {
    return 'error'; // no content script in that tab (a browser page, or the store)
  }
  if (!isDraft(draft)) return 'empty';
  let status: 'saved' | 'duplicate' | 'error';
  let error: string | undefined;
  try {
    status = (await store.save(draft)).status;
  } catch (e) {
    status = 'error';
    error = describe(e);
  }
  await browser.tabs.sendMessage(tabId, { type: 'background:saved', status, ...(error ? { error } : {}) } satisfies Message).catch(() => undefined);
  return status;
}

/** A message a person can act on, above all for a full disk. */
function describe(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  if (/Quota/i.test(name) || /quota/i.test(String((e as Error)?.message))) return 'storage is full (quota exceeded)';
  return (e as Error)?.message ?? String(e);
}
