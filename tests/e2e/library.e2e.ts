import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readHighlights, saveViaMenu, useExtension, selectWords as select } from './harness';
import { markedPassages, savedMarks, uiAttr, uiClick, uiCount, uiFocus, waitForUi } from './ui';

const ext = useExtension();

async function openArticle(): Promise<Page> {
  const page = await ext.browser.context.newPage();
  await page.goto(ext.site.url('/article.html'));
  await readHighlights(page);
  return page;
}

async function exportJson(library: Page): Promise<string> {
  if (!(await library.locator('details.export').getAttribute('open') !== null)) await library.click('details.export summary');
  const [download] = await Promise.all([library.waitForEvent('download'), library.click('.export-json')]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('the clippings library, end to end', () => {
  it('save → popup → Arabic search → tag → export → delete all → import gives the same library', async () => {
    const page = await openArticle();

    // 1. Save with the button that appears by a selection.
    const first = await select(page, 0, 'دعا', 'فؤاد حسين');
    await waitForUi(page, 'save-button', 'button.save');
    expect(await uiAttr(page, 'save-button', 'button.save', 'aria-label')).toBeTruthy();
    await uiClick(page, 'save-button', 'button.save');
    await expect.poll(() => uiCount(page, 'toast')).toBeGreaterThan(0);
    // 2. And another through the context-menu path; the same words again are not a second clipping.
    const second = await select(page, 2, 'عودة النازحين', 'فرص العمل');
    expect(await saveViaMenu(ext.browser, page)).toBe('saved');
    await select(page, 0, 'دعا', 'فؤاد حسين');
    expect(await saveViaMenu(ext.browser, page)).toBe('duplicate');

    // 3. On a revisit both passages are marked as saved.
    await page.reload();
    await expect.poll(async () => (await savedMarks(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const marked = await markedPassages(page, [first.trim(), second.trim()]);
    expect(marked.sort()).toEqual([first.trim(), second.trim()].sort());

    // 4. The popup lists them; a search with other diacritics and a proclitic finds one, marked.
    const popup = await ext.browser.context.newPage();
    await popup.goto(`chrome-extension://${ext.browser.extensionId}/popup.html`);
    await popup.locator('.clipping').nth(1).waitFor();
    expect(await popup.locator('.clipping').count()).toBe(2);
    await popup.fill('.popup-search', 'لِلنّازحين');
    await expect.poll(() => popup.locator('.clippings .clipping').count()).toBe(1);
    expect(await popup.locator('.clippings .clipping mark').first().textContent()).toBe('النازحين');
    await popup.close();

    // 5. The library: search, pick, tag.
    const library = await ext.browser.context.newPage();
    await library.goto(`chrome-extension://${ext.browser.extensionId}/library.html`);
    await library.locator('.lib-item').nth(1).waitFor();
    expect(await library.getAttribute('html', 'dir')).toBe('rtl');
    await library.fill('.lib-search', 'فُؤاد حُسين');
    await expect.poll(() => library.locator('.lib-item').count()).toBe(1);
    await library.locator('.lib-item').first().click();
    await library.fill('.editor-tags', 'عراق، إعمار');
    // Saved as typed, after a short pause: no button needed.
    await expect.poll(() => library.locator('.lib-item .lib-tag').allTextContents()).toEqual(['#عراق', '#إعمار']);
    await library.fill('.lib-search', '');
    await expect.poll(() => library.locator('.lib-item').count()).toBe(2);

    // 6. Export, delete everything, import the file: the same records come back.
    const exported = await exportJson(library);
    const before = JSON.parse(exported) as { version: number; clippings: Array<{ tags: string[]; text: string }> };
    expect(before.clippings).toHaveLength(2);
    expect(before.clippings.find((c) => c.text === first.trim())!.tags).toEqual(['عراق', 'إعمار']);
    await library.click('.lib-delete-shown');
    await library.getByRole('alertdialog').locator('.confirm-yes').click();
    await library.locator('.empty').waitFor();
    await library.setInputFiles('.import-file', { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await library.locator('.lib-item').nth(1).waitFor();
    expect(await library.locator('.notice-text').textContent()).toContain('قصاصتان');
    expect(await exportJson(library)).toBe(exported);

    // 7. A foreign file is refused with a message, and nothing changes.
    await library.setInputFiles('.import-file', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x"}') });
    await library.locator('[role="alert"]').waitFor();
    expect(await library.locator('.lib-item').count()).toBe(2);
    await library.close();
    await page.close();
  });

  it('lists passages it cannot find on the page, and saves the whole article', async () => {
    const page = await openArticle();
    const url = page.url();
    // A passage saved from this page that the page no longer has.
    const library = await ext.browser.context.newPage();
    await library.goto(`chrome-extension://${ext.browser.extensionId}/library.html`);
    const gone = {
      id: 'gone-1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', url, site: '127.0.0.1', title: null, byline: null,
      published: null, text: 'فقرة حذفها الموقع بعد الحفظ ولم تعد في الصفحة أبداً', prefix: '', suffix: '', position: { start: 10, end: 40 },
      kind: 'selection', speaker: null, entities: [], note: '', tags: [],
    };
    // Imported through the library's own import, as a reader restoring a backup would.
    await library.setInputFiles('.import-file', { name: 'gone.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, clippings: [gone] })) });
    await library.waitForFunction(() => /استُوردت: قصاصة واحدة\./.test(document.querySelector('.notice-text')?.textContent ?? ''));
    await page.reload();
    await expect.poll(async () => (await savedMarks(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await page.bringToFront();
    const marks = await ext.browser.worker!.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'popup:page-marks' });
    }) as { found: string[]; missing: Array<{ id: string }> };
    expect(marks.found).toHaveLength(2);
    expect(marks.missing.map((c) => c.id)).toEqual(['gone-1']);

    // The selection button works from the keyboard: focus it, press Enter.
    const selected = await select(page, 5, 'أشار السفير', 'شوفالييه');
    await waitForUi(page, 'save-button', 'button.save');
    await uiFocus(page, 'save-button', 'button.save');
    await page.keyboard.press('Enter');
    await expect.poll(() => markedPassages(page, [selected.trim()]), { timeout: 10_000 }).toEqual([selected.trim()]);

    // The whole article, through the page's context-menu path.
    const status = await saveViaMenu(ext.browser, page, 'article');
    expect(status).toBe('saved');
    await library.reload();
    await library.locator('.lib-item').first().waitFor();
    expect(await library.locator('.lib-item').first().locator('.lib-kind').textContent()).toBe('مقال');
    await library.close();
    await page.close();
  });
});
