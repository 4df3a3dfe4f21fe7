import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { gate } from '../../lib/page/gate';
import { articleHandler } from './handoff';
import './highlights.css';

/** Where the build puts the article module (entrypoints/article.content.ts). */
const ARTICLE_MODULE = '/content-scripts/article.js';

/**
 * The gate, the only script the manifest injects (on every page): a check of the page's language
 * attributes and title, and nothing else. A page that could be an Arabic article imports the
 * article module, a web-accessible file the browser reaches through a per-session URL in Chromium
 * (use_dynamic_url), so pages cannot probe for it; any other page pays for this file alone.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    let loading: Promise<unknown> | null = null;
    let loaded = false;
    const load = (): Promise<unknown> => (loading ??= import(/* @vite-ignore */ browser.runtime.getURL(ARTICLE_MODULE)).then(() => { loaded = true; }));
    const fail = (e: unknown): void => console.debug('[qusasat] article module failed', e); // never throw into the page
    const check = (): void => { if (!loading && gate(document) === null) load().catch(fail); };
    check();
    // A single-page site may turn into an Arabic article later.
    ctx.addEventListener(window, 'wxt:locationchange', check);
    // The background asks something of a page the gate let pass by (saving a selection anywhere):
    // load the module and let it answer.
    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (loaded || sender.id !== browser.runtime.id) return;
      load().then(() => articleHandler()?.(raw, sender, sendResponse), (e: unknown) => { fail(e); sendResponse(null); });
      return true;
    });
  },
});
