/**
 * The extension's in-page UI lives in closed shadow roots under host names with a random part, so
 * neither page scripts nor Playwright's selectors reach it. Tests reach it the way DevTools does:
 * CDP's DOM domain pierces closed roots. What a test then does with it stays what a person does:
 * read what is shown, and click with the mouse at the element's place.
 */
import type { CDPSession, Page } from 'playwright-core';

export type UiName = 'card' | 'panel' | 'toast' | 'save-button' | 'marks';

interface CdpNode { nodeId: number; localName?: string; children?: CdpNode[]; shadowRoots?: CdpNode[]; contentDocument?: CdpNode }

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const cdp = (page: Page): Promise<CDPSession> => {
  let s = sessions.get(page);
  if (!s) { s = page.context().newCDPSession(page); sessions.set(page, s); }
  return s;
};

/** `qusasat-<ui>-x<random>` (older builds: `qusasat-<ui>`). */
const hostName = (ui: UiName): RegExp => new RegExp(`^qusasat-${ui}(-x[0-9a-z]+)?$`);

/** Hosts of one of our UIs in the page, in document order (tag `qusasat-<ui>-<random>`). */
function hostsIn(node: CdpNode, ui: UiName, out: CdpNode[] = []): CdpNode[] {
  if (node.localName && hostName(ui).test(node.localName)) out.push(node);
  for (const c of node.children ?? []) hostsIn(c, ui, out);
  for (const c of node.shadowRoots ?? []) hostsIn(c, ui, out);
  return out;
}

/** The (last mounted) closed shadow root of one of our UIs, as a CDP remote object; null when the page has none. */
async function rootOf(page: Page, ui: UiName): Promise<string | null> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
  const host = hostsIn(root, ui).at(-1);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await s.send('DOM.resolveNode', { nodeId: shadow.nodeId });
  return object.objectId ?? null;
}

async function callOn<T, A>(page: Page, ui: UiName, objectId: string, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T> {
  const r = await (await cdp(page)).send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (r.exceptionDetails) throw new Error(`in ${ui}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

/**
 * Run `fn` on the (last mounted) closed shadow root of one of our UIs, in the page's main world;
 * null when the page has no such UI.
 */
export async function inUi<T, A = undefined>(page: Page, ui: UiName, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
  const root = await rootOf(page, ui);
  return root === null ? null : callOn(page, ui, root, fn, arg);
}

/**
 * `fn` on a UI's shadow root, found once: each later read is one quick call, fast enough to watch
 * the UI at every step of a pointer's move (inUi reads the whole DOM each time).
 */
export async function uiWatcher<T>(page: Page, ui: UiName, fn: (root: ShadowRoot) => T): Promise<() => Promise<T>> {
  const root = await rootOf(page, ui);
  if (root === null) throw new Error(`${ui}: not in the page`);
  return () => callOn(page, ui, root, fn);
}

/** How many hosts of this UI the page has (toasts pile up for 3.5 s each). */
export function uiCount(page: Page, ui: UiName): Promise<number> {
  return page.evaluate((source) => { const re = new RegExp(source); return [...document.querySelectorAll('*')].filter((e) => re.test(e.localName)).length; }, hostName(ui).source);
}

/** Text of the first element matching `selector` in the UI, or null. */
export function uiText(page: Page, ui: UiName, selector: string): Promise<string | null> {
  return inUi(page, ui, (root, sel) => root.querySelector(sel)?.textContent ?? null, selector).then((v) => v ?? null);
}

/** An attribute of the first element matching `selector` in the UI, or null. */
export function uiAttr(page: Page, ui: UiName, selector: string, name: string): Promise<string | null> {
  return inUi(page, ui, (root, [sel, n]) => root.querySelector(sel)?.getAttribute(n) ?? null, [selector, name] as const).then((v) => v ?? null);
}

/** Wait until the UI shows an element matching `selector` (rendered, with a box). */
export async function waitForUi(page: Page, ui: UiName, selector: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const shown = await inUi(page, ui, (root, sel) => { const e = root.querySelector(sel); return !!e && e.getClientRects().length > 0; }, selector);
    if (shown) return;
    if (Date.now() > end) throw new Error(`${ui} ${selector}: not shown within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/**
 * The centre of an element of the UI on the screen (to move the pointer to it); with `text`, the first
 * element matching `selector` whose text is exactly that (e.g. one of a notice's buttons).
 */
export async function uiCentre(page: Page, ui: UiName, selector: string, text?: string): Promise<{ x: number; y: number }> {
  await waitForUi(page, ui, selector);
  const box = await inUi(page, ui, (root, [sel, t]) => {
    const e = [...root.querySelectorAll(sel)].find((x) => t === null || x.textContent === t);
    if (!e) return null;
    const b = e.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, [selector, text ?? null] as const);
  if (!box) throw new Error(`${ui} ${selector}${text ? ` «${text}»` : ''}: not shown`);
  return box;
}
const centre = uiCentre;

/** Move the pointer to an element of the UI (in `steps`, as Playwright's own click does by default: one) and click it. */
export async function uiClick(page: Page, ui: UiName, selector: string, steps = 1): Promise<void> {
  const { x, y } = await centre(page, ui, selector);
  if (steps > 1) await page.mouse.move(x, y, { steps });
  await page.mouse.click(x, y); // moves, presses and releases at once, as Playwright's locator.click() does
}

/** Give the keyboard focus to an element of the UI (as Tab would). */
export function uiFocus(page: Page, ui: UiName, selector: string): Promise<unknown> {
  return inUi(page, ui, (root, sel) => { (root.querySelector(sel) as HTMLElement).focus(); return true; }, selector);
}

/** The saved-passage marks the reader sees: their boxes, grouped by passage. */
export async function savedMarks(page: Page): Promise<Array<Array<{ left: number; top: number; right: number; bottom: number }>>> {
  const groups = await inUi(page, 'marks', (root) => {
    const out: Record<string, Array<{ left: number; top: number; right: number; bottom: number }>> = {};
    for (const m of root.querySelectorAll<HTMLElement>('.mark')) {
      const b = m.getBoundingClientRect();
      (out[m.dataset.mark!] ??= []).push({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
    }
    return Object.values(out);
  });
  return groups ?? [];
}

/** The passages of the page (texts) that the saved marks cover, each found in the page's own text. */
export async function markedPassages(page: Page, candidates: string[]): Promise<string[]> {
  const marks = (await savedMarks(page)).flat();
  const boxes = await page.evaluate((texts) => texts.map((text) => {
    // Find the passage in the page's text nodes (it may cross elements).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push(n as Text); all += (n as Text).data; }
    const at = all.indexOf(text);
    if (at < 0) return [];
    const range = document.createRange();
    let pos = 0;
    for (const n of nodes) {
      const end = pos + n.data.length;
      if (at >= pos && at <= end) range.setStart(n, at - pos);
      if (at + text.length >= pos && at + text.length <= end) { range.setEnd(n, at + text.length - pos); break; }
      pos = end;
    }
    return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
  }), candidates);
  const near = (a: number, b: number): boolean => Math.abs(a - b) < 2;
  return candidates.filter((_, i) => boxes[i]!.length > 0 && boxes[i]!.every((b) => marks.some((m) => near(m.left, b.left) && near(m.right, b.right) && near(m.top, b.top) && near(m.bottom, b.bottom))));
}
