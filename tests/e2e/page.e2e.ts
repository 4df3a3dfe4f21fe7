import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countPageErrors, launch, readHighlights, useExtension } from './harness';
import { inUi, uiAttr, uiClick, uiCount, uiFocus, uiText, waitForUi } from './ui';

const CSP = "default-src 'none'; style-src 'self'";
const ext = useExtension({ '/csp.html': { 'content-security-policy': CSP } });

/** Every highlighted range with the classes/ids of the elements around it, to tell body from boilerplate. */
async function paintedWithContext(page: Page): Promise<Array<{ kind: string; text: string; around: string }>> {
  return page.evaluate(() => {
    const out: Array<{ kind: string; text: string; around: string }> = [];
    CSS.highlights.forEach((h, name) => {
      for (const r of h as unknown as Iterable<Range>) {
        const names: string[] = [];
        for (let el: Element | null = r.commonAncestorContainer.parentElement; el; el = el.parentElement) names.push(`${el.tagName.toLowerCase()}.${el.className}#${el.id}`);
        out.push({ kind: name.replace('qusasat-', ''), text: r.toString(), around: names.join(' ') });
      }
    });
    return out;
  });
}

async function open(path: string): Promise<Page> {
  const page = await ext.browser.context.newPage();
  await page.goto(ext.site.url(path));
  return page;
}

/** Console errors of the page loaded with and without the extension. */
async function errorsBoth(path: string, settle: (p: Page) => Promise<void>): Promise<[string[], string[]]> {
  const plain = await launch(false);
  try {
    const p0 = await plain.context.newPage();
    const e0 = countPageErrors(p0);
    await p0.goto(ext.site.url(path));
    await p0.waitForTimeout(2000);
    const p1 = await ext.browser.context.newPage();
    const e1 = countPageErrors(p1);
    await p1.goto(ext.site.url(path));
    await settle(p1);
    await p1.waitForTimeout(500);
    await p1.close();
    return [e0.messages, e1.messages];
  } finally {
    await plain.close();
  }
}

describe('the decision and the body on pages shaped like real news sites', () => {
  it('paints the body of a JSON-LD (CDATA) article with lang="en-US", and nothing in related cards, «اقرأ أيضا», comments or sidebars', async () => {
    const page = await open('/page-jsonld.html');
    const h = await readHighlights(page);
    expect(h['qusasat-place']).toContain('بغداد');
    expect(h['qusasat-person']).toContain('فؤاد حسين');
    const painted = await paintedWithContext(page);
    expect(painted.length).toBeGreaterThan(3);
    for (const p of painted) {
      expect(p.around).toContain('LongDesc');
      // Between the painted words and the body element: no boilerplate block.
      expect(p.around.split('LongDesc')[0]).not.toMatch(/related-cards|read-more|comments|sidebar|share-buttons/);
    }
    const all = painted.map((p) => p.text).join(' | ');
    for (const negative of ['أنقرة', 'الكويت', 'دمشق', 'القاهرة', 'بيروت', '3 يناير 2021']) expect(all).not.toContain(negative);
    await page.close();
  });

  it('leaves a listing page and a Persian article alone (no paint, no control)', async () => {
    for (const path of ['/listing.html', '/persian.html']) {
      const page = await open(path);
      await page.waitForTimeout(1500);
      expect(await page.evaluate(() => CSS.highlights.size), path).toBe(0);
      expect(await uiCount(page, 'panel'), path).toBe(0);
      await page.close();
    }
  });

  it('paints a body that arrives one second after load', async () => {
    const page = await open('/late.html');
    await page.waitForFunction(() => (window as unknown as { __bodyLoaded?: boolean }).__bodyLoaded === true);
    await page.waitForFunction(() => CSS.highlights.has('qusasat-person') && [...(CSS.highlights.get('qusasat-person') as unknown as Iterable<Range>)].some((r) => r.toString() === 'فؤاد حسين'), undefined, { timeout: 15000 });
    const h = await readHighlights(page);
    expect(h['qusasat-place']).toContain('بغداد');
    await page.close();
  });

  it('paints content appended while the reader reads, and keeps what was painted', async () => {
    const page = await open('/more.html');
    let h = await readHighlights(page);
    expect(h['qusasat-person']).toContain('فؤاد حسين');
    expect(Object.values(h).flat()).not.toContain('الإسكندرية');
    await page.click('#more');
    await page.waitForFunction(() => [...((CSS.highlights.get('qusasat-place') as unknown as Iterable<Range>) ?? [])].some((r) => r.toString() === 'الإسكندرية'), undefined, { timeout: 15000 });
    h = await readHighlights(page);
    expect(h['qusasat-person']).toContain('فؤاد حسين');
    expect(h['qusasat-place']).toContain('بغداد');
    await page.close();
  });

  it('follows a single-page site from one story to the next and back', async () => {
    const page = await open('/spa.html');
    let h = await readHighlights(page);
    expect(h['qusasat-person']).toContain('فؤاد حسين');
    await page.click('#link-2');
    await page.waitForFunction(() => [...((CSS.highlights.get('qusasat-place') as unknown as Iterable<Range>) ?? [])].some((r) => r.toString() === 'الإسكندرية'), undefined, { timeout: 15000 });
    h = await readHighlights(page);
    const all = Object.values(h).flat();
    expect(all).not.toContain('فؤاد حسين');
    expect(all.every((t) => t.length > 0)).toBe(true); // no range left over a removed node
    await page.goBack();
    await page.waitForFunction(() => [...((CSS.highlights.get('qusasat-person') as unknown as Iterable<Range>) ?? [])].some((r) => r.toString() === 'فؤاد حسين'), undefined, { timeout: 15000 });
    await page.close();
  });
});

