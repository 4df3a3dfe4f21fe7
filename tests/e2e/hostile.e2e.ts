/**
 * A web page's own script attacks the extension (issue 18 §2–§4): it tries to make it save and
 * switch itself off, to detect and end it, to break its UI by defining its elements first, to read
 * what the reader saved, and to starve it with a page that never stops changing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readHighlights, saveViaMenu, useExtension } from './harness';
import { savedMarks, uiCount, uiText, waitForUi } from './ui';

const ext = useExtension();

async function open(path: string, pageScript?: string): Promise<Page> {
  const page = await ext.browser.context.newPage();
  if (pageScript) await page.addInitScript(pageScript); // runs as the page's own script, before the extension's
  await page.goto(ext.site.url(path));
  return page;
}

/** What the extension stored, read from its own origin (an extension page). */
async function stored(site: string): Promise<{ clippings: number; settings: unknown }> {
  const p = await ext.browser.context.newPage();
  await p.goto(`chrome-extension://${ext.browser.extensionId}/popup.html`);
  const out = await p.evaluate(async (site) => {
    const clippings = await new Promise<number>((resolve, reject) => {
      const req = indexedDB.open('qusasat');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('clippings')) { db.close(); resolve(0); return; }
        const count = db.transaction('clippings').objectStore('clippings').count();
        count.onsuccess = () => { db.close(); resolve(count.result); };
      };
    });
    const r = (await chrome.runtime.sendMessage({ type: 'content:get-site-settings', site })) as { settings?: unknown };
    return { clippings, settings: r?.settings ?? null };
  }, site);
  await p.close();
  return out;
}

const painted = (page: Page): Promise<number> => page.evaluate(() => CSS.highlights.size);

describe('a page\'s script cannot make the extension act', () => {
  it('plants and selects a phishing passage, clicks «حفظ», the control and the site switch through the DOM: nothing is saved, no setting stored', async () => {
    const page = await open('/article.html');
    expect(Object.keys(await readHighlights(page)).length).toBeGreaterThan(0);
    await waitForUi(page, 'panel', '.fab');
    const site = new URL(page.url()).host;
    const before = await stored(site);
    const attack = await page.evaluate(async () => {
      const planted = document.createElement('p');
      planted.append('عرض خاص لقراء الموقع: ');
      const a = document.createElement('a');
      a.href = 'https://phish.example/login';
      a.textContent = 'سجّل دخولك هنا لتحصل على الجائزة';
      planted.append(a, ' قبل نهاية اليوم.');
      document.querySelector('.article-body')!.prepend(planted);
      const range = document.createRange();
      range.selectNodeContents(planted);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      await new Promise((r) => setTimeout(r, 1000)); // the save button appears by a selection
      const hosts = new Set<string>();
      let reached = 0;
      for (let round = 0; round < 30; round++) {
        for (const el of document.querySelectorAll<HTMLElement>('*')) {
          if (!el.localName.startsWith('qusasat')) continue;
          hosts.add(el.localName.replace(/-x[0-9a-z]+$/, ''));
          for (const b of el.shadowRoot?.querySelectorAll<HTMLElement>('button, input') ?? []) { reached++; b.click(); }
          el.click();
          el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        }
        const r = range.getBoundingClientRect();
        document.elementFromPoint(r.left + 5, r.bottom + 15)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await new Promise((r) => setTimeout(r, 20));
      }
      return { hosts: [...hosts].sort(), reached };
    });
    expect(attack.hosts).toEqual(expect.arrayContaining(['qusasat-card', 'qusasat-panel', 'qusasat-save-button']));
    await page.waitForTimeout(1500);
    expect(await stored(site)).toEqual(before);
    expect(await uiCount(page, 'toast')).toBe(0);
    expect(attack.reached).toBe(0); // closed shadow roots: not one button within reach
    // Still on for the site after a reload.
    await page.reload();
    expect(Object.keys(await readHighlights(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a page\'s script cannot detect or end the extension', () => {
  const listener = `
    window.__messages = []; window.__errors = [];
    window.addEventListener('message', (e) => {
      window.__messages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data));
      try { JSON.parse(e.data); } catch (err) { window.__errors.push(String(err)); }
    });`;

  it('gets no message from the extension (a page that JSON.parses every message throws nothing), and dispatching WXT\'s event leaves the highlights painted', async () => {
    const page = await open('/article.html', listener);
    await readHighlights(page);
    await waitForUi(page, 'panel', '.fab');
    const heard = await page.evaluate(() => ({ messages: (window as unknown as { __messages: string[] }).__messages, errors: (window as unknown as { __errors: string[] }).__errors }));
    expect(heard).toEqual({ messages: [], errors: [] });
    const before = await painted(page);
    expect(before).toBeGreaterThan(0);
    await page.evaluate((id) => {
      for (const name of ['content', 'content-script', 'main']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'page' } }));
        document.body.dispatchEvent(new CustomEvent(type, { bubbles: true, detail: { contentScriptName: name, messageId: 'page' } }));
      }
    }, ext.browser.extensionId!);
    await page.waitForTimeout(1000);
    expect(await painted(page)).toBe(before);
    expect(await uiCount(page, 'panel')).toBe(1);
    await page.close();
  });
});

describe('a page that defines the extension\'s elements first', () => {
  const squat = `
    for (const name of ['qusasat-card', 'qusasat-panel', 'qusasat-toast', 'qusasat-save-button', 'qusasat-marks']) {
      customElements.define(name, class extends HTMLElement {
        connectedCallback() { this.remove(); }
      });
    }`;

  it('still gets the card and the control', async () => {
    const page = await open('/article.html', squat);
    await readHighlights(page);
    await waitForUi(page, 'panel', '.fab');
    await expect.poll(() => uiCount(page, 'card'), { timeout: 10_000 }).toBe(1);
    const box = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('qusasat-person') as unknown as Iterable<Range>)].find((x) => x.toString() === 'فؤاد حسين')!;
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(1, 1);
    await page.mouse.move(box.x, box.y, { steps: 5 });
    await expect.poll(() => uiText(page, 'card', '.kind'), { timeout: 10_000 }).toBe('شخص');
    await page.close();
  });
});

