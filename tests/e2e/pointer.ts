/** The pointer as a person moves it: in steps, with real frames between, over painted words and in-page UI. */
import type { Page } from 'playwright-core';

export interface Point { x: number; y: number }

/** Wait for the page to render a frame (the content script's pointer work runs once per frame). */
export const frame = (page: Page): Promise<void> => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

/** Where the pointer is (Playwright remembers it; we keep our own copy per page). */
const at = new WeakMap<Page, Point>();

/**
 * Move from where the pointer is to `to` in `steps` moves, one frame after each (a slow, steady hand);
 * `each` runs after every frame (to watch what the page shows on the way).
 */
export async function glide(page: Page, to: Point, steps = 20, each?: () => Promise<void>): Promise<void> {
  const from = at.get(page) ?? { x: 1, y: 1 };
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    await frame(page);
    await each?.();
  }
  at.set(page, to);
}

/** A quick flick: Playwright's own steps (no wait between them), then one frame. */
export async function flick(page: Page, to: Point, steps = 10): Promise<void> {
  await page.mouse.move(to.x, to.y, { steps });
  await frame(page);
  at.set(page, to);
}

/** The middle of the first line box of the first painted range of a kind whose text contains `match`. */
export function wordAt(page: Page, kind: string, match: string): Promise<Point & { left: number; right: number; top: number; bottom: number }> {
  return page.evaluate(([k, m]) => {
    const r = [...(CSS.highlights.get(`qusasat-${k}`) as unknown as Iterable<Range>)].find((x) => x.toString().includes(m!));
    if (!r) throw new Error(`no painted ${k} with «${m}»`);
    r.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2, left: b.left, right: b.right, top: b.top, bottom: b.bottom };
  }, [kind, match] as const);
}

/** Press and release where the pointer is, as a click by hand. */
export async function press(page: Page): Promise<void> {
  await page.mouse.down();
  await frame(page);
  await page.mouse.up();
}

/** The middle of the first occurrence of `words` in the page's text (any text, painted or not). */
export function textAt(page: Page, words: string): Promise<Point> {
  return page.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(w);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    throw new Error(`no «${w}» on the page`);
  }, words);
}

/** Point at an element in steps and click it, as a hand on a mouse does. */
export async function pointAndClick(page: Page, selector: string): Promise<void> {
  const el = page.locator(selector).first();
  await el.waitFor({ state: 'visible' });
  await el.scrollIntoViewIfNeeded();
  await aimAt(page, async () => { const b = (await el.boundingBox())!; return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; }, 10);
  await press(page);
}

/**
 * Glide to where `target` says, as a hand re-aims when the target moved while the pointer travelled
 * (a list re-laid out, the button by a selection settling in beside it); up to three tries.
 */
export async function aimAt(page: Page, target: () => Promise<Point>, steps = 12): Promise<void> {
  for (let tries = 0; tries < 3; tries++) {
    const at = await target();
    await glide(page, at, steps);
    const now = await target();
    if (Math.abs(now.x - at.x) < 1 && Math.abs(now.y - at.y) < 1) return;
  }
}

/**
 * Select from the first letter of `from` to the last of `to` in the n-th body paragraph by a drag with
 * the mouse, in steps with frames between (`each` runs after each step of the drag); the selected text.
 */
export async function dragSelect(page: Page, paragraph: number, from: string, to: string, each?: () => Promise<void>): Promise<string> {
  const box = await page.evaluate(({ paragraph, from, to }) => {
    const node = document.querySelectorAll('.article-body p')[paragraph]!.firstChild as Text;
    node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rectOf = (i: number): DOMRect => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
    const a = rectOf(node.data.indexOf(from));
    const b = rectOf(node.data.indexOf(to) + to.length - 1);
    // Arabic runs right to left: a word starts at its right edge and ends at its left.
    return { x1: a.right - 1, y1: a.top + a.height / 2, x2: b.left + 1, y2: b.top + b.height / 2 };
  }, { paragraph, from, to });
  await glide(page, { x: box.x1 + 40, y: box.y1 - 30 }, 5);
  await glide(page, { x: box.x1, y: box.y1 }, 5);
  await page.mouse.down();
  await glide(page, { x: box.x2, y: box.y2 }, 15, each);
  await page.mouse.up();
  return page.evaluate(() => getSelection()!.toString());
}