describe('never breaking the page', () => {
  it('works under a strict CSP: paints, styles its control with an adopted sheet, adds no console error', async () => {
    const page = await open('/csp.html');
    const h = await readHighlights(page);
    expect(h['qusasat-person']).toContain('فؤاد حسين');
    await waitForUi(page, 'panel', '.fab');
    // The control's own stylesheet applied (a dark round button), though the page forbids inline styles.
    expect(await inUi(page, 'panel', (root) => getComputedStyle(root.querySelector('.fab')!).backgroundColor)).toBe('rgb(29, 29, 31)');
    expect(await inUi(page, 'panel', (root) => root.querySelectorAll('style').length)).toBe(0);
    await page.close();
    const [without, withExt] = await errorsBoth('/csp.html', async (p) => { await readHighlights(p); });
    expect(without.length).toBeGreaterThan(0); // the page's own blocked script: proves errors are counted
    expect(withExt).toEqual(without);
  });

  it('adds no console error and shifts no layout on the JSON-LD and late-body pages', async () => {
    for (const path of ['/page-jsonld.html', '/late.html']) {
      const [without, withExt] = await errorsBoth(path, async (p) => { await p.waitForTimeout(1500); await readHighlights(p); });
      expect(withExt, path).toEqual(without);
    }
    const page = await open('/article.html');
    await readHighlights(page);
    await waitForUi(page, 'panel', '.fab');
    const hosts = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('qusasat-')).map((e) => { const r = e.getBoundingClientRect(); return r.width + r.height; }));
    expect(hosts.length).toBeGreaterThanOrEqual(3); // control, card, saved marks
    expect(hosts.every((s) => s === 0)).toBe(true);
    await page.close();
  });
});

/** Move the pointer onto the first painted range of a kind whose text matches. */
async function hover(page: Page, kind: string, match: string): Promise<void> {
  await expect.poll(() => uiCount(page, 'card'), { timeout: 15_000 }).toBe(1);
  await page.mouse.move(1, 1);
  const box = await page.evaluate(([k, m]) => {
    const r = [...(CSS.highlights.get(`qusasat-${k}`) as unknown as Iterable<Range>)].find((x) => x.toString().includes(m!))!;
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, [kind, match]);
  await page.mouse.move(box.x, box.y);
}

/** Text of an element in the card's shadow root, or null when the card shows nothing. */
function cardText(page: Page, selector: string): Promise<string | null> {
  return uiText(page, 'card', selector);
}

describe('hover card and control', () => {
  it('shows kind, both calendars and speaker, and saves a quote with its speaker', async () => {
    const page = await open('/article.html');
    await readHighlights(page);
    await hover(page, 'person', 'فؤاد حسين');
    await expect.poll(() => cardText(page, '.kind'), { timeout: 10000 }).toBe('شخص');
    await hover(page, 'date', '14 مارس 2023');
    await expect.poll(() => cardText(page, '.raw'), { timeout: 10000 }).toBe('2023-03-14');
    // Both calendars, the one it was written in first.
    expect(await cardText(page, '.value')).toBe('الثلاثاء 14 مارس 2023 — 22 شعبان 1444 هـ');
    await hover(page, 'date', '22 شعبان 1444');
    await expect.poll(() => cardText(page, '.value'), { timeout: 10000 }).toBe('22 شعبان 1444 هـ — الثلاثاء 14 مارس 2023');
    await hover(page, 'quote', 'إن استمرار الدعم');
    await expect.poll(() => cardText(page, '.kind'), { timeout: 10000 }).toBe('اقتباس');
    expect(await cardText(page, '.speaker')).toBe('القائل: فؤاد حسين');
    await uiClick(page, 'card', '.save');
    // The toast lives 3.5 s: catch it as it mounts, then check the popup lists the quote.
    await expect.poll(() => uiCount(page, 'toast'), { timeout: 15000 }).toBeGreaterThan(0);
    expect(await uiAttr(page, 'toast', '.toast', 'data-status')).toMatch(/saved|duplicate/);
    // The library keeps it as a quote with its speaker.
    const popup = await ext.browser.context.newPage();
    await popup.goto(`chrome-extension://${ext.browser.extensionId}/popup.html`);
    const item = popup.locator('.clipping', { hasText: 'إن استمرار الدعم الدولي' }).first();
    await item.waitFor();
    expect(await item.locator('.clipping-speaker').textContent()).toContain('فؤاد حسين');
    await popup.close();
    await page.close();
  });

  it('shows and hides a kind from the keyboard, and turns the site off and on', async () => {
    const page = await open('/article.html');
    await readHighlights(page);
    await waitForUi(page, 'panel', '.fab');
    await uiFocus(page, 'panel', '.fab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // first switch: person
    expect(await inUi(page, 'panel', (root) => root.activeElement?.getAttribute('name'))).toBe('person');
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('qusasat-person'))).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.has('qusasat-place'))).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('qusasat-person'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await inUi(page, 'panel', (root) => root.querySelectorAll('.panel').length)).toBe(0);

    // Off for the site: cleared now, and still off after a reload; then on again.
    await uiClick(page, 'panel', '.fab');
    await uiClick(page, 'panel', '.site');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.reload();
    await waitForUi(page, 'panel', '.fab');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await uiClick(page, 'panel', '.fab');
    await uiClick(page, 'panel', '.site');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('qusasat-person'))).toBe(true);
    await page.close();
  });
});
