import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION } from '../../scripts/lib/browser';
import { importFile, launch, rawRows, removeImportFiles, serveFixtures, type Browser, type Site } from './harness';
import { aimAt, dragSelect, glide, press } from './pointer';
import { mountSmallDisk, whyNoSmallDisk, type SmallDisk } from './small-disk';
import { uiCentre, uiText, waitForUi } from './ui';

/**
 * A real full disk in Chromium: the profile lives on a small tmpfs, and a file on the same disk
 * takes its last free byte while the browser runs (and keeps taking it). IndexedDB then really fails (LevelDB's
 * FILE_ERROR_NO_SPACE, then the origin's store closed and unable to reopen), as it does for a reader
 * whose disk filled up; the "unlimitedStorage" quota plays no part. Run in order: each step is the
 * reader's next one on the same disk.
 */
const noDisk = whyNoSmallDisk();
if (noDisk) console.warn(`[quota.e2e] skipped, no real full disk can be played here: ${noDisk}`);

const env = {} as { disk: SmallDisk; site: Site; browser: Browser; library: Page; article: Page };

beforeAll(async () => {
  if (noDisk) return;
  env.disk = mountSmallDisk(64);
  env.site = await serveFixtures();
  env.browser = await launch(true, true, 'ar', EXTENSION, `${env.disk.dir}/profile`);
});

afterAll(async () => {
  if (noDisk) return;
  try {
    await env.browser?.close();
    await env.site?.close();
  } finally {
    env.disk?.remove(); // never leave a mount behind, whatever failed
    await removeImportFiles();
  }
});

function record(n: number, id = `disk-${n}`): Record<string, unknown> {
  const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
  return {
    id, createdAt: at, updatedAt: at, url: `https://news.example/disk/${n}`, site: 'news.example', title: `عنوان ${n}`,
    byline: null, published: '2026-01-01', text: `قصاصة محفوظة قبل امتلاء القرص رقم ${n}`, prefix: '', suffix: '', position: null, kind: 'selection',
    speaker: null, entities: [], note: `ملاحظة ${n}`, tags: ['قرص'],
  };
}
const file = (clippings: unknown[]): string => JSON.stringify({ version: 1, clippings });

/** Every clipping as stored, read raw (no Dexie), sorted by id. */
async function rawClippings(b: Browser): Promise<Array<Record<string, unknown>>> {
  return (await rawRows(b, 'clippings')).sort((x, y) => String(x.id).localeCompare(String(y.id)));
}

const alertText = async (library: Page): Promise<string> => (await library.locator('[role="alert"]').first().textContent()) ?? '';
/** The quota message the UI already has (errQuota), in Arabic. */
const FULL = 'مساحة التخزين ممتلئة: احذف بعض القصاصات أو أفرغ مساحة على القرص، ثم أعد المحاولة';
const notice = async (library: Page): Promise<string> => (await library.locator('.notice-text').first().textContent()) ?? '';
const toast = (page: Page): Promise<string | null> => uiText(page, 'toast', '.toast:not([hidden]) .message');

/** Select a passage by dragging and save it with the «حفظ» by the selection, by the pointer. */
async function saveByButton(page: Page, paragraph: number, from: string, to: string): Promise<string> {
  const passage = (await dragSelect(page, paragraph, from, to)).trim();
  await waitForUi(page, 'save-button', '.save');
  await aimAt(page, () => uiCentre(page, 'save-button', '.save'));
  await press(page);
  return passage;
}

