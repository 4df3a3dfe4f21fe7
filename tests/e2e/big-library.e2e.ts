/**
 * A large library in real Chromium (issue 18 §1): far past the 64 MiB a runtime message may carry.
 * The library page reads and writes the database itself, deletes to the trash, undoes from it,
 * exports from the database in chunks and imports back: every record returns, field by field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Clipping } from '../../lib/clippings/model';
import { emptyLibrary, openEmptyLibrary, readHighlights, saveViaMenu, useExtension } from './harness';

const ext = useExtension();
const N = 5000;
const CHARS = 12_000;

const PARAGRAPH = 'قال وزير الخارجية فؤاد حسين في مؤتمر صحفي ببغداد إن الحكومة تعمل على عودة النازحين وإعادة إعمار المدن المتضررة، وأضاف أن الأمم المتحدة ستدعم الخطة. ';

/** Deterministic clippings of ~12,000 characters, each field varied. */
function generate(): Clipping[] {
  const base = PARAGRAPH.repeat(Math.ceil(CHARS / PARAGRAPH.length)).slice(0, CHARS - 20);
  return Array.from({ length: N }, (_, i) => {
    const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    return {
      id: `big-${i}`, createdAt: at, updatedAt: at, url: `https://news.example/story/${i % 700}?p=${i}`, site: 'news.example',
      title: i % 5 ? `عنوان المقال ${i}` : null, byline: i % 3 ? 'مراسلنا' : null, published: i % 4 ? '2024-12-31' : null,
      text: `قصاصة ${i}: ${base}`, prefix: 'قبل النص ', suffix: ' بعد النص', position: i % 2 ? { start: i, end: i + CHARS } : null,
      kind: i % 7 === 0 ? 'quote' : i % 11 === 0 ? 'article' : 'selection', speaker: i % 7 === 0 ? 'فؤاد حسين' : null,
      entities: [{ kind: 'person', start: 30, end: 39, text: 'فؤاد حسين' }, { kind: 'place', start: 52, end: 57, text: 'ببغداد' }, ...(i % 9 ? [] : [{ kind: 'date' as const, start: 0, end: 4, text: 'اليوم', value: '2024-12-31' }])],
      note: i % 6 ? '' : `ملاحظة ${i} «مهمة»`, tags: i % 4 ? [] : ['عراق', `وسم ${i % 10}`],
    } as Clipping;
  });
}

/** Write rows into the extension's database from its own page, as a past session would have left them. */
async function seed(page: Page, clippings: Clipping[]): Promise<void> {
  for (let i = 0; i < clippings.length; i += 250) {
    await page.evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((ok, no) => { const r = indexedDB.open('qusasat'); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
      await new Promise<void>((ok, no) => {
        const tx = db.transaction('clippings', 'readwrite');
        for (const c of rows) tx.objectStore('clippings').put({ ...c, dedupe: `seed:${c.id}`, page: c.url.split('#')[0], entityKeys: [] });
        tx.oncomplete = () => ok();
        tx.onerror = () => no(tx.error);
      });
      db.close();
    }, clippings.slice(i, i + 250));
  }
}

async function exportJson(library: Page): Promise<{ path: string; text: string }> {
  if ((await library.locator('details.export').getAttribute('open')) === null) await library.click('details.export summary');
  const [download] = await Promise.all([library.waitForEvent('download', { timeout: 120_000 }), library.click('.export-json')]);
  const path = (await download.path())!;
  return { path, text: readFileSync(path, 'utf8') };
}

const countIs = (library: Page, n: number, timeout = 120_000) =>
  library.waitForFunction((n) => document.querySelector('.lib-count')?.textContent === `${n} من ${n}`, n, { timeout, polling: 250 });

