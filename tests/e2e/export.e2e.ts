import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clearStores, importFile, useExtension } from './harness';
import { pointAndClick } from './pointer';
import { uiClick, uiText, waitForUi } from './ui';

/**
 * Export and import as a reader meets them in the Arabic library: a file that is no export or is
 * cut, a refused write (QuotaExceededError), and a Markdown zip of hostile page text.
 */
const ext = useExtension();

function record(n: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
  return {
    id: `e2e-${n}`, createdAt: at, updatedAt: at, url: `https://news.example/a/${n}`, site: 'news.example', title: `عنوان ${n}`,
    byline: null, published: '2026-01-01', text: `نص القصاصة رقم ${n}`, prefix: '', suffix: '', position: null, kind: 'selection',
    speaker: null, entities: [], note: '', tags: [], ...over,
  };
}

const file = (clippings: unknown[]): string => JSON.stringify({ version: 1, clippings }, null, 2);

async function openLibrary(): Promise<Page> {
  const library = await ext.browser.context.newPage();
  await library.goto(`chrome-extension://${ext.browser.extensionId}/library.html`);
  await library.locator('main').waitFor();
  return library;
}

async function exportText(library: Page): Promise<string> {
  if ((await library.locator('details.export').getAttribute('open')) === null) await pointAndClick(library, 'details.export summary');
  const [download] = await Promise.all([library.waitForEvent('download'), pointAndClick(library, '.export-json')]);
  return readFileSync((await download.path())!, 'utf8');
}

const alertText = async (library: Page): Promise<string> => (await library.locator('[role="alert"]').first().textContent()) ?? '';

