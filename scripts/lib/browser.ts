/**
 * Browser harness shared by the e2e tests, the sample launcher and the benchmarks: a static server
 * on 127.0.0.1 for the project's own fixture pages, and Debian Chromium with the built extension
 * (.output/chrome-mv3) loaded.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'site');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export interface Site {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serve tests/fixtures/site on 127.0.0.1 (never another address). Extra routes may set headers. */
export async function serveFixtures(headers: Record<string, Record<string, string>> = {}, port = 0): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(FIXTURES, path);
    if (!file.startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(headers[path] ?? {}) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const bound = (server.address() as { port: number }).port;
  return {
    url: (p) => `http://127.0.0.1:${bound}${p.startsWith('/') ? p : `/${p}`}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface Browser {
  context: BrowserContext;
  /** Null when launched without the extension. */
  worker: Worker | null;
  extensionId: string | null;
  close(): Promise<void>;
}

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * `lang`: the browser's UI language (the extension's UI follows it); Arabic unless a test asks for English.
 * `extension`: the built extension's folder (a test may load a copy with a changed manifest).
 * `profile`: the user data dir, when the caller owns it (e.g. one on a small disk); left in place on close.
 */
export async function launch(withExtension = true, headless = true, lang: 'ar' | 'en' = 'ar', extension = EXTENSION, profile?: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  if (withExtension && !existsSync(join(extension, 'manifest.json'))) throw new Error('no built extension: run `npm run build` first');
  const dir = profile ?? mkdtempSync(join(tmpdir(), 'qusasat-e2e-'));
  // Headless Chromium (156) drops a page to one frame a second once its frames go undrawn (no
  // display draws them); a pointer that waits a frame per step then crawls. A screen never does this.
  const flags = [...FLAGS, ...(headless ? ['--disable-frame-rate-limit'] : []), `--lang=${lang}`];
  const args = withExtension ? [...flags, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : flags;
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless, args, env: { ...process.env, LANGUAGE: lang }, viewport: { width: 1200, height: 900 }, locale: lang });
  let worker: Worker | null = null;
  if (withExtension) worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = worker ? new URL(worker.url()).host : null;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      if (!profile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Run one of the methods the background exposes as `globalThis.qusasat` for the tab holding `page`:
 * what a context-menu item or a shortcut runs, since neither can be used headless. Without the "tabs"
 * permission tab URLs are hidden: the page is brought to front and taken as the active tab.
 */
async function inActiveTab<T>(browser: Browser, page: Page, method: string, ...args: unknown[]): Promise<T> {
  await page.bringToFront();
  return browser.worker!.evaluate(async ([name, rest]) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return (globalThis as unknown as { qusasat: Record<string, (id: number, ...a: unknown[]) => Promise<T>> }).qusasat[name]!(tab!.id!, ...rest);
  }, [method, args] as const);
}

/** What the context menu's "save selection" / "save article" items run. */
export function saveViaMenu(browser: Browser, page: Page, what: 'selection' | 'article' = 'selection'): Promise<string> {
  return inActiveTab(browser, page, what === 'selection' ? 'saveSelectionInTab' : 'saveArticleInTab');
}

/** What the next-highlight (1) / previous-highlight (-1) shortcuts run. */
export function stepViaShortcut(browser: Browser, page: Page, direction: 1 | -1): Promise<void> {
  return inActiveTab(browser, page, 'stepHighlightInTab', direction);
}