describe('an open library follows the database live', () => {
  it('shows a clipping saved from an article in another tab without a reload, and exports it; a note edited in another library tab shows; the popup focuses it', async () => {
    const library = await openEmptyLibrary(ext.browser);
    const page = await ext.browser.context.newPage();
    await page.goto(ext.site.url('/article.html'));
    await readHighlights(page);
    const selected = await page.evaluate(() => {
      const text = document.querySelectorAll('.article-body p')[0]!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(60, text.data.length));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString().trim();
    });
    // The background's service worker writes it.
    expect(await saveViaMenu(ext.browser, page)).toBe('saved');
    await library.locator('.lib-item').first().waitFor({ timeout: 5000 });
    expect(await library.locator('.lib-item .lib-text').first().textContent()).toBe(selected);
    const exported = JSON.parse((await exportJson(library)).text) as { clippings: Clipping[] };
    expect(exported.clippings.map((c) => c.text)).toEqual([selected]);

    // A note edited in a second library tab shows in the first, which says so.
    const second = await ext.browser.context.newPage();
    await second.goto(`chrome-extension://${ext.browser.extensionId}/library.html`);
    await library.locator('.lib-item').first().click();
    await second.locator('.lib-item').first().click();
    await second.locator('.editor-note').fill('ملاحظة من التبويب الثاني');
    await library.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('.editor-note')?.value === 'ملاحظة من التبويب الثاني', undefined, { timeout: 5000 });
    expect(await library.locator('.editor-status').textContent()).toContain('تبويب آخر');
    await second.close();

    // «افتح المكتبة» in the popup brings this library tab forward; no second one opens.
    const popup = await ext.browser.context.newPage();
    await popup.goto(`chrome-extension://${ext.browser.extensionId}/popup.html`);
    await popup.locator('.popup-library').click();
    await library.waitForFunction(() => document.visibilityState === 'visible', undefined, { timeout: 5000 });
    await popup.waitForTimeout(300);
    const libraries = ext.browser.context.pages().filter((p) => p.url().includes('/library.html'));
    expect(libraries).toHaveLength(1);
    await popup.close();
    await page.close();
    await library.close();
  });
});

describe('a library of 5,000 clippings of 12,000 characters', () => {
  it('opens, deletes all (asked first), undoes, exports, and imports back every record field by field', async () => {
    const clippings = generate();
    const library = await openEmptyLibrary(ext.browser);
    await seed(library, clippings);

    // Open: the whole library is there (its messages would have been ~120 MB).
    await library.reload();
    await countIs(library, N);
    expect(await library.locator('[role="alert"]').count()).toBe(0);

    // Delete all: asked first, then everything goes to the trash.
    await library.click('.lib-delete-shown');
    const dialog = library.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(String(N));
    await dialog.locator('.confirm-yes').click();
    await library.locator('.empty').waitFor({ timeout: 120_000 });
    await library.locator('.notice-undo').waitFor();
    expect(await library.locator('.trash summary').textContent()).toContain(String(N));

    // Undo: from the database's trash.
    await library.click('.notice-undo');
    await countIs(library, N);
    await library.waitForFunction(() => /\(0\)/.test(document.querySelector('.trash summary')?.textContent ?? ''), undefined, { timeout: 30_000 });

    // Export: every record, every field.
    const first = await exportJson(library);
    const file = JSON.parse(first.text) as { version: number; clippings: Clipping[] };
    expect(Buffer.byteLength(first.text)).toBeGreaterThan(64 * 1024 * 1024); // past what one runtime message may carry
    expect(file.clippings).toHaveLength(N);
    const byId = new Map(file.clippings.map((c) => [c.id, c]));
    for (const c of clippings) expect(byId.get(c.id)).toEqual(c);

    // Wipe the profile's library, import the file: every record back.
    await emptyLibrary(library);
    await library.setInputFiles('.import-file', first.path);
    await library.waitForFunction((n) => (document.querySelector('.notice-text')?.textContent ?? '').includes(`استُوردت: ${n} قصاصة.`), N, { timeout: 180_000, polling: 500 });
    await countIs(library, N);
    const again = await exportJson(library);
    expect(again.text === first.text).toBe(true);
    await library.close();
  }, 600_000);
});