describe('export and import, end to end', () => {
  it('says in Arabic that a file is not an export, or where it was cut, and changes nothing', async () => {
    const library = await openLibrary();
    await importFile(library, 'ok.json', file([record(1)]));
    await library.locator('.lib-item').first().waitFor();

    const whole = file([record(2), record(3), record(4)]);
    const cut = whole.slice(0, Math.floor(whole.length * 0.7));
    await importFile(library, 'cut.json', cut);
    await expect.poll(() => alertText(library)).toContain(`الملف مقطوع عند السطر ${cut.split('\n').length}`);
    expect(await alertText(library)).not.toMatch(/JSON|Unexpected|position|نص القصاصة/);

    await importFile(library, 'photo.json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe]));
    await expect.poll(() => alertText(library)).toContain('هذا الملف ليس تصديراً من قصاصات');
    expect(await library.locator('.lib-item').count()).toBe(1);
    await library.close();
  });

  it('says in Arabic that the disk is full when IndexedDB refuses a write', async () => {
    // The quota's own error, injected: the extension holds "unlimitedStorage", which CDP's
    // Storage.overrideQuotaForOrigin does not override (the import went through), so IndexedDB
    // itself refuses every write with QuotaExceededError, in the worker and in the page (whichever
    // writes), and Dexie wraps the failure as it would. A real full disk (the profile on a small
    // tmpfs, LevelDB's FILE_ERROR_NO_SPACE and the store Chromium then closes) is played in
    // tests/e2e/quota.e2e.ts, where mounting one is allowed.
    const full = (): void => {
      const g = globalThis as { qusasatWrites?: unknown[] };
      const p = IDBObjectStore.prototype;
      g.qusasatWrites = [p.add, p.put];
      const refuse = function (): never { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      p.add = refuse;
      p.put = refuse;
    };
    const unfull = (): void => {
      const [add, put] = (globalThis as { qusasatWrites?: [typeof IDBObjectStore.prototype.add, typeof IDBObjectStore.prototype.put] }).qusasatWrites!;
      IDBObjectStore.prototype.add = add;
      IDBObjectStore.prototype.put = put;
    };
    const worker = ext.browser.context.serviceWorkers()[0]!;
    const library = await openLibrary();
    await worker.evaluate(full);
    await library.evaluate(full);
    const big = Array.from({ length: 5 }, (_, i) => record(100 + i));
    await importFile(library, 'big.json', file(big));
    await expect.poll(() => alertText(library), { timeout: 15_000 }).toContain('مساحة التخزين ممتلئة');
    expect(await alertText(library)).not.toMatch(/[A-Za-z]{4,}/); // no QuotaExceededError, no Dexie text
    await library.close();
    await worker.evaluate(unfull);
  });

  it('downloads a Markdown zip whose names and notes carry no hostile page text', async () => {
    const library = await openLibrary();
    const hostile = record(200, {
      url: 'javascript:alert(1)', title: 'gpj\u202Eexe\u0000 <img src=x onerror=alert(1)>', text: '<script>alert(1)</script> [x](javascript:alert(2))',
      note: '<iframe src="https://evil.example"></iframe>',
    });
    await importFile(library, 'hostile.json', file([hostile]));
    await library.locator('.lib-item', { hasText: 'script' }).first().waitFor();
    const [download] = await Promise.all([library.waitForEvent('download'), pointAndClick(library, '.export-md')]);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const names = Object.keys(files);
    expect(names).toContain('clippings.md');
    for (const n of names) expect(n).not.toMatch(/[\u0000-\u001f\u202a-\u202e<>:"|?*]/);
    const all = names.map((n) => strFromU8(files[n]!)).join('\n');
    expect(all).not.toMatch(/<(script|img|iframe)/i);
    expect(all).not.toMatch(/(^|[^\\])\]\(javascript:/m);
    expect(all).toContain('&lt;script&gt;');
    await library.close();
  });
});

/** Empty the per-site settings' own database (lib/clippings/site-settings-db.ts), as a new profile has it. */
async function clearSites(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => { const r = indexedDB.open('qusasat-sites'); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
    await new Promise<void>((ok, no) => { const tx = db.transaction('sites', 'readwrite'); tx.objectStore('sites').clear(); tx.oncomplete = () => ok(); tx.onerror = () => no(tx.error); });
    db.close();
  });
}

describe('the export carries the trash, review history, corrections, settings and sites', () => {
  it('round trip through the library: a trashed clipping, a site turned off, a review, a setting and a correction come back after the databases are wiped', async () => {
    const library = await openLibrary();
    await importFile(library, 'ok.json', file([record(300), record(301), record(302, { text: 'قصاصة إلى سلة المحذوفات' })]));
    await library.locator('.lib-item').nth(2).waitFor();
    // A clipping deleted by hand: chosen in the list, then «حذف» in its editor (it goes to the trash).
    await pointAndClick(library, '.lib-item:has-text("قصاصة إلى سلة المحذوفات")');
    await pointAndClick(library, '.editor-delete');
    await library.locator('.trash-item', { hasText: 'قصاصة إلى سلة المحذوفات' }).waitFor({ state: 'attached' });
    // A site turned off by hand: the page's «ق» panel, «off for this site».
    const article = await ext.browser.context.newPage();
    await article.goto(ext.site.url('/article.html'));
    await waitForUi(article, 'panel', '.fab');
    await uiClick(article, 'panel', '.fab');
    await uiClick(article, 'panel', '.site');
    await expect.poll(() => article.evaluate(() => CSS.highlights.size)).toBe(0);
    const site = new URL(ext.site.url('/')).host;
    // A review by hand: the review tab, «keep» on a card.
    await pointAndClick(library, '.lib-tabs a:has-text("المراجعة")');
    await pointAndClick(library, '.review-card .review-keep');
    await expect.poll(() => library.locator('.review-card .review-keep[aria-pressed="true"]').count()).toBe(1);
    // A setting by hand: the options page's high-contrast colours.
    const options = await ext.browser.context.newPage();
    await options.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
    await pointAndClick(options, '.opt-preset.preset-contrast');
    await options.locator('.notice-info').waitFor();
    // A correction as the page's card leaves it (made on an article; written here directly).
    await library.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, no) => { const r = indexedDB.open('qusasat'); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
      await new Promise<void>((ok) => { const tx = db.transaction('corrections', 'readwrite'); tx.objectStore('corrections').put({ key: 'الخميس', text: 'الخميس', kind: 'none', at: '2026-03-01T00:00:00.000Z' }); tx.oncomplete = () => ok(); });
      db.close();
    });
    await library.goto(`chrome-extension://${ext.browser.extensionId}/library.html`);
    await library.locator('.lib-item').first().waitFor();
    const first = await exportText(library);
    const data = JSON.parse(first) as {
      version: number; trash: Array<{ clipping: { text: string }; deletedAt: string }>; reviews: Array<{ action: string }>;
      corrections: Array<{ text: string }>; prefs: Array<{ key: string }>; sites: Array<{ site: string; off: boolean }>;
    };
    expect(data.version).toBe(3);
    expect(data.trash.map((e) => e.clipping.text)).toContain('قصاصة إلى سلة المحذوفات');
    expect(data.sites).toContainEqual({ site, off: true, hidden: [] });
    expect(data.reviews.map((r) => r.action)).toContain('keep');
    expect(data.corrections.map((c) => c.text)).toEqual(['الخميس']);
    expect(data.prefs.map((p) => p.key)).toContain('display');

    // Everything gone, then the file imported by hand: the same file comes out again.
    await clearStores(library, ['clippings', 'trash', 'reviews', 'corrections', 'prefs']);
    await clearSites(library);
    await library.reload();
    await library.locator('.welcome').waitFor();
    await options.reload();
    await expect.poll(() => options.inputValue('.color-light-person')).not.toBe('#a34e00');
    await options.locator('.opt-sites').waitFor();
    expect(await options.locator('.opt-site', { hasText: site }).count()).toBe(0);
    await importFile(library, 'backup.json', first);
    await library.locator('.lib-item').nth(1).waitFor();
    await library.reload();
    await library.locator('.lib-item').nth(1).waitFor();
    expect(await exportText(library)).toBe(first);
    await options.reload();
    await expect.poll(() => options.inputValue('.color-light-person')).toBe('#a34e00');
    // The site is off again: listed on the options page, and the article's panel offers to turn it on.
    await options.locator('.opt-site', { hasText: site }).waitFor();
    await article.reload();
    await waitForUi(article, 'panel', '.fab');
    await uiClick(article, 'panel', '.fab');
    await waitForUi(article, 'panel', '.site');
    expect(await uiText(article, 'panel', '.site')).toBe('تشغيل قصاصات على هذا الموقع');
    // The trashed clipping is in the library's trash, restorable, with its deletion time.
    await pointAndClick(library, 'details.trash summary');
    await library.locator('.trash-item', { hasText: 'قصاصة إلى سلة المحذوفات' }).waitFor();
    // Importing the same file again doubles nothing.
    await importFile(library, 'backup.json', first);
    // Nothing added, everything skipped (the file also holds what the earlier tests of this file saved).
    await library.waitForFunction(() => /استُوردت: لا قصاصات\. تُخطّي المكرر: (?!لا)/.test(document.querySelector('.notice-text')?.textContent ?? ''));
    await library.reload();
    await library.locator('.lib-item').nth(1).waitFor();
    expect(await exportText(library)).toBe(first);
    expect(await library.locator('.trash-item', { hasText: 'قصاصة إلى سلة المحذوفات' }).count()).toBe(1);
    await article.close();
    await options.close();
    await library.close();
  });
});
