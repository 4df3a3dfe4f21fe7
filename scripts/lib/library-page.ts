/**
 * The extension's library page driven straight from a test or a bench: emptied between runs (not a
 * reader's step), so each starts from what a new reader's library shows.
 */
import type { Page } from 'playwright-core';
import type { Browser } from './browser';

/**
 * Empty stores of the library's database straight from an extension page (not a reader's step), so a
 * test starts clean: the clippings and the trash unless told which.
 */
export async function clearStores(page: Page, names: readonly string[] = ['clippings', 'trash']): Promise<void> {
  await page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((ok, no) => { const r = indexedDB.open('qusasat'); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
    await new Promise<void>((ok, no) => {
      const tx = db.transaction(stores, 'readwrite');
      for (const n of stores) tx.objectStore(n).clear();
      tx.oncomplete = () => ok();
      tx.onerror = () => no(tx.error);
    });
    db.close();
  }, [...names]);
}

/** Empty the library's clippings and trash and reload it: what a new reader's library shows. */
export async function emptyLibrary(library: Page): Promise<void> {
  await clearStores(library);
  await library.reload();
  await library.locator('.empty').waitFor();
}

/** A new tab on the extension's library, emptied first. */
export async function openEmptyLibrary(browser: Browser): Promise<Page> {
  const library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await emptyLibrary(library);
  return library;
}
