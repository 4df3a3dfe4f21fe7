/**
 * Issue 14's "Broken" list, each as a reader meets it in the built extension (Arabic UI): a note typed
 * and another clipping picked at once, site-and-day groups, the date filter, deleting many and the
 * trash, and the popup over an article. (The open library following the database live, its export,
 * and «افتح المكتبة» focusing the open tab are in big-library.e2e.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearStores, importFile, readHighlights, saveViaMenu, selectWords, useExtension } from './harness';
import { pointAndClick } from './pointer';
import { uiText } from './ui';

const ext = useExtension();
const extUrl = (path: string): string => `chrome-extension://${ext.browser.extensionId}/${path}`;

interface Over { site?: string; at?: string; published?: string | null; text?: string; url?: string; entities?: unknown[] }
function record(id: string, over: Over = {}): Record<string, unknown> {
  const at = over.at ?? '2026-03-01T09:00:00.000Z';
  const site = over.site ?? 'news.example';
  const text = over.text ?? `قصاصة ${id} عن الأخبار`;
  return {
    id, createdAt: at, updatedAt: at, url: over.url ?? `https://${site}/story/${id}`, site, title: `خبر ${id}`, byline: null,
    published: over.published === undefined ? null : over.published, text, prefix: '', suffix: '', position: null, kind: 'selection',
    speaker: null, entities: over.entities ?? [], note: '', tags: [],
  };
}

async function openLibrary(): Promise<Page> {
  const library = await ext.browser.context.newPage();
  library.setDefaultTimeout(8000);
  await library.goto(extUrl('library.html'));
  await library.locator('main').waitFor();
  return library;
}

/** Import through the library's own file box, as a reader restoring a backup does; wait for the count. */
async function importRecords(library: Page, records: unknown[], total: number): Promise<void> {
  await importFile(library, 'backup.json', JSON.stringify({ version: 1, clippings: records }));
  await expect.poll(() => library.locator('.lib-count').textContent(), { timeout: 10_000 }).toBe(`${total} من ${total}`);
}

