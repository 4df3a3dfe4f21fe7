import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, readHighlights, saveViaMenu, useExtension, type Browser } from './harness';
import { aimAt, dragSelect, flick, frame, glide, press, textAt, wordAt, type Point } from './pointer';
import { inUi, savedMarks, uiCentre, uiCount, uiText, uiWatcher, waitForUi } from './ui';

const ext = useExtension();

/** The clippings as the background stored them (read straight from the extension's IndexedDB). */
function stored(browser: Browser): Promise<Array<{ id: string; text: string; kind: string; published: string | null; url: string }>> {
  return browser.worker!.evaluate(() => new Promise((ok, fail) => {
    const open = indexedDB.open('qusasat');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('clippings').objectStore('clippings').getAll();
      req.onsuccess = () => { ok(req.result); open.result.close(); };
      req.onerror = () => fail(req.error);
    };
  }));
}

/**
 * On install the extension opens its welcome tab; it comes in front of the first test's page (whose
 * frames a background tab no longer draws). The reader closes it first, as a person would.
 */
let welcomeClosed: Promise<void> | null = null;
async function closeWelcome(browser: Browser = ext.browser): Promise<void> {
  const end = Date.now() + 10_000;
  for (;;) {
    const welcome = browser.context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) { await welcome.close(); return; }
    if (Date.now() > end) return; // no welcome tab (not a fresh install): nothing to close
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A new tab on a fixture page, painted, with its card's host in place. */
async function openPainted(path: string): Promise<Page> {
  await (welcomeClosed ??= closeWelcome());
  const page = await ext.browser.context.newPage();
  await page.goto(ext.site.url(path));
  await readHighlights(page, 15_000);
  await expect.poll(() => uiCount(page, 'card'), { timeout: 15_000 }).toBe(1);
  await page.mouse.move(1, 1);
  return page;
}

/** The card's text for a selector, or null while no card is shown. */
const card = (page: Page, selector = '.card'): Promise<string | null> => uiText(page, 'card', selector);

/** The last notice's text, once one is shown. */
async function toastText(page: Page): Promise<string> {
  await waitForUi(page, 'toast', '.toast:not([hidden]) .message');
  return (await uiText(page, 'toast', '.toast:not([hidden]) .message')) ?? '';
}

/** The notice's message as shown now. */
const toastMessage = (page: Page): Promise<string | null> => uiText(page, 'toast', '.message');

describe('saving from the hover card with the mouse', () => {
  it('keeps the card open on the way from the name to «حفظ قصاصة», slowly and quickly, and saves', async () => {
    const page = await openPainted('/article.html');
    // Slowly: from the name to the card's button, a frame after every step.
    const name = await wordAt(page, 'person', 'فؤاد حسين');
    await glide(page, name, 15);
    await expect.poll(() => card(page, '.kind'), { timeout: 10_000 }).toBe('شخص');
    await glide(page, await uiCentre(page, 'card', '.save'), 30);
    expect(await card(page, '.text')).toBe('فؤاد حسين');
    await press(page);
    expect(await toastText(page)).toBe('حُفظت القصاصة');
    await expect.poll(async () => (await stored(ext.browser)).map((c) => c.text).join('\n')).toMatch(/^بغداد - دعا وزير الخارجية العراقي فؤاد حسين/);
    expect(await card(page)).toBeNull(); // saved: the card is gone

    // Quickly: a flick of ten moves straight from another name to its button.
    await glide(page, { x: 5, y: 5 }, 5);
    const place = await wordAt(page, 'place', 'باريس');
    await glide(page, place, 10);
    await expect.poll(() => card(page, '.text'), { timeout: 10_000 }).toBe('باريس');
    await flick(page, await uiCentre(page, 'card', '.save'), 10);
    await press(page);
    await expect.poll(async () => (await stored(ext.browser)).some((c) => c.text.includes('مؤتمراً للمانحين سيعقد في باريس'))).toBe(true);
    await page.close();
  });

  it('closes the card once the pointer has gone elsewhere (after a short grace)', async () => {
    const page = await openPainted('/article.html');
    await glide(page, await wordAt(page, 'person', 'فؤاد حسين'), 10);
    await expect.poll(() => card(page, '.kind'), { timeout: 10_000 }).toBe('شخص');
    await glide(page, { x: 5, y: 5 }, 10);
    await expect.poll(() => card(page), { timeout: 5_000 }).toBeNull();
    await frame(page);
    await page.close();
  });
});

/** Glide in steps, counting the frames after which a hover card was shown. */
async function glideWithoutCard(page: Page, to: Point, steps: number): Promise<number> {
  let seen = 0;
  await glide(page, to, steps, async () => { if (await inUi(page, 'card', (root) => root.querySelector('.card') !== null)) seen++; });
  return seen;
}

describe('selection and hover card', () => {
  it('a drag across a name that ends on one opens no card; the small «حفظ» saves the selection', async () => {
    const page = await openPainted('/article.html');
    const start = await textAt(page, 'دعا وزير');
    const end = await wordAt(page, 'person', 'فؤاد حسين');
    await glide(page, start, 10);
    await page.mouse.down();
    // Over «العراقي» and on to the name, in steps: the card never opens over the selection.
    expect(await glideWithoutCard(page, end, 30)).toBe(0);
    await page.mouse.up();
    await page.waitForTimeout(400); // the selection button follows the selection after 150 ms
    expect(await inUi(page, 'card', (root) => root.querySelector('.card') !== null)).toBe(false);
    const selected = await page.evaluate(() => getSelection()!.toString());
    expect(selected).toMatch(/الخارجية العراقي فؤ/); // the selection ends inside the name
    const button = await uiCentre(page, 'save-button', '.save');
    expect(await glideWithoutCard(page, button, 20)).toBe(0);
    await press(page);
    expect(await toastText(page)).toBe('حُفظت القصاصة');
    await expect.poll(async () => (await stored(ext.browser)).map((c) => c.text)).toContain(selected.trim());
    await page.close();
  });
  it('a second selection: the first one\'s «حفظ» is gone while the reader drags, and comes back by the new one', async () => {
    const page = await openPainted('/article.html');
    await dragSelect(page, 1, 'إن استمرار', 'جوهرياً');
    // Scrolled as the next drag will scroll (the button follows its selection on a scroll): where it is then.
    await page.evaluate(() => document.querySelectorAll('.article-body p')[2]!.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await frame(page);
    const first = await uiCentre(page, 'save-button', '.save');
    // Watched at every step of the next drag: a button left where the pointer is not going.
    let atOld = 0;
    const where = await uiWatcher(page, 'save-button', (root) => {
      const b = root.querySelector<HTMLElement>('.save');
      if (!b || b.hidden) return null;
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const selected = await dragSelect(page, 2, 'إلى مدنهم', 'الخدمات', async () => {
      const at = await where();
      if (at && Math.abs(at.x - first.x) < 1 && Math.abs(at.y - first.y) < 1) atOld++;
    });
    expect(atOld).toBe(0);
    await waitForUi(page, 'save-button', '.save');
    const second = await uiCentre(page, 'save-button', '.save');
    expect(Math.abs(second.y - first.y) + Math.abs(second.x - first.x)).toBeGreaterThan(10);
    await aimAt(page, () => uiCentre(page, 'save-button', '.save'));
    await press(page);
    expect(await toastText(page)).toBe('حُفظت القصاصة');
    await expect.poll(async () => (await stored(ext.browser)).map((c) => c.text)).toContain(selected.trim());
    await page.close();
  });
});

/** Hover a painted word with the mouse, wait for its card, then move to «حفظ قصاصة» and click it. */
async function saveFromCard(page: Page, kind: string, match: string): Promise<void> {
  await glide(page, await wordAt(page, kind, match), 12);
  await expect.poll(() => card(page, '.text'), { timeout: 10_000 }).toBe(match);
  await glide(page, await uiCentre(page, 'card', '.save'), 15);
  await press(page);
  await toastText(page);
}

describe('the reference day of relative dates', () => {
  it('an undated page: the card says «أمس» is relative to today, and the clipping has no publication date', async () => {
    const page = await openPainted('/undated.html');
    await glide(page, await wordAt(page, 'date', 'أمس'), 12);
    await expect.poll(() => card(page, '.relative'), { timeout: 10_000 }).toBe('بالنسبة إلى اليوم: تاريخ النشر غير معروف');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(await card(page, '.raw')).toBe(yesterday);
    await glide(page, { x: 5, y: 5 }, 5);
    await expect.poll(() => card(page), { timeout: 5_000 }).toBeNull();
    await saveFromCard(page, 'date', 'أمس');
    await expect.poll(async () => (await stored(ext.browser)).filter((c) => c.url.endsWith('/undated.html'))).toHaveLength(1);
    expect((await stored(ext.browser)).find((c) => c.url.endsWith('/undated.html'))!.published).toBeNull();
    await page.close();
  });

  it('a page dated only by its address (/2013/11/29/) resolves «أمس» against that day and keeps it', async () => {
    const page = await openPainted('/2013/11/29/story.html');
    await glide(page, await wordAt(page, 'date', 'أمس'), 12);
    await expect.poll(() => card(page, '.raw'), { timeout: 10_000 }).toBe('2013-11-28');
    expect(await card(page, '.relative')).toBeNull();
    await glide(page, { x: 5, y: 5 }, 5);
    await expect.poll(() => card(page), { timeout: 5_000 }).toBeNull();
    await saveFromCard(page, 'date', 'أمس');
    await expect.poll(async () => (await stored(ext.browser)).find((c) => c.url.endsWith('/2013/11/29/story.html'))?.published).toBe('2013-11-29');
    await page.close();
  });
});

/** Select a passage of the article body by its first and last words (as a reader's drag would leave it). */
function selectWords(page: Page, from: string, to: string): Promise<string> {
  return page.evaluate(([a, b]) => {
    const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(a!);
      const j = n.data.indexOf(b!, i);
      if (i < 0 || j < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, j + b!.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return r.toString();
    }
    throw new Error(`no «${a}…${b}»`);
  }, [from, to] as const);
}

describe('notices', () => {
  it('Alt+Shift+S with nothing selected says what to do and offers the whole article, saved with its own words', async () => {
    const page = await openPainted('/undated.html');
    await page.evaluate(() => getSelection()!.removeAllRanges());
    expect(await saveViaMenu(ext.browser, page)).toBe('empty'); // what the shortcut runs
    expect(await toastText(page)).toContain('حدّد ما تريد حفظه ثم اضغط Alt+Shift+S');
    await glide(page, await uiCentre(page, 'toast', '.actions button'), 20);
    expect(await uiText(page, 'toast', '.actions button')).toBe('احفظ المقال كاملاً');
    await press(page);
    await expect.poll(() => toastMessage(page)).toBe('حُفظ المقال كاملاً في المكتبة');
    await expect.poll(async () => (await stored(ext.browser)).filter((c) => c.kind === 'article' && c.url.endsWith('/undated.html'))).toHaveLength(1);
    await page.close();
  });

  it('two quick saves show one notice, the last; «تراجع» deletes that clipping; «افتح في المكتبة» opens the library', async () => {
    const page = await openPainted('/article.html');
    const first = await selectWords(page, 'عودة النازحين', 'فرص العمل');
    expect(await saveViaMenu(ext.browser, page)).toBe('saved');
    const second = await selectWords(page, 'أكثر من مليون', 'داخل البلاد');
    expect(await saveViaMenu(ext.browser, page)).toBe('saved');
    await page.evaluate(() => getSelection()!.removeAllRanges());
    // One notice box, in one place, saying the last save.
    expect(await uiCount(page, 'toast')).toBe(1);
    expect(await inUi(page, 'toast', (root) => root.querySelectorAll('.toast:not([hidden])').length)).toBe(1);
    expect(await toastMessage(page)).toBe('حُفظت القصاصة');
    const texts = async () => (await stored(ext.browser)).map((c) => c.text);
    expect(await texts()).toEqual(expect.arrayContaining([first, second]));

    await glide(page, await uiCentre(page, 'toast', '.actions button', 'تراجع'), 20);
    await press(page);
    await expect.poll(() => toastMessage(page)).toBe('أُلغي الحفظ');
    await expect.poll(texts).not.toContain(second);
    expect(await texts()).toContain(first);

    // Save again, then open it in the library from the notice.
    await selectWords(page, 'أكثر من مليون', 'داخل البلاد');
    expect(await saveViaMenu(ext.browser, page)).toBe('saved');
    const opened = ext.browser.context.waitForEvent('page', { timeout: 10_000 });
    await glide(page, await uiCentre(page, 'toast', '.actions button', 'افتح في المكتبة'), 20);
    await press(page);
    const library = await opened;
    expect(library.url()).toMatch(new RegExp(`^chrome-extension://${ext.browser.extensionId}/library.html#/clipping/`));
    await library.close();
    await page.close();
  });
});

/** How a highlight's ::highlight() rule draws its underline on the element holding the range. */
function decoration(page: Page, name: string, selector: string): Promise<{ offset: string; style: string; color: string; thickness: string }> {
  return page.evaluate(([n, sel]) => {
    const s = getComputedStyle(document.querySelector(sel!)!, `::highlight(qusasat-${n})`);
    return { offset: s.textUnderlineOffset, style: s.textDecorationStyle, color: s.textDecorationColor, thickness: s.textDecorationThickness };
  }, [name, selector] as const);
}

describe('the marks', () => {
  it('underlines clear of the dots below the letters, and a saved passage unlike any kind', async () => {
    const page = await openPainted('/article.html');
    const fontSize = parseFloat(await page.evaluate(() => getComputedStyle(document.querySelector('.article-body p')!).fontSize));
    const kinds = await Promise.all(['person', 'place', 'org', 'date'].map((k) => decoration(page, k, '.article-body p')));
    for (const k of kinds) {
      expect(parseFloat(k.offset)).toBeGreaterThanOrEqual(0.35 * fontSize); // below ي ب ج's dots, not through them
      expect(parseFloat(k.thickness)).toBeLessThanOrEqual(2);
    }
    // A saved passage: its boxes in our closed layer (not a highlight the page could read).
    await selectWords(page, 'ويأتي الاجتماع', 'حلول شهر رمضان');
    expect(await saveViaMenu(ext.browser, page)).toBe('saved');
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await expect.poll(async () => (await savedMarks(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const saved = (await inUi(page, 'marks', (root) => {
      const s = getComputedStyle(root.querySelector('.mark')!);
      return { style: s.borderBottomStyle, color: s.borderBottomColor };
    }))!;
    for (const k of kinds) expect(`${saved.style} ${saved.color}`).not.toBe(`${k.style} ${k.color}`);
    expect(kinds.map((k) => k.color)).not.toContain(saved.color);
    expect(['solid', 'dotted']).not.toContain(saved.style);
    await page.close();
  });
});

describe('the English UI', () => {
  it('lays the card out left to right, with the Arabic words inside in their own direction', async () => {
    const en = await launch(true, true, 'en');
    try {
      await closeWelcome(en);
      const page = await en.context.newPage();
      await page.goto(ext.site.url('/article.html'));
      await readHighlights(page, 15_000);
      await expect.poll(() => uiCount(page, 'card'), { timeout: 15_000 }).toBe(1);
      await glide(page, await wordAt(page, 'person', 'فؤاد حسين'), 12);
      await expect.poll(() => card(page, '.kind'), { timeout: 10_000 }).toBe('Person');
      const dirs = await inUi(page, 'card', (root) => {
        const c = root.querySelector('.card')!;
        return { card: getComputedStyle(c).direction, text: getComputedStyle(c.querySelector('.text')!).direction, save: c.querySelector('.save')!.textContent };
      });
      expect(dirs).toEqual({ card: 'ltr', text: 'rtl', save: 'Save clipping' });
      // The selection's button too, and the notice after it.
      await glide(page, { x: 5, y: 5 }, 5);
      await selectWords(page, 'عودة النازحين', 'فرص العمل');
      await waitForUi(page, 'save-button', '.save');
      expect(await inUi(page, 'save-button', (root) => { const b = root.querySelector('.save')!; return [b.textContent, getComputedStyle(b).direction]; })).toEqual(['Save', 'ltr']);
      await aimAt(page, () => uiCentre(page, 'save-button', '.save'));
      await press(page);
      expect(await toastText(page)).toBe('Clipping saved');
      expect(await inUi(page, 'toast', (root) => getComputedStyle(root.querySelector('.toast')!).direction)).toBe('ltr');
    } finally {
      await en.close();
    }
  });
});

/** The texts painted under one kind. */
const painted = (page: Page, kind: string): Promise<string[]> =>
  page.evaluate((k) => [...((CSS.highlights.get(`qusasat-${k}`) ?? []) as Iterable<Range>)].map((r) => r.toString()), kind);

describe('corrections', () => {
  it('«هذه مؤسسة» from the card repaints at once, is kept, and holds on another page with the same name', async () => {
    const page = await openPainted('/undated.html');
    expect(await painted(page, 'place')).toContain('نينوى');
    await glide(page, await wordAt(page, 'place', 'نينوى'), 12);
    await expect.poll(() => card(page, '.text'), { timeout: 10_000 }).toBe('نينوى');
    await glide(page, await uiCentre(page, 'card', '.correct button[data-kind="org"]'), 20);
    await press(page);
    await expect.poll(() => painted(page, 'org')).toContain('نينوى');
    expect(await painted(page, 'place')).not.toContain('نينوى');
    expect(await toastText(page)).toBe('«نينوى»: مؤسسة، في كل الصفحات من الآن');
    const kept = await ext.browser.worker!.evaluate(() => new Promise((ok) => {
      const open = indexedDB.open('qusasat');
      open.onsuccess = () => { const r = open.result.transaction('corrections').objectStore('corrections').getAll(); r.onsuccess = () => { ok(r.result); open.result.close(); }; };
    }));
    expect(kept).toEqual([expect.objectContaining({ text: 'نينوى', kind: 'org' })]);

    // Another article naming it: painted as the reader said, from the first paint.
    const other = await openPainted('/article.html');
    await expect.poll(() => painted(other, 'org')).toContain('نينوى');
    expect(await painted(other, 'place')).not.toContain('نينوى');
    // «ليس اسماً» on that page: gone at once; «تراجع» on the notice: back.
    await glide(other, await wordAt(other, 'place', 'باريس'), 12);
    await expect.poll(() => card(other, '.text'), { timeout: 10_000 }).toBe('باريس');
    await glide(other, await uiCentre(other, 'card', '.correct button[data-kind="none"]'), 20);
    await press(other);
    await expect.poll(() => painted(other, 'place')).not.toContain('باريس');
    await glide(other, await uiCentre(other, 'toast', '.actions button'), 20);
    await press(other);
    await expect.poll(() => painted(other, 'place')).toContain('باريس');
    await other.close();
    await page.close();
  });
});

describe('returning to a passage', () => {
  /** Save a passage of long.html through the menu path; its id. */
  async function saveFromLongPage(from: string, to: string): Promise<{ id: string; text: string }> {
    const page = await openPainted('/long.html');
    const text = await selectWords(page, from, to);
    expect(await saveViaMenu(ext.browser, page)).toBe('saved');
    await expect.poll(async () => (await stored(ext.browser)).some((x) => x.text === text)).toBe(true);
    const { id } = (await stored(ext.browser)).find((x) => x.text === text)!;
    await page.close();
    return { id, text };
  }

  /** Click «open the source» of a clipping in the popup with the mouse; the tab it opens. */
  async function openSourceFromPopup(text: string): Promise<Page> {
    const popup = await ext.browser.context.newPage();
    await popup.goto(`chrome-extension://${ext.browser.extensionId}/popup.html`);
    const link = popup.locator('.clipping', { hasText: text.slice(0, 30) }).locator('.clipping-source');
    await link.waitFor();
    const opened = ext.browser.context.waitForEvent('page', { timeout: 10_000 });
    const b = (await link.boundingBox())!;
    await glide(popup, { x: b.x + b.width / 2, y: b.y + b.height / 2 }, 12);
    await press(popup);
    const page = await opened;
    await popup.close();
    return page;
  }

  it('«open the source» opens the article scrolled to the saved passage, flashed', async () => {
    const { text } = await saveFromLongPage('ومن المقرر', 'الحدباء');
    const page = await openSourceFromPopup(text);
    expect(page.url()).toContain('/long.html#:~:text=');
    await expect.poll(() => page.evaluate(() => [...((CSS.highlights.get('qusasat-focus') ?? []) as Iterable<Range>)].map((r) => r.toString())), { timeout: 15_000 }).toEqual([text]);
    const where = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('qusasat-focus') as unknown as Iterable<Range>)][0]!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight, scrolled: scrollY };
    });
    expect(where.scrolled).toBeGreaterThan(1000);
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.bottom).toBeLessThanOrEqual(where.height);
    await page.close();
  });

  it('a passage the page no longer holds says so on arrival', async () => {
    const { id } = await saveFromLongPage('وأوضح وزير', 'والرمادي');
    // The article was edited since: the saved words are no longer on it.
    await ext.browser.worker!.evaluate((cid) => new Promise<void>((ok) => {
      const open = indexedDB.open('qusasat');
      open.onsuccess = () => {
        const store = open.result.transaction('clippings', 'readwrite').objectStore('clippings');
        const get = store.get(cid);
        get.onsuccess = () => { store.put({ ...get.result, text: 'كلمات حذفها المحرر من المقال لاحقاً', prefix: '', suffix: '' }).onsuccess = () => { open.result.close(); ok(); }; };
      };
    }), id);
    const page = await openSourceFromPopup('كلمات حذفها المحرر');
    expect(await toastText(page)).toContain('لم يعد المقطع المحفوظ في هذه الصفحة');
    await page.close();
  });
});

