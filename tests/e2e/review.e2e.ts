import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readHighlights, useExtension } from './harness';
import { markedPassages, uiClick, uiText } from './ui';
import { dragSelect, pointAndClick } from './pointer';

const ext = useExtension();
const extUrl = (path: string): string => `chrome-extension://${ext.browser.extensionId}/${path}`;

async function saveBySelection(page: Page, paragraph: number, from: string, to: string): Promise<string> {
  const text = (await dragSelect(page, paragraph, from, to)).trim();
  // The small «حفظ» lives in a closed shadow root: reached through ui.ts, clicked with the pointer, in steps.
  await uiClick(page, 'save-button', 'button.save', 10);
  // What the reader sees: the passage now marked as saved (the one notice area is reused, so its count says nothing).
  await expect.poll(() => markedPassages(page, [text]), { timeout: 10_000 }).toEqual([text]);
  expect(await uiText(page, 'toast', '.toast:not([hidden]) .message')).toBe('حُفظت القصاصة');
  return text;
}

const clipping = (i: number, day: string) => ({
  id: `imp-${i}`, createdAt: `${day}T09:00:00.000Z`, updatedAt: `${day}T09:00:00.000Z`, url: `https://news.example/story/${i}`, site: 'news.example',
  title: `خبر رقم ${i}`, byline: null, published: day, text: `قصاصة مستوردة رقم ${i} عن بغداد`, prefix: '', suffix: '', position: { start: 0, end: 20 },
  kind: 'selection', speaker: null, entities: [{ kind: 'place', start: 23, end: 28, text: 'بغداد' }], note: '', tags: i % 2 ? ['عراق'] : [],
});

