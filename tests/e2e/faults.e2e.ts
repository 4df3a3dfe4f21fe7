import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arabicCount, importFile, launch, rawRows, readHighlights, saveViaMenu, serveFixtures, useExtension, type Browser, selectWords as select } from './harness';
import type { CDPSession } from 'playwright-core';
import { uiCentre, uiText, waitForUi } from './ui';
import { aimAt, dragSelect, glide, press } from './pointer';

/**
 * Faults while data is written, played in real Chromium with the built extension: two tabs saving at
 * once, a library written by every earlier schema opened by today's build, and a web page trying
 * every way it has to reach the extension's handlers.
 */
const ext = useExtension();

/** The tab id of `page`, as the background sees it (brought to front, then the active tab). */
async function tabId(b: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  return b.worker!.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

async function openArticle(b: Browser, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url);
  await readHighlights(page);
  return page;
}

describe('two tabs at once', () => {
  it('the same passage saved from two tabs in the same moment is one clipping; different passages both land', async () => {
    const a = await openArticle(ext.browser, ext.site.url('/article.html'));
    const b = await openArticle(ext.browser, ext.site.url('/article.html'));
    const before = (await rawRows(ext.browser, 'clippings')).length;
    await select(a, 0, 'دعا', 'فؤاد حسين');
    await select(b, 0, 'دعا', 'فؤاد حسين');
    const [ta, tb] = [await tabId(ext.browser, a), await tabId(ext.browser, b)];
    const same = await ext.browser.worker!.evaluate(([x, y]) => {
      const q = (globalThis as unknown as { qusasat: { saveSelectionInTab(id: number): Promise<string> } }).qusasat;
      return Promise.all([q.saveSelectionInTab(x), q.saveSelectionInTab(y)]);
    }, [ta, tb] as const);
    expect([...same].sort()).toEqual(['duplicate', 'saved']);
    expect((await rawRows(ext.browser, 'clippings')).length).toBe(before + 1);

    await select(a, 1, 'إن استمرار', 'جوهرياً');
    await select(b, 2, 'عودة النازحين', 'فرص العمل');
    const different = await ext.browser.worker!.evaluate(([x, y]) => {
      const q = (globalThis as unknown as { qusasat: { saveSelectionInTab(id: number): Promise<string> } }).qusasat;
      return Promise.all([q.saveSelectionInTab(x), q.saveSelectionInTab(y)]);
    }, [ta, tb] as const);
    expect(different).toEqual(['saved', 'saved']);
    const texts = (await rawRows(ext.browser, 'clippings')).map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('إن استمرار'), expect.stringContaining('عودة النازحين')]));
    await a.close();
    await b.close();
  });
});

describe('a web page cannot reach the extension', () => {
  it('window.postMessage, DOM events, crafted attributes and the runtime API save nothing and change no setting', async () => {
    const page = await openArticle(ext.browser, ext.site.url('/article.html'));
    const before = await rawRows(ext.browser, 'clippings');
    const draft = {
      url: ext.site.url('/article.html'), site: '127.0.0.1', title: 'تصيّد', byline: null, published: null,
      text: 'اضغط هنا: https://phish.example', prefix: '', suffix: '', position: null, kind: 'selection', speaker: null, entities: [],
    };
    const messages = [
      { type: 'content:save-clipping', draft },
      { type: 'content:set-site-settings', site: '127.0.0.1', settings: { off: true, hidden: [] } },
      { type: 'popup:delete-clippings', ids: before.map((r) => r.id) },
      { type: 'popup:import-clippings', clippings: [] },
      { type: 'background:save', what: 'selection' },
    ];
    const reached = await page.evaluate((messages) => {
      const tried: string[] = [];
      for (const m of messages) {
        window.postMessage(m, '*');
        window.postMessage(JSON.stringify(m), '*');
        document.dispatchEvent(new CustomEvent(m.type, { detail: m }));
        window.dispatchEvent(new CustomEvent(m.type, { detail: m }));
        document.documentElement.setAttribute('data-qusasat', JSON.stringify(m));
        document.body.setAttribute('data-' + m.type.replace(/[^a-z]/g, '-'), JSON.stringify(m));
        const rt = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        if (typeof rt?.sendMessage === 'function') tried.push('runtime.sendMessage exists');
      }
      return tried;
    }, messages);
    // No externally_connectable: the page has no runtime API to call at all.
    expect(reached).toEqual([]);
    await page.waitForTimeout(1500);
    const after = await rawRows(ext.browser, 'clippings');
    expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
    // The site is still on: a reload paints again.
    await page.reload();
    expect((await readHighlights(page))['qusasat-place']).toContain('بغداد');
    await page.close();
  });
});

