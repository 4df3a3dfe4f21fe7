/**
 * Import of an export file as the reader does it, in the library page of the built extension in
 * Chromium (parse, validate, chunked writes by the page itself), timed from choosing the file to the
 * notice that counts the clippings. Shared by npm run bench -- clippings (budget) and -- page (issue 16's goal).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { toJson } from '../../lib/clippings/export-json';
import type { Clipping } from '../../lib/clippings/model';
import type { Browser } from '../lib/browser';

/** Import `clippings` `runs` times into an emptied library; the library is left full after the last run. */
export async function timeImports(browser: Browser, clippings: Clipping[], runs: number): Promise<{ page: Page; times: number[] }> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.locator('.empty').waitFor();
  const path = join(tmpdir(), `qusasat-bench-${Date.now()}.json`);
  writeFileSync(path, toJson(clippings));
  const times: number[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      await page.evaluate(() => { (window as unknown as { t0: number }).t0 = performance.now(); });
      await page.setInputFiles('.import-file', path);
      // The import's closing notice («استُوردت: …»), not its progress («يجري الاستيراد: 500 من 10000…»,
      // which names the total too): waiting for the total alone stopped the clock at the first chunk.
      await page.waitForFunction(() => (document.querySelector('.notice-text')?.textContent ?? '').startsWith('استُوردت'), undefined, { timeout: 120_000, polling: 20 });
      times.push(await page.evaluate(() => performance.now() - (window as unknown as { t0: number }).t0));
      if (r === runs - 1) break;
      // Empty the library again for the next run.
      await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((ok) => { const q = indexedDB.open('qusasat'); q.onsuccess = () => ok(q.result); });
        await new Promise<void>((ok) => { const tx = db.transaction('clippings', 'readwrite'); tx.objectStore('clippings').clear(); tx.oncomplete = () => ok(); });
        db.close();
      });
      await page.reload();
      await page.locator('.empty').waitFor();
    }
  } finally {
    rmSync(path, { force: true });
  }
  return { page, times };
}
