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
import { emptyLibrary, openEmptyLibrary } from '../lib/library-page';

/**
 * Import `clippings` `runs` times into an emptied library; the library is left full after the last
 * run. `times`: to the closing notice; `listed`: until the list counts them all (the page reads back
 * what it wrote once the import has ended).
 */
export async function timeImports(browser: Browser, clippings: Clipping[], runs: number): Promise<{ page: Page; times: number[]; listed: number[] }> {
  const page = await openEmptyLibrary(browser);
  const path = join(tmpdir(), `qusasat-bench-${Date.now()}.json`);
  writeFileSync(path, toJson(clippings));
  const times: number[] = [];
  const listed: number[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      if (r) await emptyLibrary(page);
      const t = await importOnce(page, path, clippings.length);
      times.push(t.notice);
      listed.push(t.listed);
    }
  } finally {
    rmSync(path, { force: true });
  }
  return { page, times, listed };
}

/** One import of the file at `path` (of `n` clippings) as the reader does it: ms to the closing notice, and until the list counts them. */
export async function importOnce(page: Page, path: string, n: number): Promise<{ notice: number; listed: number }> {
  const since = (): Promise<number> => page.evaluate(() => performance.now() - (window as unknown as { t0: number }).t0);
  await page.evaluate(() => { (window as unknown as { t0: number }).t0 = performance.now(); });
  await page.setInputFiles('.import-file', path);
  // The import's closing notice («استُوردت: …»), not its progress («يجري الاستيراد: 500 من 10000…»,
  // which names the total too): waiting for the total alone stopped the clock at the first chunk.
  await page.waitForFunction(() => (document.querySelector('.notice-text')?.textContent ?? '').startsWith('استُوردت'), undefined, { timeout: 120_000, polling: 20 });
  const notice = await since();
  // «10000 من 10000»: the total after «من».
  await page.waitForFunction((n) => (document.querySelector('.lib-count')?.textContent ?? '').split('من')[1]?.replace(/\D/g, '') === String(n), n, { timeout: 120_000, polling: 20 });
  return { notice, listed: await since() };
}
