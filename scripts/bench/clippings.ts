/**
 * Library benchmarks (medians). In Node with fake-indexeddb: save, import of 10,000, and the search
 * data path per keystroke. In headless Chromium with the built extension (when present): the library
 * page's first render with 10,000 clippings and the search per keystroke as the reader sees it.
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ClippingsDb } from '../../lib/clippings/db';
import { ClippingStore } from '../../lib/clippings/store';
import { parseExport, toJson } from '../../lib/clippings/export-json';
import { readExportFile } from '../../lib/clippings/import-file';
import { SearchIndex } from '../../lib/clippings/search';
import { applyView, facets, groupRows } from '../../lib/clippings/view';
import { DAY_SET_KEY } from '../../lib/clippings/review-today';
import type { Clipping, ClippingDraft } from '../../lib/clippings/model';
import { median } from './_util';
import { synthesize } from './_clippings-data';
import { CHROMIUM, EXTENSION, launch } from '../lib/browser';
import { timeImports } from './_import-chromium';

const N = 10_000;
const TYPED = ['الحكومة السعودية', 'وزير الخارجيه', 'المملكة'];
const ms = (x: number): string => `${x.toFixed(2)} ms`;

export async function run(): Promise<void> {
  const clippings = synthesize(N);
  console.log(`${clippings.length} synthetic clippings from the corpus`);

  // save: one clipping into a library that already holds 10,000.
  const store = new ClippingStore(new ClippingsDb(`bench-${Date.now()}`));
  await store.importMany(clippings);
  const saves: number[] = [];
  for (let i = 0; i < 200; i++) {
    const { id: _i, createdAt: _c, updatedAt: _u, note: _n, tags: _t, ...base } = clippings[i % clippings.length]!;
    const draft: ClippingDraft = { ...base, text: `${base.text} ${i}` };
    const t0 = performance.now();
    await store.save(draft);
    if (i >= 20) saves.push(performance.now() - t0);
  }
  report('save (10,000 in the library)', median(saves), 10);

  // import: parse + validate the export file, then write all of it into an empty library.
  const file = toJson(clippings);
  const imports: number[] = [];
  for (let r = 0; r < 3; r++) {
    const fresh = new ClippingStore(new ClippingsDb(`bench-import-${Date.now()}-${r}`));
    const t0 = performance.now();
    const parsed = parseExport(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const res = await fresh.importMany(parsed.clippings);
    imports.push(performance.now() - t0);
    if (res.added !== clippings.length) throw new Error(`import added ${res.added}`);
    fresh.db.close();
  }
  report('import 10,000 (parse, validate, write)', median(imports), 3000);

  // A 50 MB file that is not an export: refused from its start; the baseline is reading it whole.
  const junk = new Blob([new Uint8Array(50 * 1024 * 1024).fill(0x61)]);
  const refuse: number[] = [];
  const whole: number[] = [];
  for (let r = 0; r < 5; r++) {
    let t0 = performance.now();
    const res = await readExportFile(junk);
    refuse.push(performance.now() - t0);
    if (res.ok) throw new Error('a 50 MB non-export was taken');
    t0 = performance.now();
    await junk.text();
    whole.push(performance.now() - t0);
  }
  report('refuse a 50 MB file that is not an export', median(refuse), 1000);
  console.log(`  (reading that file whole: ${ms(median(whole))}, ${(median(whole) / median(refuse)).toFixed(0)}× longer)`);

  // search data path per keystroke: match + filters + groups + facet counts.
  const tb = performance.now();
  const index = new SearchIndex(clippings);
  console.log(`  search index build, all at once: ${ms(performance.now() - tb)}`);
  // The library builds it in ~12 ms slices after the list is shown: the longest slice is what the page feels.
  const slices: number[] = [];
  let ts = performance.now();
  await SearchIndex.inSlices(clippings, 12, async () => { slices.push(performance.now() - ts); await new Promise((ok) => setTimeout(ok, 0)); ts = performance.now(); });
  console.log(`  search index build in ~12 ms slices: ${slices.length} slices, longest ${ms(Math.max(...slices))}, median ${ms(median(slices))}`);
  const keys: number[] = [];
  for (const q of TYPED) {
    for (let k = 1; k <= q.length; k++) {
      const t0 = performance.now();
      const shown = applyView(clippings, index, q.slice(0, k), {});
      groupRows(shown);
      facets(shown);
      keys.push(performance.now() - t0);
    }
  }
  report('search per keystroke over 10,000 (data)', median(keys), 30);

  await inBrowser(clippings);
}

/** In the library page: remove the kept day's review set (raw IndexedDB: the page's Dexie is not reachable). */
const FORGET_DAY_SET = `new Promise((done, fail) => { const q = indexedDB.open('qusasat'); q.onerror = fail; q.onsuccess = () => {
  const tx = q.result.transaction('prefs', 'readwrite'); tx.objectStore('prefs').delete(${JSON.stringify(DAY_SET_KEY)});
  tx.oncomplete = () => { q.result.close(); done(undefined); }; tx.onerror = fail; }; })`;

function report(what: string, value: number, budget: number): void {
  console.log(`  ${what}: ${ms(value)} (budget ${budget} ms) ${value <= budget ? 'ok' : 'OVER'}`);
}