describe.skipIf(noDisk !== null)('a real full disk (the profile on a small tmpfs)', () => {
  let before: Array<Record<string, unknown>> = [];
  let passage = '';

  it('before the disk fills: an import and a saved passage land', async () => {
    env.library = await env.browser.context.newPage();
    await env.library.goto(`chrome-extension://${env.browser.extensionId}/library.html`);
    await env.library.locator('main').waitFor();
    await importFile(env.library, 'before.json', file(Array.from({ length: 12 }, (_, i) => record(i))));
    await env.library.locator('.lib-item').nth(11).waitFor();
    env.article = await env.browser.context.newPage();
    await env.article.goto(env.site.url('/article.html'));
    // The page painted (the first analysis loads the model: slow on a busy machine) before the reader selects.
    await env.article.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 30_000 });
    await saveByButton(env.article, 0, 'دعا', 'فؤاد حسين');
    await expect.poll(() => toast(env.article), { timeout: 15_000 }).toBe('حُفظت القصاصة');
    before = await rawClippings(env.browser);
    expect(before).toHaveLength(13);
  });

  it('an import on the full disk is refused, saying in Arabic the storage is full', async () => {
    // The disk's last byte taken while the browser runs. The import is the first write that fails (its
    // chunk is far more than a page's tail): LevelDB's own FILE_ERROR_NO_SPACE, after which Chromium
    // closes the extension's store, and every later write or page fails with no word of the disk.
    env.disk.holdFull();
    expect(env.disk.free()).toBe(0);
    await env.library.bringToFront();
    await importFile(env.library, 'more.json', file(Array.from({ length: 40 }, (_, i) => record(100 + i, `refused-${i}`))));
    await expect.poll(() => notice(env.library), { timeout: 15_000 }).toContain('لم يُستورد شيء');
    expect(await notice(env.library)).toBe(`لم يُستورد شيء: ${FULL}`);
  });

  it('a passage saved then: the notice says the storage is full, and keeps the passage to copy or retry', async () => {
    // The disk is held full (small-disk.ts: Chromium gives back a few pages of its own files after a failure).
    await env.article.bringToFront();
    passage = await saveByButton(env.article, 1, 'إن استمرار', 'جوهرياً');
    expect(passage).toMatch(/^إن استمرار.*جوهرياً$/);
    await expect.poll(() => toast(env.article), { timeout: 15_000 }).toMatch(/^(تعذّر الحفظ|حُفظت)/);
    expect(await toast(env.article)).toBe(`تعذّر الحفظ: ${FULL}`);
    // «انسخ النص»: the passage is on the clipboard, and the notice still offers the retry.
    await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.article.url()).origin });
    await glide(env.article, await uiCentre(env.article, 'toast', 'button', 'انسخ النص'), 12);
    await press(env.article);
    await expect.poll(() => toast(env.article)).toBe('نُسخ النص، ولم يُحفظ بعد');
    expect(await env.article.evaluate(() => navigator.clipboard.readText())).toBe(passage);
    // «أعد المحاولة» while the disk is still full: the same words, and the passage is still in the notice.
    await glide(env.article, await uiCentre(env.article, 'toast', 'button', 'أعد المحاولة'), 12);
    await press(env.article);
    await waitForUi(env.article, 'toast', '.toast:not([hidden]) .message');
    await expect.poll(() => toast(env.article), { timeout: 15_000 }).toMatch(/^تعذّر الحفظ/);
    expect(await toast(env.article)).toBe(`تعذّر الحفظ: ${FULL}`);
    // The reader keeps the pointer on «أعد المحاولة» (the notice stays while it is there) until there is room.
    await glide(env.article, await uiCentre(env.article, 'toast', 'button', 'أعد المحاولة'), 12);
  });

  it('the library says how much space it uses, on the full disk too', async () => {
    await env.library.reload();
    await env.library.locator('main').waitFor();
    // Opened on the full disk, the library cannot read its store (Chromium cannot reopen it) and says why.
    await expect.poll(() => alertText(env.library), { timeout: 15_000 }).toBe(`تعذّر فتح القصاصات: ${FULL}`);
    // The space used, as the browser estimates it: on a full disk all there is.
    const use = env.library.locator('.lib-storage');
    await use.waitFor({ timeout: 15_000 });
    const [, used, of] = /^المساحة المستعملة: (.+) من (.+)$/.exec((await use.textContent()) ?? '') ?? [];
    expect(used).toMatch(/^[\d.,]+ /);
    expect(of).toBe(used);
  });

  it('nothing already stored was touched, and once space is freed the notice\'s retry lands the save', async () => {
    env.disk.unfill();
    expect(env.disk.free()).toBeGreaterThan(1 << 20);
    expect(await rawClippings(env.browser)).toEqual(before);
    // The passage's notice is still there, «أعد المحاولة» under the pointer: the reader clicks it.
    await env.article.bringToFront();
    await glide(env.article, await uiCentre(env.article, 'toast', 'button', 'أعد المحاولة'), 4);
    await press(env.article);
    await expect.poll(() => toast(env.article), { timeout: 15_000 }).toBe('حُفظت القصاصة');
    const after = await rawClippings(env.browser);
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((r) => r.text === passage)).toHaveLength(1);
    expect(after.filter((r) => r.text !== passage)).toEqual(before);
    // Nothing of the refused import: and the library, opened again, reads every clipping.
    expect(after.some((r) => String(r.id).startsWith('refused-'))).toBe(false);
    await env.library.reload();
    await expect.poll(() => env.library.locator('.lib-count').textContent(), { timeout: 15_000 }).toBe(`${before.length + 1} من ${before.length + 1}`);
    expect(await env.library.locator('.lib-load-error').count()).toBe(0);
  });
});