/** The schema each shipped version created (Dexie's version N is IndexedDB version 10·N). */
const OLD_SCHEMAS: Array<{ version: number; indexes: Array<[string, { unique?: boolean; multiEntry?: boolean }]> }> = [
  { version: 1, indexes: [['createdAt', {}], ['site', {}], ['kind', {}], ['dedupe', { unique: true }], ['tags', { multiEntry: true }]] },
  { version: 2, indexes: [['createdAt', {}], ['site', {}], ['kind', {}], ['dedupe', { unique: true }], ['tags', { multiEntry: true }], ['page', {}]] },
];

describe('a library written by every earlier schema, opened by today\'s build', () => {
  for (const schema of OLD_SCHEMAS) {
    it(`v${schema.version}: every clipping, note, tag and site setting is there after the upgrade`, async () => {
      const site = await serveFixtures();
      const b = await launch(true);
      try {
        const old = Array.from({ length: 50 }, (_, i) => ({
          id: `old-${i}`, createdAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(), updatedAt: new Date(Date.UTC(2024, 1, 1, 0, i)).toISOString(),
          url: `https://news.example/a/${i}`, site: 'news.example', title: `عنوان ${i}`, byline: i % 2 ? 'سلمى الراوي' : null, published: i % 3 ? '2024-01-01' : null,
          text: `نص القصاصة القديمة رقم ${i} عن فؤاد حسين في بغداد`, prefix: 'قبل ', suffix: ' بعد', position: i % 4 ? { start: i, end: i + 30 } : null,
          kind: i % 5 ? 'selection' : 'quote', speaker: i % 5 ? null : 'فؤاد حسين',
          entities: [{ kind: 'person', start: 23, end: 32, text: 'فؤاد حسين' }], note: i % 2 ? `ملاحظة ${i}` : '', tags: i % 3 ? ['عراق', `وسم ${i % 7}`] : [],
        }));
        // Written as that version's own schema wrote it: the store, its indexes, and each row's derived keys of the time.
        await b.worker!.evaluate(async ({ schema, old }) => {
          await new Promise<void>((ok) => { const d = indexedDB.deleteDatabase('qusasat'); d.onsuccess = d.onerror = d.onblocked = () => ok(); });
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const req = indexedDB.open('qusasat', schema.version * 10);
            req.onupgradeneeded = () => {
              const store = req.result.createObjectStore('clippings', { keyPath: 'id' });
              for (const [name, opts] of schema.indexes) store.createIndex(name, name, opts);
            };
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('clippings', 'readwrite');
            for (const c of old) {
              const row: Record<string, unknown> = { ...c, dedupe: `${c.url}\u0000${c.text.length}:old${c.id}` };
              if (schema.version >= 2) row.page = c.url;
              tx.objectStore('clippings').put(row);
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          db.close();
          // A site setting of the time (its own database, unchanged since v1).
          await new Promise<void>((resolve, reject) => {
            const req = indexedDB.open('qusasat-sites', 1);
            req.onupgradeneeded = () => req.result.createObjectStore('sites');
            req.onsuccess = () => {
              const tx = req.result.transaction('sites', 'readwrite');
              tx.objectStore('sites').put({ off: false, hidden: ['quote'] }, 'news.example');
              tx.oncomplete = () => { req.result.close(); resolve(); };
            };
            req.onerror = () => reject(req.error);
          });
        }, { schema, old });

        // The reader opens the library: today's code opens (and upgrades) the database.
        const library = await b.context.newPage();
        await library.goto(`chrome-extension://${b.extensionId}/library.html`);
        await expect.poll(() => b.worker!.evaluate(() => new Promise<number>((ok) => {
          const req = indexedDB.open('qusasat');
          req.onsuccess = () => { const v = req.result.version; req.result.close(); ok(v); };
        })), { timeout: 15_000 }).toBeGreaterThan(schema.version * 10);
        await expect.poll(() => library.locator('text=نص القصاصة القديمة رقم 49').count(), { timeout: 15_000 }).toBeGreaterThan(0);

        const rows = await rawRows(b, 'clippings');
        expect(rows).toHaveLength(old.length);
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const c of old) {
          const r = byId.get(c.id)!;
          for (const [k, v] of Object.entries(c)) expect([c.id, k, r[k]]).toEqual([c.id, k, v]);
          expect(typeof r.page).toBe('string');
        }
        const setting = await b.worker!.evaluate(() => new Promise<unknown>((ok) => {
          const req = indexedDB.open('qusasat-sites');
          req.onsuccess = () => { const g = req.result.transaction('sites').objectStore('sites').get('news.example'); g.onsuccess = () => { req.result.close(); ok(g.result); }; };
        }));
        expect(setting).toEqual({ off: false, hidden: ['quote'] });
        await library.close();
      } finally {
        await b.close();
        await site.close();
      }
    });
  }
});

