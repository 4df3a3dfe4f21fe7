import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, serveFixtures, type Browser, type Site } from '../../scripts/lib/browser';
import { pointAndClick } from './pointer';

export { launch, saveViaMenu, serveFixtures, stepViaShortcut, type Browser, type Site } from '../../scripts/lib/browser';
export { clearStores, emptyLibrary, openEmptyLibrary } from '../../scripts/lib/library-page';

/** Wait until the content script has painted (or the timeout passes), then read CSS.highlights. */
export async function readHighlights(page: Page, waitMs = 5000): Promise<Record<string, string[]>> {
  await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: waitMs }).catch(() => undefined);
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = [...h].map((r) => (r as Range).toString());
    });
    return out;
  });
}

/** Select `from`…`to` (inclusive) inside the n-th body paragraph, as a drag with the mouse leaves it; the selected text. */
export async function selectWords(page: Page, paragraph: number, from: string, to: string): Promise<string> {
  return page.evaluate(({ paragraph, from, to }) => {
    const text = document.querySelectorAll('.article-body p')[paragraph]!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, text.data.indexOf(from));
    range.setEnd(text, text.data.indexOf(to) + to.length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  }, { paragraph, from, to });
}

/** Console errors and uncaught exceptions the page itself reports. */
export function countPageErrors(page: Page): { readonly count: number; messages: string[] } {
  const messages: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') messages.push(m.text()); });
  page.on('pageerror', (e) => messages.push(String(e)));
  return { get count() { return messages.length; }, messages };
}

/**
 * For one test file: serve the fixtures on 127.0.0.1 (with extra response headers per path) and
 * launch headless Chromium with the built extension before its tests; close both after them.
 */
export function useExtension(headers: Record<string, Record<string, string>> = {}): { readonly site: Site; readonly browser: Browser } {
  const env = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    env.site = await serveFixtures(headers);
    env.browser = await launch(true);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
    await removeImportFiles();
  });
  return env;
}

/** Every record of a store of the extension's database, read raw in the worker (no Dexie). */
export function rawRows(b: Browser, store: string): Promise<Array<Record<string, unknown>>> {
  return b.worker!.evaluate((store) => new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
    const req = indexedDB.open('qusasat');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(store)) { db.close(); resolve([]); return; }
      const all = db.transaction(store).objectStore(store).getAll();
      all.onsuccess = () => { db.close(); resolve(all.result as Array<Record<string, unknown>>); };
      all.onerror = () => { db.close(); reject(all.error); };
    };
  }), store);
}

// The files importFile wrote (one of them 27 MB): removed when the browser that read them has closed.
const importDirs: string[] = [];

/** Remove the files importFile wrote: after the browser that may still read them has closed. */
export async function removeImportFiles(): Promise<void> {
  await Promise.all(importDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** Choose a file in the library's import box, as a reader restoring a backup does (the panel opened by pointer). */
export async function importFile(library: Page, name: string, body: string | Buffer): Promise<void> {
  const panel = library.locator('details.export');
  if ((await panel.count()) && (await panel.getAttribute('open')) === null) await pointAndClick(library, 'details.export summary');
  // From a file on disk, as a reader picks one: a file given as bytes is rebuilt inside the page by
  // Playwright's own script, seconds of the library's main thread for a big file that no reader pays.
  const dir = await mkdtemp(join(tmpdir(), 'qusasat-import-'));
  importDirs.push(dir);
  const path = join(dir, name);
  await writeFile(path, body);
  await library.setInputFiles('.import-file', path);
}

/** A count of clippings as the Arabic UI words it (tn('clippings', n)): «قصاصة واحدة», «قصاصتان», «3 قصاصات», «11 قصاصة». */
export function arabicCount(n: number): string {
  return n === 0 ? 'لا قصاصات' : n === 1 ? 'قصاصة واحدة' : n === 2 ? 'قصاصتان' : n % 100 >= 3 && n % 100 <= 10 ? `${n} قصاصات` : `${n} قصاصة`;
}