describe('reviewing, by article, links, options and first run', () => {
  it('opens the welcome page once, on install', async () => {
    const welcome = await expect.poll(() => ext.browser.context.pages().find((p) => p.url().endsWith('/welcome.html')), { timeout: 10_000 }).toBeTruthy()
      .then(() => ext.browser.context.pages().find((p) => p.url().endsWith('/welcome.html'))!);
    await welcome.locator('.welcome-private').waitFor();
    expect(await welcome.locator('h2').first().textContent()).toBe('أهلاً بك في قصاصات');
    expect(await welcome.locator('.welcome-private').textContent()).toContain('لا يغادر شيء جهازك');
    expect(await welcome.getAttribute('html', 'dir')).toBe('rtl');
    expect(ext.browser.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toHaveLength(1);
    await welcome.close();
  });

  it('an empty library shows only the welcome and how to save', async () => {
    const library = await ext.browser.context.newPage();
    await library.goto(extUrl('library.html'));
    await library.locator('.welcome').waitFor();
    expect(await library.locator('.lib-count, .facets, .lib-search').count()).toBe(0);
    await library.close();
  });

  it('by article: every clipping of the article in reading order, reachable from each clipping', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(ext.site.url('/article.html'));
    await readHighlights(page);
    // Saved out of order: the third paragraph, the first, then the second.
    const third = await saveBySelection(page, 2, 'عودة النازحين', 'فرص العمل');
    const first = await saveBySelection(page, 0, 'دعا', 'فؤاد حسين');
    const second = await saveBySelection(page, 1, 'استمرار', 'الدولي');

    const library = await ext.browser.context.newPage();
    await library.goto(extUrl('library.html'));
    await library.locator('.lib-item').nth(2).waitFor();
    await pointAndClick(library, `.lib-item:has-text("${third.slice(0, 12)}")`);
    await pointAndClick(library, '.lib-by-article');
    await library.locator('.article-clip').nth(2).waitFor();
    expect((await library.locator('.article-clip blockquote').allTextContents()).map((s) => s.trim())).toEqual([first, second, third]);
    expect(await library.locator('.article-clip.is-current blockquote').textContent()).toBe(third);
    expect(await library.locator('#article-title').textContent()).toBeTruthy();
    expect(await library.locator('.article-count').textContent()).toBe('حُفظ منه: 3 قصاصات');
    expect(await library.locator('.article-names').textContent()).toContain('فؤاد حسين');
    // Its own address: a reload shows the same article.
    await library.reload();
    await library.locator('.article-clip').nth(2).waitFor();
    expect(await library.locator('.article-clip.is-current blockquote').textContent()).toBe(third);
    await library.close();
    await page.close();
  });

  it("the review tab shows the day's clippings; archive removes one, for good", async () => {
    const library = await ext.browser.context.newPage();
    await library.goto(extUrl('library.html'));
    await library.locator('.lib-item').first().waitFor();
    const file = { version: 1, clippings: Array.from({ length: 9 }, (_, i) => clipping(i, `2026-0${(i % 9) + 1}-15`)) };
    await library.setInputFiles('.import-file', { name: 'more.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('12 من 12');

    await pointAndClick(library, `.lib-tabs a:has-text("المراجعة")`);
    await library.locator('.review-card').nth(4).waitFor();
    expect(await library.locator('.review-card').count()).toBe(5);
    expect(await library.locator('.review-intro').textContent()).toBe('تعود إليك اليوم: 5 قصاصات');
    const ids = await library.locator('.review-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    await pointAndClick(library, `.review-card[data-id="${ids[1]}"] .review-archive`);
    await expect.poll(() => library.locator('.review-card').count()).toBe(4);
    expect(await library.locator(`.review-card[data-id="${ids[1]}"]`).count()).toBe(0);
    // Keep another: it says so, and the set does not reshuffle.
    await pointAndClick(library, `.review-card[data-id="${ids[0]}"] .review-keep`);
    await expect.poll(() => library.locator(`.review-card[data-id="${ids[0]}"] .review-keep`).getAttribute('aria-pressed')).toBe('true');
    await library.reload();
    await library.locator('.review-card').nth(3).waitFor();
    expect(await library.locator('.review-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(ids.filter((id) => id !== ids[1]));

    // One subject, oldest first: everything saved about Baghdad.
    await pointAndClick(library, '.review-card .entity:has-text("بغداد")');
    await expect.poll(() => library.locator('#review-title').textContent()).toBe('كل ما حفظته عن بغداد');
    const dates = await library.locator('.review-card time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThanOrEqual(9);
    expect([...dates].sort()).toEqual(dates);
    await library.close();
  });

  it('the search and filters live in the URL: reload and back keep them', async () => {
    const library = await ext.browser.context.newPage();
    await library.goto(extUrl('library.html'));
    await library.locator('.lib-item').first().waitFor();
    await pointAndClick(library, '.lib-search');
    await library.keyboard.type('بغداد', { delay: 30 });
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('9 من 12');
    // The facets catch up with the list once typing pauses (and move): wait for them, as a reader would.
    await expect.poll(() => library.locator('.facet-person').count()).toBe(0);
    await pointAndClick(library, '.facet-tag .facet-value[data-value="عراق"]');
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('4 من 12');
    expect(decodeURIComponent(new URL(library.url()).hash)).toBe('#/?q=بغداد&tag=عراق');

    await library.reload();
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('4 من 12');
    expect(await library.inputValue('.lib-search')).toBe('بغداد');
    expect(await library.locator('.facet-tag .facet-value[data-value="عراق"]').getAttribute('aria-pressed')).toBe('true');

    await library.goBack();
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('9 من 12');
    expect(await library.locator('.facet-tag .facet-value[data-value="عراق"]').getAttribute('aria-pressed')).toBe('false');
    await library.goForward();
    await expect.poll(() => library.locator('.lib-count').textContent()).toBe('4 من 12');

    // A clipping's own address opens it.
    const id = await library.locator('.lib-item').first().getAttribute('data-id');
    const direct = await ext.browser.context.newPage();
    await direct.goto(extUrl(`library.html#/clipping/${id}`));
    await expect.poll(() => direct.locator('.lib-item.is-active').getAttribute('data-id')).toBe(id);
    await direct.close();
    await library.close();
  });

  it('the options page changes a colour and the open article repaints with it', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(ext.site.url('/article.html'));
    await readHighlights(page);
    const personRule = (): Promise<string> => page.evaluate(() => {
      // The highlight colours in force: the last rule for the person highlight wins.
      const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).filter((t) => t.includes('qusasat-person'));
      return rules[rules.length - 1] ?? '';
    });
    // The default preset is what highlights.css draws: no sheet is adopted (it would restyle every
    // element of the page), and the person colour in force is the default's.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.article-body p')!, '::highlight(qusasat-person)').textDecorationColor)).toBe('rgb(214, 140, 0)');

    const options = await ext.browser.context.newPage();
    await options.goto(extUrl('options.html'));
    expect(await options.getAttribute('html', 'dir')).toBe('rtl');
    await pointAndClick(options, '.opt-preset.preset-contrast');
    await options.locator('.notice-info').waitFor();
    expect(await options.inputValue('.color-light-person')).toBe('#a34e00');
    await expect.poll(personRule, { timeout: 10_000 }).toContain('rgb(163, 78, 0)');

    // Moving the «ق» button to the top right: the page's button follows.
    await pointAndClick(options, 'input[name="corner"][value="top-right"]');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--qusasat-fab-top').trim())).toBe('16px');
    await options.close();
    await page.close();
  });
});
