import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countPageErrors, launch, readHighlights, useExtension, type Browser } from './harness';

/**
 * Pages written to break a naive extension (tests/fixtures/site/hostile/): on each, the extension
 * throws nothing into the page, the page's own scripts keep running (its counter advances), and the
 * next article opened in the same tab is still painted.
 */
const ext = useExtension();
let plain: Browser;
beforeAll(async () => { plain = await launch(false); });
afterAll(async () => { await plain?.close(); });

const HOSTILE = ['huge-text', 'many-elements', 'deep-dom', 'mutating', 'builtins', 'shadow-iframes', 'weird-text'];
/** Pages within the analysis caps: the extension must also have done its work on them, not merely stayed out. */
const PAINTED = new Set(['mutating', 'builtins', 'shadow-iframes', 'weird-text']);

/** The painted places, read without the page's own Array methods (one page replaces them). */
async function placesPainted(page: Page): Promise<string[]> {
  for (let i = 0; i < 100 && !(await page.evaluate(() => CSS.highlights.has('qusasat-place'))); i++) await page.waitForTimeout(100);
  return page.evaluate(() => {
    const out: string[] = [];
    const h = CSS.highlights.get('qusasat-place');
    if (h) for (const r of h as unknown as Iterable<Range>) out.push(r.toString());
    return out;
  });
}

async function ticks(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
}

/** The page's own errors over its first seconds, and its counter's advance over one second after that. */
async function visit(page: Page, path: string): Promise<{ errors: string[]; advanced: number }> {
  const errors = countPageErrors(page);
  await page.goto(ext.site.url(path));
  // Polled by hand: Playwright's waitForFunction needs the page's MutationObserver, which one page breaks.
  for (let i = 0; i < 300 && !(await page.evaluate(() => (window as unknown as { __built?: boolean }).__built === true)); i++) await page.waitForTimeout(100);
  await page.waitForTimeout(2500); // the extension decides, extracts, analyses and paints meanwhile
  const t0 = await ticks(page);
  await page.waitForTimeout(1000);
  return { errors: errors.messages, advanced: (await ticks(page)) - t0 };
}

describe('hostile pages', () => {
  for (const name of HOSTILE) {
    it(`${name}: no error thrown into the page, its scripts keep running, the next article still paints`, async () => {
      const p0 = await plain.context.newPage();
      const without = await visit(p0, `/hostile/page.html?kind=${name}`);
      await p0.close();

      const page = await ext.browser.context.newPage();
      const withExt = await visit(page, `/hostile/page.html?kind=${name}`);
      expect(withExt.errors).toEqual(without.errors);
      // 50 ms ticks: about 20 in a second; a page held by long tasks falls far behind.
      expect(withExt.advanced).toBeGreaterThanOrEqual(5);
      if (PAINTED.has(name)) expect(await placesPainted(page)).toContain('بغداد');

      await page.goto(ext.site.url('/article.html'));
      const h = await readHighlights(page, 15_000);
      expect(h['qusasat-place']).toContain('بغداد');
      await page.close();
    });
  }
});
