import { defineUnlistedScript } from '#imports';
import { mightBeArabic } from '../lib/page/gate';
import { articleHandler, setEarlySettings } from './content/handoff';
import { siteKey } from '../lib/page/site-settings';
import type { Message } from '../lib/messaging/messages';

/** Where the build puts the article module (entrypoints/content/index.ts). */
const ARTICLE_MODULE = 'content-scripts/content.js';

type Api = { runtime: { id: string; getURL(path: string): string; sendMessage(m: Message): Promise<unknown>; onMessage: { addListener(l: (raw: unknown, sender: { id?: string }, respond: (r: unknown) => void) => boolean | undefined): void } } };

/**
 * The gate, the only script the manifest injects (on every page, wxt.config.ts): a look at the page's
 * language attributes and title, and nothing else. A page that could be an Arabic article imports
 * the article module, a web-accessible file that Chromium serves only through a per-session URL
 * (use_dynamic_url), so pages cannot probe for it. Any other page pays for this file alone: no
 * framework wrapper, no timer, no observer, and no touch of the extension API (the first use of
 * `chrome.runtime` in a tab builds its bindings, and a runtime listener more: about 1 ms of script
 * time together, more than the rest of the gate; npm run bench -- page-extension --part=english).
 */
export default defineUnlistedScript(() => {
  const api = (): Api => ((globalThis as { browser?: Api }).browser ?? (globalThis as { chrome?: Api }).chrome)!;
  let loading: Promise<unknown> | null = null;
  let loaded = false;
  const fail = (e: unknown): void => console.debug('[qusasat] article module failed', e); // never throw into the page
  const load = (): Promise<unknown> => (loading ??= import(/* @vite-ignore */ api().runtime.getURL(ARTICLE_MODULE)).then(() => { loaded = true; }));
  const check = (): void => {
    if (loading || !mightBeArabic(document)) return;
    // The module's first question, asked now: it wakes a stopped worker while the module loads.
    const site = siteKey(location.href);
    try { setEarlySettings(site, api().runtime.sendMessage({ type: 'content:get-site-settings', site })); } catch { /* the module asks again */ }
    load().catch(fail);
  };
  check();
  if (loading) return;
  // A single-page site may turn into an Arabic article on a later URL: look again then (Navigation
  // API where there is one, history moves elsewhere). The article module follows URLs itself.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', check);
  addEventListener('popstate', check);
  // The background may ask something of a page the gate let by (saving a selection anywhere), and
  // only once the reader has selected something: listen for it from the first selection on, then
  // load the module and let it answer.
  const listen = (): void => {
    if (loading || !getSelection()?.toString().trim()) return;
    document.removeEventListener('selectionchange', listen);
    const { runtime } = api();
    runtime.onMessage.addListener((raw, sender, respond) => {
      if (loaded || sender.id !== runtime.id) return undefined;
      load().then(() => articleHandler()?.(raw, sender, respond), (e: unknown) => { fail(e); respond(null); });
      return true;
    });
  };
  document.addEventListener('selectionchange', listen);
});