describe('a page cannot read what the reader saved from it', () => {
  it('on a revisit, the saved passage is marked for the reader, but not in CSS.highlights nor in any DOM the page reaches', async () => {
    const page = await open('/article.html');
    await readHighlights(page);
    const passage = await page.evaluate(() => {
      const text = document.querySelectorAll('.article-body p')[3]!.firstChild as Text;
      const from = text.data.indexOf('قبل أيام');
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, text.data.indexOf('اجتماعاً مماثلاً') + 'اجتماعاً مماثلاً'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(await saveViaMenu(ext.browser, page)).toBe('saved');
    await page.reload();
    await readHighlights(page);
    await page.waitForTimeout(2500); // the extension has asked for this page's clippings and marked them
    const seen = await page.evaluate(() => {
      const inHighlights: string[] = [];
      CSS.highlights.forEach((h, name) => { for (const r of h as unknown as Iterable<Range>) inHighlights.push(`${name}\u0000${r.toString()}`); });
      // Every text and attribute the page can reach, open shadow roots included.
      const reachable: string[] = [];
      const walk = (root: Node): void => {
        for (const el of (root as ParentNode).querySelectorAll('*')) {
          if (el.localName.startsWith('qusasat')) for (const a of el.attributes) reachable.push(a.value);
          if (el.shadowRoot) { reachable.push(el.shadowRoot.textContent ?? ''); walk(el.shadowRoot); }
        }
      };
      walk(document);
      return { names: [...CSS.highlights.keys()], inHighlights, reachable };
    });
    expect(seen.names.filter((n) => /saved/.test(n))).toEqual([]);
    expect(seen.inHighlights.some((x) => x.split('\u0000')[1] === passage.trim())).toBe(false);
    expect(seen.reachable.some((x) => x.includes(passage.trim()))).toBe(false);
    // The reader still sees it marked.
    await expect.poll(async () => (await savedMarks(page)).length, { timeout: 10_000 }).toBe(1);
    await page.close();
  });
});

describe('a page that never stops changing', () => {
  const ticker = `
    setInterval(() => {
      let t = document.getElementById('ticker');
      if (!t && document.body) { t = document.createElement('div'); t.id = 'ticker'; document.body.prepend(t); }
      if (t) t.textContent = 'عاجل: ' + Date.now();
    }, 10);`;

  it('paints the next story of a single-page site while a ticker outside the article changes every 10 ms', async () => {
    const page = await open('/spa.html', ticker);
    await page.waitForFunction(() => [...((CSS.highlights.get('qusasat-person') as unknown as Iterable<Range>) ?? [])].some((r) => r.toString() === 'فؤاد حسين'), undefined, { timeout: 15_000 });
    const link = (await page.locator('#link-2').boundingBox())!;
    await page.mouse.move(link.x + link.width / 2, link.y + link.height / 2, { steps: 5 });
    await page.mouse.click(link.x + link.width / 2, link.y + link.height / 2);
    await page.waitForFunction(() => [...((CSS.highlights.get('qusasat-place') as unknown as Iterable<Range>) ?? [])].some((r) => r.toString() === 'الإسكندرية'), undefined, { timeout: 15_000 });
    expect(await page.evaluate(() => document.getElementById('ticker')!.textContent)).toMatch(/^عاجل/);
    await page.close();
  });
});
