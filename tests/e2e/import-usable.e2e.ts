/**
 * Issue 17, "big libraries": the library stays usable while a big file imports. A reader starts an
 * import of 60,000 clippings and, while the count runs, searches by keyboard, sees the list answer,
 * opens a clipping and types a note; the import then ends with its count and nothing typed is lost.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arabicCount, importFile, openEmptyLibrary, useExtension } from './harness';
import { pointAndClick } from './pointer';

const ext = useExtension();
// Big enough that the import outlasts a person searching and typing a note (20,000 no longer did).
const N = 60_000;
const UNDER_WAY = /يجري الاستيراد: [\d,٬]+ من/;

function record(id: string, at: number, text: string): Record<string, unknown> {
  const when = new Date(Date.UTC(2025, 0, 1) + at * 60_000).toISOString();
  return {
    id, createdAt: when, updatedAt: when, url: `https://news.example/${id}`, site: 'news.example', title: `عنوان ${id}`, byline: null,
    published: null, text, prefix: 'قبل ', suffix: ' بعد', position: null, kind: 'selection', speaker: null,
    entities: [{ kind: 'place', start: 0, end: 5, text: text.slice(0, 5) }], note: '', tags: at % 2 ? [] : ['عراق'],
  };
}

const noticeText = (library: Page): Promise<string> => library.evaluate(() => document.querySelector('.notice-text')?.textContent ?? '');

describe('the library while a file of 60,000 clippings imports', () => {
  it('answers a search typed by keyboard, opens a clipping and keeps the note typed in it; the import ends with its count', async () => {
    const library = await openEmptyLibrary(ext.browser);
    // What the reader already had: thirty clippings, one of them about Mosul.
    const mine = Array.from({ length: 30 }, (_, i) => record(`mine-${i}`, 10 * N + i, i === 7 ? 'خبر عن الموصل وأهلها' : `خبر قديم رقم ${i} عن البصرة`));
    await importFile(library, 'mine.json', JSON.stringify({ version: 1, clippings: mine }));
    await expect.poll(() => library.locator('.lib-count').textContent(), { timeout: 15_000 }).toBe('30 من 30');

    // The backup: 60,000 others (none of them about Mosul), older than what the reader had.
    const big = Array.from({ length: N }, (_, i) => record(`big-${i}`, i, `قصاصة مستوردة رقم ${i} عن بغداد`));
    await importFile(library, 'backup.json', JSON.stringify({ version: 1, clippings: big }));
    await library.waitForFunction((re) => new RegExp(re).test(document.querySelector('.notice-text')?.textContent ?? ''), UNDER_WAY.source, { polling: 20, timeout: 60_000 });

    // While the count runs: a search by keyboard, and the list answers it.
    const during: string[] = [];
    await pointAndClick(library, '.lib-search');
    await library.keyboard.type('الموصل', { delay: 40 });
    await library.locator('.lib-item[data-id="mine-7"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => library.locator('.lib-item').count(), { timeout: 30_000 }).toBe(1);
    during.push(await noticeText(library));
    // Opens it and writes a note.
    await pointAndClick(library, '.lib-item[data-id="mine-7"]');
    await pointAndClick(library, '.editor-note');
    // From here on, what the reader sees in each frame: the note box and the editor's status line.
    await library.evaluate(() => {
      const seen: Array<[string, string]> = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      const look = (): void => {
        const frame: [string, string] = [document.querySelector<HTMLTextAreaElement>('.editor-note')?.value ?? '(no editor)', document.querySelector('.editor-status')?.textContent ?? ''];
        const last = seen[seen.length - 1];
        if (!last || last[0] !== frame[0] || last[1] !== frame[1]) seen.push(frame);
        requestAnimationFrame(look);
      };
      look();
    });

    const note = 'كُتبت هذه الملاحظة أثناء الاستيراد';
    await library.keyboard.type(note, { delay: 40 });
    expect(await library.inputValue('.editor-note')).toBe(note);
    during.push(await noticeText(library));
    // All of that happened while the import ran (a file too small to prove it would fail here, not pass).
    for (const text of during) expect(text).toMatch(UNDER_WAY);
    // The import ends with its count, and the list catches up with all of it.
    await library.waitForFunction((t) => (document.querySelector('.notice-text')?.textContent ?? '').includes(t),
      `استُوردت: ${arabicCount(N)}. تُخطّي المكرر: ${arabicCount(0)}.`, { timeout: 240_000, polling: 250 });
    await expect.poll(() => library.locator('.lib-count').textContent(), { timeout: 30_000 }).toBe(`1 من ${N + 30}`);
    // Not once did the box lose what was typed (each frame shows as much of the note as the one
    // before, or more), nor did the library claim another tab had changed it.
    const seen = await library.evaluate(() => (window as unknown as { seen: Array<[string, string]> }).seen);
    const boxes = seen.map(([box]) => box);
    expect(boxes.filter((box, i) => !note.startsWith(box) || (i > 0 && box.length < boxes[i - 1]!.length))).toEqual([]);
    expect(boxes[boxes.length - 1]).toBe(note);
    expect(seen.map(([, status]) => status).filter((status) => status.includes('تبويب آخر'))).toEqual([]);
    expect(await library.inputValue('.lib-search')).toBe('الموصل');
    expect(await library.inputValue('.editor-note')).toBe(note);
    // What the database holds: the note, and every clipping of both files.
    const stored = () => library.evaluate(() => new Promise<{ note: string; count: number }>((ok, no) => {
      const req = indexedDB.open('qusasat');
      req.onerror = () => no(req.error);
      req.onsuccess = () => {
        const store = req.result.transaction('clippings').objectStore('clippings');
        const one = store.get('mine-7');
        const all = store.count();
        all.onsuccess = () => { req.result.close(); ok({ note: (one.result as { note: string }).note, count: all.result }); };
      };
    }));
    await expect.poll(stored, { timeout: 10_000 }).toEqual({ note, count: N + 30 });
    await library.close();
  }, 420_000);
});
