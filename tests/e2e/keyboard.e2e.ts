import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readHighlights, stepViaShortcut, useExtension } from './harness';
import { inUi, uiClick, uiCount } from './ui';

const ext = useExtension();

/** What the reader sees of the card (null: no card), where the keyboard focus is, and what is marked as focused. */
async function seen(page: Page) {
  const inside = await inUi(page, 'card', (root) => {
    const card = root.querySelector('[role="dialog"]');
    const active = root.activeElement?.className;
    if (!card) return { card: null, active };
    return { card: { text: card.querySelector('.text')!.textContent, label: card.getAttribute('aria-label'), step: card.querySelector('.step')?.textContent ?? null }, active };
  });
  const outside = await page.evaluate(() => ({
    onCard: document.activeElement?.localName.startsWith('qusasat-card-') ?? false,
    text: document.activeElement?.textContent ?? null,
    marked: [...((CSS.highlights.get('qusasat-focus') ?? []) as Iterable<Range>)].map((r) => r.toString()),
  }));
  const focus = outside.onCard ? `card ${inside?.active}` : outside.text;
  return { card: inside?.card ?? null, focus, marked: outside.marked };
}

/**
 * The painted words in document order (outer before inner at the same start), as the shortcuts visit
 * them; `fromTop`: only those at or below the top of the window.
 */
function paintedInOrder(page: Page, fromTop = false): Promise<string[]> {
  return page.evaluate((fromTop) => {
    const all: Range[] = [];
    CSS.highlights.forEach((h, name) => { if (/^qusasat-(person|place|org|date|quote)$/.test(name)) all.push(...(h as unknown as Iterable<Range>)); });
    all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b) || b.compareBoundaryPoints(Range.END_TO_END, a));
    return all.filter((r) => !fromTop || r.getClientRects()[0]!.top >= 0).map((r) => r.toString());
  }, fromTop);
}

/** A new tab on the sample article, painted, with its card's host in place. */
async function openArticle(): Promise<Page> {
  const page = await ext.browser.context.newPage();
  await page.goto(ext.site.url('/article.html'));
  await readHighlights(page);
  await expect.poll(() => uiCount(page, 'card'), { timeout: 15_000 }).toBe(1);
  return page;
}

/** The text the card shows once a step has settled. */
const cardText = (page: Page) => expect.poll(async () => (await seen(page)).card?.text, { timeout: 10_000 });

describe('the highlights from the keyboard', () => {
  it('steps to each highlight with its card and the focus on «save»; Enter saves, Escape closes and gives the focus back', async () => {
    const page = await openArticle();
    const order = await paintedInOrder(page);
    expect(order[0]).toBe('بغداد');
    // The reader was on the page's first share button.
    await page.focus('.share-bar button');
    expect((await seen(page)).focus).toBe('فيسبوك');

    await stepViaShortcut(ext.browser, page, 1);
    await expect.poll(() => seen(page), { timeout: 10_000 }).toEqual({
      card: { text: 'بغداد', label: 'مكان: بغداد', step: `1 من ${order.length} — Esc للإغلاق` },
      focus: 'card save',
      marked: ['بغداد'],
    });

    await stepViaShortcut(ext.browser, page, 1);
    await cardText(page).toBe(order[1]);
    expect(await seen(page)).toMatchObject({ focus: 'card save', marked: [order[1]] });

    await stepViaShortcut(ext.browser, page, -1);
    await cardText(page).toBe('بغداد');
    // Wrapping around: before the first comes the last.
    await stepViaShortcut(ext.browser, page, -1);
    await cardText(page).toBe(order.at(-1)!.slice(0, 160) + (order.at(-1)!.length > 160 ? '…' : ''));
    // Scrolled to it: it is in the window, and so is its card, below or above it.
    const c = (await inUi(page, 'card', (root) => { const b = root.querySelector('.card')!.getBoundingClientRect(); return { top: b.top, bottom: b.bottom }; }))!;
    const where = await page.evaluate((c) => {
      const r = [...(CSS.highlights.get('qusasat-focus') as unknown as Iterable<Range>)][0]!.getClientRects()[0]!;
      return { top: r.top, bottom: r.bottom, cardTop: c.top, cardBottom: c.bottom, height: innerHeight, scrolled: scrollY };
    }, c);
    expect(where.scrolled).toBeGreaterThan(0);
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.bottom).toBeLessThanOrEqual(where.height);
    expect(where.cardTop >= where.bottom || where.cardBottom <= where.top).toBe(true);
    await stepViaShortcut(ext.browser, page, 1);
    await expect.poll(async () => (await seen(page)).card?.step, { timeout: 10_000 }).toMatch(/^1 من /);
    expect(await page.evaluate(() => scrollY)).toBe(0); // back at the top: the first highlight is near it

    // Enter on the focused button saves the place with its sentence; the card closes, the focus goes back.
    await page.keyboard.press('Enter');
    await expect.poll(() => uiCount(page, 'toast'), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await seen(page)).toEqual({ card: null, focus: 'فيسبوك', marked: [] });
    const popup = await ext.browser.context.newPage();
    await popup.goto(`chrome-extension://${ext.browser.extensionId}/popup.html`);
    const item = popup.locator('.clipping').first();
    await item.waitFor();
    expect(await popup.locator('.clipping').count()).toBe(1);
    expect((await item.locator('.clipping-text').textContent())!.trim()).toMatch(/^بغداد - دعا وزير الخارجية العراقي/);
    await popup.close();

    // The next step goes on from the saved one; Escape closes the card, unmarks it and gives the focus back.
    await stepViaShortcut(ext.browser, page, 1);
    await cardText(page).toBe(order[1]);
    expect((await seen(page)).focus).toBe('card save');
    await page.keyboard.press('Escape');
    expect(await seen(page)).toEqual({ card: null, focus: 'فيسبوك', marked: [] });
    await page.close();
  });

  it('skips the kinds the reader hid, and starts from the top of the window', async () => {
    const page = await openArticle();
    // Hide places with the page control.
    await uiClick(page, 'panel', '.fab');
    await uiClick(page, 'panel', 'input[name="place"]');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('qusasat-place'))).toBe(false);
    await page.keyboard.press('Escape');
    const order = await paintedInOrder(page);
    expect(order).not.toContain('بغداد');
    await stepViaShortcut(ext.browser, page, 1);
    await cardText(page).toBe(order[0]);
    await page.keyboard.press('Escape');
    // Scrolled down to the last paragraph of a short window: the first step lands on the first highlight from there
    // (and, for a reader who asked for less motion, scrolls to it at once).
    await page.setViewportSize({ width: 1200, height: 500 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate(() => scrollTo({ top: document.querySelector('.article-body p:last-of-type')!.getBoundingClientRect().top + scrollY, behavior: 'instant' }));
    const below = await paintedInOrder(page, true);
    expect(below.length).toBeLessThan(order.length);
    await stepViaShortcut(ext.browser, page, 1);
    await cardText(page).toBe(below[0]);
    await page.close();
  });
});