/** The library page in Chromium: first render and keystrokes, timed inside the page. */
async function inBrowser(clippings: Clipping[]): Promise<void> {
  if (!existsSync(CHROMIUM) || !existsSync(join(EXTENSION, 'manifest.json'))) {
    console.log('  (browser figures skipped: needs /usr/bin/chromium and `npm run build`)');
    return;
  }
  const browser = await launch(true);
  try {
    // Import as the reader does: the library page's own import (parse, validate, chunked writes to
    // the database by the page itself).
    const { page, times: importTimes } = await timeImports(browser, clippings, 3);
    report(`import 10,000 in Chromium (the library page: parse, validate, write in chunks; runs ${importTimes.map((t) => t.toFixed(0)).join(', ')} ms)`, median(importTimes), 3000);
    const renders: number[] = [];
    const totals: number[] = [];
    const firsts: number[] = [];
    for (let r = 0; r < 5; r++) {
      await page.reload();
      await page.locator('.lib-item').first().waitFor();
      await page.waitForFunction(() => performance.getEntriesByName('qusasat-library-all-rendered').length > 0);
      const m = await page.evaluate(() => ({
        render: performance.getEntriesByName('qusasat-library-all-render')[0]?.duration ?? NaN,
        total: performance.getEntriesByName('qusasat-library-all-rendered')[0]?.startTime ?? NaN,
        first: performance.getEntriesByName('qusasat-library-rendered')[0]?.startTime ?? NaN,
      }));
      renders.push(m.render);
      totals.push(m.total);
      firsts.push(m.first);
    }
    report('library first screen with 10,000 (page open → first clippings on screen, read from the database by the page)', median(firsts), 300);
    report('library whole list rendered (data in hand → list on screen)', median(renders), 200);
    console.log(`  library page open → all 10,000 read in chunks and listed: ${ms(median(totals))}`);

    // A clipping saved by the background (as from an article tab) shows in the open library.
    await page.waitForTimeout(2000);
    const changes: number[] = [];
    for (let r = 0; r < 7; r++) {
      const text = `قصاصة حية للقياس ${r} ${Date.now()}`;
      // No named helpers in here: tsx would wrap them in a __name() the page does not have.
      const seen = page.evaluate((text) => new Promise<number>((ok) => {
        const mo = new MutationObserver(() => {
          if (!document.querySelector('.lib-item .lib-text')?.textContent?.includes(text)) return;
          mo.disconnect();
          ok(performance.timeOrigin + performance.now());
        });
        mo.observe(document.body, { subtree: true, childList: true, characterData: true });
      }), text);
      const { id: _i, createdAt: _c, updatedAt: _u, note: _n, tags: _t, ...draft } = clippings[r]!;
      const t0 = await browser.worker!.evaluate(async (d) => {
        const t = performance.timeOrigin + performance.now();
        await (globalThis as unknown as { qusasat: { saveDraft(d: unknown): Promise<unknown> } }).qusasat.saveDraft(d);
        return t;
      }, { ...draft, text });
      changes.push((await seen) - t0);
      await page.waitForTimeout(300);
    }
    report('a clipping saved by the background shows in the open library of 10,000', median(changes), 200);

    // Export of everything: from the click to the file handed to the downloads.
    const exports: number[] = [];
    await page.click('details.export summary');
    for (let r = 0; r < 3; r++) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.evaluate(() => {
        const real = URL.createObjectURL;
        const w = window as unknown as { exportMs?: number };
        const t0 = performance.now();
        URL.createObjectURL = (b) => { w.exportMs = performance.now() - t0; URL.createObjectURL = real; return real(b); };
        document.querySelector<HTMLButtonElement>('.export-json')!.click();
      })]);
      await download.path();
      exports.push(await page.evaluate(() => (window as unknown as { exportMs: number }).exportMs));
    }
    report('export of everything as JSON (10,000, read from the database in chunks)', median(exports), 2000);

    // The review tab opened on its own (its address): page open → the day's cards on screen. Its
    // day's set is chosen at the first opening of a day and kept: each way is timed (the first with
    // the kept set removed before each reload).
    const reviewOpens = { first: [] as number[], kept: [] as number[] };
    await page.evaluate(() => { location.hash = '#/review'; });
    for (let r = 0; r < 10; r++) {
      const first = r % 2 === 0;
      if (first) await page.evaluate(FORGET_DAY_SET);
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('qusasat-review-rendered').length > 0, undefined, { timeout: 60_000 });
      reviewOpens[first ? 'first' : 'kept'].push(await page.evaluate(() => performance.getEntriesByName('qusasat-review-rendered')[0]!.startTime));
      await page.waitForTimeout(300);
    }
    report(`review view opens with 10,000, the day's set kept (page open → the day's cards on screen) [${reviewOpens.kept.map(Math.round).join(' ')}]`, median(reviewOpens.kept), 150);
    report(`review view's first opening of a day, the set chosen from 10,000 [${reviewOpens.first.map(Math.round).join(' ')}]`, median(reviewOpens.first), 150);
    await page.evaluate(() => { location.hash = '#/'; });
    await page.reload();
    await page.locator('.lib-item').first().waitFor();
    // Let the background index build finish, as it does while the reader looks at the list.
    await page.waitForTimeout(3000);
    const typeAll = (untilFrame: boolean) => page.evaluate(async ({ queries, untilFrame }) => {
      const input = document.querySelector<HTMLInputElement>('.lib-search')!;
      const times: number[] = [];
      for (const q of queries) {
        for (let k = 1; k <= q.length; k++) {
          const t0 = performance.now();
          input.value = q.slice(0, k);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // No named helpers in here: tsx would wrap them in a __name() the page does not have.
          await new Promise((ok) => (untilFrame ? requestAnimationFrame(() => setTimeout(ok, 0)) : setTimeout(ok, 0)));
          times.push(performance.now() - t0);
        }
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((ok) => setTimeout(ok, 100));
      }
      return times;
    }, { queries: TYPED, untilFrame });
    report('search per keystroke over 10,000 (in the page, until the list is updated)', median(await typeAll(false)), 30);
    console.log(`  the same, until the next frame is painted (includes waiting for vsync): ${ms(median(await typeAll(true)))}`);
  } finally {
    await browser.close();
  }
}
