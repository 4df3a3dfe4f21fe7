import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { readHighlights, saveViaMenu, useExtension } from './harness';
import { frame } from './pointer';

const ext = useExtension();

/** The extension scripts Chromium parses in a tab (Debugger.scriptParsed sees the content scripts' world too). */
async function watchScripts(page: Page): Promise<{ cdp: CDPSession; urls: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', (e: { url: string }) => { if (e.url.startsWith('chrome-extension://')) urls.push(e.url); });
  await cdp.send('Debugger.enable');
  return { cdp, urls };
}

/** In the running worker: entity model loads it finished (entrypoints/background/model.ts) and requests for a model file. */
async function modelIn(): Promise<{ loads: number; requests: number }> {
  const worker = ext.browser.context.serviceWorkers().at(-1);
  if (!worker) return { loads: 0, requests: 0 };
  return worker.evaluate(() => ({
    loads: performance.getEntriesByName('qusasat-model-load').length,
    requests: performance.getEntriesByType('resource').filter((r) => r.name.includes('/models/')).length,
  }));
}

const file = (url: string) => url.split('/').slice(3).join('/');

/** How many analyses pages have asked the running worker for. */
function analysesServed(): Promise<number> {
  const worker = ext.browser.context.serviceWorkers().at(-1);
  return worker ? worker.evaluate(() => (globalThis as unknown as { qusasat: { analysesServed(): number } }).qusasat.analysesServed()) : Promise.resolve(0);
}

/** When the running worker started (a new value: the browser started a new one). */
async function workerStart(): Promise<number | null> {
  const worker = ext.browser.context.serviceWorkers().at(-1);
  return worker ? worker.evaluate(() => performance.timeOrigin).catch(() => null) : null;
}

describe('pages that are not articles', () => {
  /** Load a page as a reader does (look, move the pointer over the text); what the extension added. */
  async function visit(path: string): Promise<{ scripts: string[]; highlights: number; tags: string[]; last: string | undefined }> {
    const page = await ext.browser.context.newPage();
    const { urls } = await watchScripts(page);
    await page.goto(ext.site.url(path));
    await page.mouse.move(300, 200, { steps: 10 });
    await page.waitForTimeout(1000);
    const r = await page.evaluate(() => ({ highlights: CSS.highlights.size, tags: [...document.documentElement.children].map((e) => e.tagName), last: document.body.lastElementChild?.tagName }));
    await page.close();
    return { scripts: urls.map(file), ...r };
  }

  it('an English page gets the gate alone: the article module never loads, no UI, no model request', async () => {
    const r = await visit('/english.html');
    expect(r.scripts).toEqual(['gate.js']);
    expect(r.highlights).toBe(0);
    // No element added: no shadow host after the body's own content.
    expect(r.tags).toEqual(['HEAD', 'BODY']);
    expect(r.last).toBe('SCRIPT');
    expect(await modelIn()).toEqual({ loads: 0, requests: 0 });
  });

  it('a Persian page with no lang passes the gate (Arabic letters in its title) and the decision stops it: no UI, no analysis asked for', async () => {
    const before = await analysesServed();
    const r = await visit('/persian.html');
    expect(r.scripts).toEqual(['gate.js', 'content-scripts/content.js']);
    expect(r.highlights).toBe(0);
    expect(r.tags).toEqual(['HEAD', 'BODY']);
    expect(await analysesServed()).toBe(before);
    // A page past the gate wakes the worker, which makes itself ready once (warm-up.ts): the model is
    // read in the worker at most once, never into the page.
    expect((await modelIn()).loads).toBeLessThanOrEqual(1);
  });
});

describe('an article after the worker stopped', () => {
  it('loads the article module, and paints the same highlights with the model reloaded by a fresh worker', async () => {
    const page = await ext.browser.context.newPage();
    const { cdp, urls } = await watchScripts(page);
    await page.goto(ext.site.url('/article.html'));
    const warm = await readHighlights(page);
    expect(warm['qusasat-person']).toContain('فؤاد حسين');
    expect(urls.map(file)).toEqual(['gate.js', 'content-scripts/content.js']);
    expect((await modelIn()).loads).toBe(1);
    const first = await workerStart();

    // What the browser does to an idle MV3 worker after 30 s.
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    await page.reload();
    const cold = await readHighlights(page);
    expect(cold).toEqual(warm);
    // The painted words came from a worker that started again and read the model again, from the
    // Cache API where the first worker left its bytes (half the time of fetching the file again).
    expect(await workerStart()).not.toBe(first);
    expect((await modelIn()).loads).toBe(1);
    const worker = ext.browser.context.serviceWorkers().at(-1)!;
    expect(await worker.evaluate(() => performance.getEntriesByName('qusasat-model-from-cache').length)).toBe(1);
    await page.mouse.move(400, 300, { steps: 10 });
    await page.close();
  });
});

describe('saving on a page the gate let by', () => {
  it('a selection on an English page: the module loads on the background\'s request and the clipping is saved', async () => {
    const page = await ext.browser.context.newPage();
    const { urls } = await watchScripts(page);
    await page.goto(ext.site.url('/english.html'));
    // The reader selects a paragraph (three clicks) and saves it from the context menu.
    const p = page.locator('article p').first();
    const box = (await p.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 10 });
    await p.click({ clickCount: 3 });
    // The shortcut comes after the page has told its scripts of the selection (selectionchange is a
    // task of its own: without a frame between, the menu's message could arrive before the gate
    // listens, which no hand on a keyboard is quick enough for).
    await frame(page);
    expect(urls.map(file)).toEqual(['gate.js']);
    expect(await saveViaMenu(ext.browser, page)).toBe('saved');
    expect(urls.map(file)).toEqual(['gate.js', 'content-scripts/content.js']);
    await page.close();
  });
});