describe('a failed upgrade, in real IndexedDB', () => {
  it('leaves the v1 library as it was, shows its clippings and says the upgrade failed', async () => {
    const b = await launch(true);
    try {
      const good = [0, 1, 2].map((i) => ({
        id: `v1-${i}`, createdAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(), updatedAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
        url: `https://news.example/v1/${i}`, site: 'news.example', title: `عنوان ${i}`, byline: null, published: null,
        text: `قصاصة الإصدار الأول رقم ${i}`, prefix: '', suffix: '', position: null, kind: 'selection', speaker: null, entities: [], note: '', tags: [],
      }));
      // A row an old version wrote badly: entities is not a list, so today's v2 upgrade throws on it.
      const crafted = { ...good[0]!, id: 'v1-crafted', text: 'صف تالف', entities: null };
      await b.worker!.evaluate(async (rows) => {
        await new Promise<void>((ok) => { const d = indexedDB.deleteDatabase('qusasat'); d.onsuccess = d.onerror = d.onblocked = () => ok(); });
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('qusasat', 10);
          req.onupgradeneeded = () => {
            const s = req.result.createObjectStore('clippings', { keyPath: 'id' });
            for (const n of ['createdAt', 'site', 'kind']) s.createIndex(n, n);
            s.createIndex('dedupe', 'dedupe', { unique: true });
            s.createIndex('tags', 'tags', { multiEntry: true });
          };
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('clippings', 'readwrite');
          for (const r of rows) tx.objectStore('clippings').put({ ...r, dedupe: `k-${r.id}` });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      }, [...good, crafted]);

      const library = await b.context.newPage();
      await library.goto(`chrome-extension://${b.extensionId}/library.html`);
      const alert = library.locator('.lib-read-only');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent()).toContain('فبقيت كما كانت ولم يتغيّر فيها شيء');
      expect(await alert.textContent()).toContain('3 قصاصات');
      expect(await alert.textContent()).toContain('وتعذّرت قراءة قصاصة واحدة');
      await library.locator('text=قصاصة الإصدار الأول رقم 2').waitFor({ timeout: 15_000 });
      // Still version 1 (IndexedDB 10), every row as written, the crafted one too.
      const after = await b.worker!.evaluate(() => new Promise<{ version: number; ids: string[] }>((ok, no) => {
        const req = indexedDB.open('qusasat');
        req.onerror = () => no(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('clippings').objectStore('clippings').getAllKeys();
          all.onsuccess = () => { db.close(); ok({ version: db.version, ids: (all.result as string[]).sort() }); };
        };
      }));
      expect(after).toEqual({ version: 10, ids: ['v1-0', 'v1-1', 'v1-2', 'v1-crafted'] });
      await library.close();
    } finally {
      await b.close();
    }
  });
});

/**
 * The extension's service worker under the debugger, through the browser's own CDP session (the
 * worker's session is reached with Target.sendMessageToTarget): pause it at a line of its code.
 */