describe('the library as issue 14 found it broken', () => {
  it('keeps a note typed and left at once for another clipping (no save pressed, no pause)', async () => {
    const library = await openLibrary();
    await importRecords(library, [record('n1', { at: '2026-03-01T09:00:00.000Z' }), record('n2', { at: '2026-03-01T10:00:00.000Z' })], 2);
    await pointAndClick(library, '.lib-item[data-id="n1"]');
    await pointAndClick(library, '.editor-note');
    await library.keyboard.type('ملاحظة كُتبت ثم تُركت', { delay: 25 });
    // Straight to the other clipping, quicker than the typing pause.
    const other = (await library.locator('.lib-item[data-id="n2"]').boundingBox())!;
    await library.mouse.move(other.x + other.width / 2, other.y + other.height / 2, { steps: 3 });
    await library.mouse.down();
    await library.mouse.up();
    await expect.poll(() => library.locator('.lib-item.is-active').getAttribute('data-id')).toBe('n2');
    // Another tab reads what the database holds.
    const again = await openLibrary();
    await pointAndClick(again, '.lib-item[data-id="n1"]');
    await expect.poll(() => again.inputValue('.editor-note')).toBe('ملاحظة كُتبت ثم تُركت');
    await again.close();
    await clearStores(library);
    await library.close();
  });

  it('groups by site and day for real: one heading per site and day, however the clippings interleave', async () => {
    const library = await openLibrary();
    // One day, two sites saved turn about, then another day.
    const day1 = ['a.example', 'b.example', 'a.example', 'b.example', 'a.example', 'b.example'].map((site, i) =>
      record(`g${i}`, { site, at: `2026-03-02T${String(8 + i).padStart(2, '0')}:00:00.000Z` }));
    const day2 = [record('g9', { site: 'a.example', at: '2026-03-01T12:00:00.000Z' })];
    await importRecords(library, [...day1, ...day2], 7);
    const heads = await library.locator('.lib-group').allTextContents();
    expect(heads).toHaveLength(3);
    expect(heads.map((h) => h.match(/\((\d+)\)/)![1])).toEqual(['3', '3', '1']);
    expect(heads.filter((h) => h.includes('a.example'))).toHaveLength(2);
    await clearStores(library);
    await library.close();
  });

  it('the date filter reads right in the Arabic UI and filters the saved, published or mentioned date', async () => {
    const library = await openLibrary();
    await importRecords(library, [
      record('d1', { at: '2026-01-10T09:00:00.000Z', published: '2025-06-01' }),
      record('d2', { at: '2026-02-10T09:00:00.000Z', published: '2026-02-09', text: 'اجتماع في 5 آذار 2026 ببغداد', entities: [{ kind: 'date', start: 11, end: 22, text: '5 آذار 2026', value: '2026-03-05' }] }),
      record('d3', { at: '2026-03-10T09:00:00.000Z', published: null }),
    ], 3);
    const from = library.locator('.date-from input');
    // What the reader sees in the empty box: an example date, left to right, whole (not «موي/رهش/ةنس»).
    expect(await from.getAttribute('placeholder')).toBe('2026-12-31');
    expect(await from.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    expect(await from.evaluate((e) => (e as HTMLInputElement).type)).toBe('text');
    expect((await library.locator('.date-of-select option').allTextContents())).toEqual(['تاريخ الحفظ', 'تاريخ النشر', 'تاريخ مذكور في النص']);

    // Saved in February or later, typed in Arabic-Indic digits.
    await pointAndClick(library, '.date-from input');
    await library.keyboard.type('٢٠٢٦-٠٢-٠١', { delay: 30 });
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('2 من 3');
    // Published in 2025 or earlier … from 2026-02-01 on: only d2 was published then.
    await library.selectOption('.date-of-select', 'published');
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('1 من 3');
    expect(await library.locator('.lib-item').getAttribute('data-id')).toBe('d2');
    // A date the text mentions, in March 2026.
    await library.selectOption('.date-of-select', 'mentioned');
    await pointAndClick(library, '.date-from input');
    await library.keyboard.press('Control+A');
    await library.keyboard.type('2026-03-01', { delay: 30 });
    await pointAndClick(library, '.date-to input');
    await library.keyboard.type('2026-03-31', { delay: 30 });
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('1 من 3');
    expect(await library.locator('.lib-item').getAttribute('data-id')).toBe('d2');
    await library.goto(extUrl('library.html'));
    await library.locator('.lib-item').first().waitFor();
    await clearStores(library);
    await library.close();
  });

  it('deleting many asks first; what is deleted waits in the trash after the tab closed, restorable, emptied on request', async () => {
    const library = await openLibrary();
    await importRecords(library, ['ت1', 'ت2', 'ت3', 'ت4', 'ت5'].map((id, i) => record(id, { text: i < 3 ? `خبر عن الموصل ${i}` : `خبر عن البصرة ${i}`, at: `2026-03-0${i + 1}T09:00:00.000Z` })), 5);
    await pointAndClick(library, '.lib-search');
    await library.keyboard.type('الموصل', { delay: 30 });
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('3 من 5');
    await pointAndClick(library, '.lib-delete-shown');
    const dialog = library.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('3 قصاصات');
    // «No» keeps everything.
    await pointAndClick(library, '[role="alertdialog"] .confirm-no');
    await dialog.waitFor({ state: 'detached' });
    expect(await library.locator('.lib-count').textContent()).toBe('3 من 5');
    await pointAndClick(library, '.lib-delete-shown');
    await pointAndClick(library, '[role="alertdialog"] .confirm-yes');
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('0 من 2');
    await library.close();

    // A new tab, later: the trash still holds them.
    const later = await openLibrary();
    await expect.poll(() => later.locator('.lib-count').textContent()).toBe('2 من 2');
    await expect.poll(() => later.locator('.trash summary').textContent()).toBe('سلة المحذوفات (3)');
    await pointAndClick(later, '.trash summary');
    await later.locator('.trash-item').nth(2).waitFor();
    await pointAndClick(later, '.trash-item:has-text("الموصل 1") .trash-restore');
    await expect.poll(() => later.locator('.lib-count').textContent()).toBe('3 من 3');
    await expect.poll(() => later.locator('.trash summary').textContent()).toBe('سلة المحذوفات (2)');
    await pointAndClick(later, '.trash-empty');
    await later.getByRole('alertdialog').waitFor();
    await pointAndClick(later, '[role="alertdialog"] .confirm-yes');
    await expect.poll(() => later.locator('.trash summary').textContent()).toBe('سلة المحذوفات (0)');
    expect(await later.locator('.lib-count').textContent()).toBe('3 من 3');
    await clearStores(later);
    await later.close();
  });

  it('the popup over an article: its placeholder whole, this page listed (a missing passage once), «save the article» only when not saved', async () => {
    // Nothing else on the screen: the article is the tab the popup opens over.
    for (const p of ext.browser.context.pages()) if (p.url().endsWith('/welcome.html')) await p.close();
    const article = await ext.browser.context.newPage();
    await article.goto(ext.site.url('/article.html'));
    await readHighlights(article);
    const saved = (await selectWords(article, 0, 'دعا', 'فؤاد حسين')).trim();
    expect(await saveViaMenu(ext.browser, article)).toBe('saved');
    // Two from elsewhere, and one from this page that the page no longer has.
    const library = await openLibrary();
    await importRecords(library, [
      record('other-1', { at: '2026-03-01T09:00:00.000Z' }),
      record('other-2', { at: '2026-03-02T09:00:00.000Z' }),
      record('gone', { url: article.url(), site: '127.0.0.1', text: 'فقرة حذفها الموقع بعد الحفظ ولم تعد في الصفحة' }),
    ], 4);
    await library.close();
    await article.reload();
    await readHighlights(article);

    // The popup as the toolbar button opens it: over the article, which stays the active tab.
    const popup = await ext.browser.context.newPage();
    await popup.goto(extUrl('popup.html'));
    await article.bringToFront();
    await popup.reload();
    await popup.locator('.popup-this-page .clipping').nth(1).waitFor({ timeout: 10_000 });

    // The search box: laid out right to left while empty, its Arabic placeholder fits whole.
    const search = popup.locator('.popup-search');
    expect(await search.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    const fits = await search.evaluate((e) => {
      const input = e as HTMLInputElement;
      const s = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const room = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      return ctx.measureText(input.placeholder.split(' (')[0]!).width <= room; // at least «ابحث…» and what follows up to the aside
    });
    expect(fits).toBe(true);

    // This page: its two clippings, the missing one said so; the list below holds only the others, each once.
    expect(await popup.locator('.popup-this-page h2').textContent()).toBe('من هذه الصفحة (2)');
    expect((await popup.locator('.popup-this-page .clipping-text').allTextContents()).map((s) => s.trim()).sort()).toEqual([saved, 'فقرة حذفها الموقع بعد الحفظ ولم تعد في الصفحة'].sort());
    expect(await popup.locator('.popup-this-page .clipping-missing .clipping-missing-note').textContent()).toBe('لم نجدها في الصفحة الآن');
    expect(await popup.locator('.clipping[data-id="gone"]').count()).toBe(1);
    expect((await popup.locator('.popup-recent .clipping').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort()).toEqual(['other-1', 'other-2']);

    // The whole article: offered while not saved, then no longer.
    await pointAndClick(popup, '.popup-save-article');
    await popup.locator('.popup-article-saved').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.popup-save-article').count()).toBe(0);
    await popup.reload();
    await popup.locator('.popup-article-saved').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.popup-save-article').count()).toBe(0);
    expect(await popup.locator('.popup-this-page h2').textContent()).toBe('من هذه الصفحة (3)');
    expect(await uiText(article, 'toast', '.toast .message').catch(() => null)).not.toBe('حُفظ المقال مرتين');
    await popup.close();
    await article.close();
  });
});