async function debugWorker(b: Browser): Promise<{ pauseAt(text: string, then: string): Promise<void>; paused: Promise<void>; stop(): Promise<void> }> {
  const cdp: CDPSession = await b.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`))!;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let n = 0;
  const answers = new Map<number, (v: { result?: Record<string, unknown> }) => void>();
  const scripts: Array<{ scriptId: string; url: string }> = [];
  let onPaused: () => void = () => undefined;
  const paused = new Promise<void>((ok) => { onPaused = ok; });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; method?: string; params?: { scriptId: string; url: string }; result?: Record<string, unknown> };
    if (m.id !== undefined) { answers.get(m.id)?.(m); answers.delete(m.id); }
    else if (m.method === 'Debugger.scriptParsed') scripts.push(m.params!);
    else if (m.method === 'Debugger.paused') onPaused();
  });
  const send = (method: string, params: Record<string, unknown> = {}) => new Promise<{ result?: Record<string, unknown> }>((ok) => {
    const id = ++n;
    answers.set(id, ok);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
  });
  await send('Debugger.enable');
  return {
    paused,
    /** Pause just after the one occurrence of `text` followed closely by `then` (the built code is minified). */
    async pauseAt(text, then) {
      const script = scripts.find((s) => s.url.endsWith('/background.js'))!;
      const found = (await send('Debugger.searchInContent', { scriptId: script.scriptId, query: text })).result!.result as Array<{ lineNumber: number; lineContent: string }>;
      const literal = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
      const spots = found.flatMap(({ lineNumber, lineContent }) => [...lineContent.matchAll(literal)]
        .filter((m) => lineContent.slice(m.index, m.index + text.length + 60).includes(then))
        .map((m) => ({ lineNumber, columnNumber: m.index + text.length })));
      expect(spots).toHaveLength(1);
      const r = await send('Debugger.setBreakpoint', { location: { scriptId: script.scriptId, ...spots[0]! } });
      expect(r.result?.breakpointId).toBeTruthy();
    },
    async stop() {
      // Stopped while paused at the breakpoint (the ServiceWorker domain, as the browser stops an idle
      // worker): the statement after it never runs.
      const page = await b.context.newPage();
      const s = await b.context.newCDPSession(page);
      await s.send('ServiceWorker.enable');
      await s.send('ServiceWorker.stopAllWorkers');
      await s.detach();
      await page.close();
    },
  };
}

/** Every clipping's text, read raw from an extension page (the worker may be stopped). */
async function storedTexts(b: Browser): Promise<string[]> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
  const texts = await page.evaluate(() => new Promise<string[]>((ok, no) => {
    const req = indexedDB.open('qusasat');
    req.onerror = () => no(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('clippings')) { db.close(); ok([]); return; }
      const all = db.transaction('clippings').objectStore('clippings').getAll();
      all.onsuccess = () => { db.close(); ok((all.result as Array<{ text: string }>).map((r) => r.text)); };
    };
  }));
  await page.close();
  return texts;
}

/**
 * A save with the worker paused at `pauseAt` and stopped there: the reader is told it was not saved,
 * moves to «أعد المحاولة» and clicks it; `after` is what the notice then says. Nothing half-written
 * at any point (the stored texts are the passage exactly, `stored` times), one clipping in the end.
 * With `copy`, «انسخ النص» first.
 */
async function stoppedSave(how: { select(page: Page): Promise<string>; start(b: Browser, page: Page): Promise<void>; pauseAt: [string, string]; stored: number; after: string; copy?: boolean }): Promise<void> {
  const site = await serveFixtures();
  const b = await launch(true);
  try {
    const page = await b.context.newPage();
    await page.goto(site.url('/article.html'));
    await readHighlights(page);
    const passage = (await how.select(page)).trim();
    expect(passage).toMatch(/^إن استمرار.*جوهرياً$/);
    const dbg = await debugWorker(b);
    await dbg.pauseAt(...how.pauseAt);
    await how.start(b, page);
    await dbg.paused;
    await dbg.stop();
    await page.bringToFront();
    await waitForUi(page, 'toast', '.toast:not([hidden]) .message');
    expect(await uiText(page, 'toast', '.message')).toContain('تعذّر الحفظ');
    if (how.copy) {
      // «انسخ النص» first: the passage is on the clipboard, and the notice still offers the retry.
      await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await glide(page, await uiCentre(page, 'toast', 'button', 'انسخ النص'), 12);
      await press(page);
      await expect.poll(() => uiText(page, 'toast', '.toast:not([hidden]) .message')).toBe('نُسخ النص، ولم يُحفظ بعد');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(passage);
    }
    // The reader moves to «أعد المحاولة» (the notice stays while the pointer is on it).
    const retry = await uiCentre(page, 'toast', 'button', 'أعد المحاولة');
    await glide(page, retry, 12);
    expect(await storedTexts(b)).toEqual(Array<string>(how.stored).fill(passage));
    await page.bringToFront();
    await press(page);
    await expect.poll(() => uiText(page, 'toast', '.message'), { timeout: 15_000 }).toBe(how.after);
    expect(await storedTexts(b)).toEqual([passage]);
    await page.close();
  } finally {
    await b.close();
    await site.close();
  }
}

/** The card's «حفظ» by the selection, by the pointer. */
const byButton = {
  select: (page: Page) => select(page, 1, 'إن استمرار', 'جوهرياً'),
  async start(_b: Browser, page: Page) {
    await waitForUi(page, 'save-button', '.save');
    await aimAt(page, () => uiCentre(page, 'save-button', '.save'));
    await press(page);
  },
};
/**
 * The context menu's «save» and Alt+Shift+S: the background asks the tab (neither can be used
 * headless, so the test runs what they run; its worker is stopped under it and never answers).
 */
const byMenu = {
  select: (page: Page) => dragSelect(page, 1, 'إن استمرار', 'جوهرياً'),
  async start(b: Browser, page: Page) { void saveViaMenu(b, page).catch(() => undefined); },
};
/** The store's save, its first statement: the passage has reached the worker, nothing is written yet. */
const BEFORE_WRITE: [string, string] = ['async save(', 'toISOString'];

describe('the worker stops in the middle of a save', () => {
  it('between the message and the write: nothing is half-written, the notice says it was not saved, and its retry saves it', async () => {
    // The save handler's first statement: the message has arrived, nothing is written yet.
    await stoppedSave({ ...byButton, pauseAt: ['content:save-clipping', 'extensionPage'], stored: 0, after: 'حُفظت القصاصة' });
  }, 60_000);

  it('a menu or shortcut save, between the message and the write: nothing is stored, the tab\'s notice says so, «انسخ النص» copies the passage and its retry saves it once', async () => {
    await stoppedSave({ ...byMenu, pauseAt: BEFORE_WRITE, stored: 0, after: 'حُفظت القصاصة', copy: true });
  }, 60_000);

  it('a menu or shortcut save, after the write and before the answer: the notice says it was not saved, and its retry says it already was', async () => {
    // The save handler once the write has committed, before it answers the tab.
    await stoppedSave({ ...byMenu, pauseAt: ['===`saved`&&', '.tabId,'], stored: 1, after: 'هذه القصاصة محفوظة من قبل' });
  }, 60_000);
});

describe('the library tab closed in the middle of an import of 10,000', () => {
  it('keeps only whole records, and importing the file again adds the rest, saying how many were already there', async () => {
    const b = await launch(true);
    try {
      const N = 10_000;
      const records = Array.from({ length: N }, (_, i) => {
        const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
        return {
          id: `imp-${i}`, createdAt: at, updatedAt: at, url: `https://news.example/imp/${i}`, site: 'news.example', title: `عنوان ${i}`,
          byline: null, published: null, text: `قصاصة مستوردة رقم ${i} عن بغداد`, prefix: 'قبل ', suffix: ' بعد', position: { start: i, end: i + 20 },
          kind: 'selection', speaker: null, entities: [{ kind: 'place', start: 0, end: 5, text: 'قصاصة' }], note: i % 3 ? '' : `ملاحظة ${i}`, tags: i % 2 ? [] : ['عراق'],
        };
      });
      const buffer = Buffer.from(JSON.stringify({ version: 1, clippings: records }));
      const importIn = (page: Page): Promise<void> => importFile(page, 'backup.json', buffer);
      const library = await b.context.newPage();
      await library.goto(`chrome-extension://${b.extensionId}/library.html`);
      await library.locator('main').waitFor();
      await importIn(library);
      // The reader closes the tab while the count shows the import under way.
      await library.waitForFunction(() => /يجري الاستيراد: [1-9]/.test(document.querySelector('.notice-text')?.textContent ?? ''), undefined, { polling: 20, timeout: 60_000 });
      await library.close();

      const again = await b.context.newPage();
      await again.goto(`chrome-extension://${b.extensionId}/library.html`);
      await again.locator('main').waitFor();
      const kept = await again.evaluate(() => new Promise<Array<Record<string, unknown>>>((ok, no) => {
        const req = indexedDB.open('qusasat');
        req.onerror = () => no(req.error);
        req.onsuccess = () => { const all = req.result.transaction('clippings').objectStore('clippings').getAll(); all.onsuccess = () => { req.result.close(); ok(all.result as Array<Record<string, unknown>>); }; };
      }));
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(N);
      // Every record that landed is whole, field by field.
      const byId = new Map(records.map((r) => [r.id, r]));
      for (const row of kept) for (const [k, v] of Object.entries(byId.get(row.id as string)!)) expect([row.id, k, row[k]]).toEqual([row.id, k, v]);

      await importIn(again);
      const added = N - kept.length;
      await again.waitForFunction((t) => (document.querySelector('.notice-text')?.textContent ?? '').includes(t), `استُوردت: ${arabicCount(added)}. تُخطّي المكرر: ${arabicCount(kept.length)}.`, { timeout: 120_000, polling: 200 });
      await again.close();
    } finally {
      await b.close();
    }
  }, 180_000);
});
