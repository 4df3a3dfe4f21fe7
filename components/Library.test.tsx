import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { Library } from './Library';
import { AUTOSAVE_MS } from './ClippingEditor';
import { MockConnector } from '../lib/messaging/mock-connector';
import { ClippingsDb } from '../lib/clippings/db';
import { ClippingStore } from '../lib/clippings/store';
import { toJson } from '../lib/clippings/export-json';
import type { Clipping } from '../lib/clippings/model';
import { clip } from '../tests/unit/clip';
import { derive } from '../lib/clippings/derive';
import { localDay } from '../lib/clippings/view';

// The library keeps its state in the URL: each test starts at the bare address.
afterEach(() => { cleanup(); vi.restoreAllMocks(); history.replaceState(null, '', '#'); });

const three = (): Clipping[] => [
  clip({ text: 'صرّح والجعفريّ للصحفيين', entities: [{ kind: 'person', start: 5, end: 14, text: 'والجعفريّ' }] }),
  clip({ text: 'أعلنت الحكومة خطة جديدة', tags: ['اقتصاد'] }),
  clip({ text: '<b>ليس</b> وسماً', site: 'other.example' }),
];
const library = () => MockConnector.with(three());

const items = (c: Element) => [...c.querySelectorAll('.lib-item')].map((e) => e.querySelector('.lib-text')!.textContent);
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** Another context writing to the same database (a second tab, the background saving from a page). */
const elsewhere = (conn: MockConnector) => new ClippingStore(new ClippingsDb(conn.store.db.name));

/** Capture what the library hands to the browser's downloads. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blobs.push(b as Blob); return 'blob:x'; });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  return blobs;
}

describe('<Library>', () => {
  it('teaches how to save when empty', async () => {
    const { container } = render(<Library connector={await MockConnector.with()} lang="ar" />);
    await waitFor(() => expect(container.querySelector('.empty')).not.toBeNull());
    expect(container.querySelector('.empty')!.textContent).toContain('حفظ قصاصة');
  });

  it('lists newest first, grouped, and renders text as text', async () => {
    const { container } = render(<Library connector={await library()} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    expect(items(container)[0]).toBe('<b>ليس</b> وسماً');
    expect(container.querySelector('.lib-text b')).toBeNull();
    expect(container.querySelectorAll('.lib-group').length).toBe(2);
  });

  it('searches as you type, Arabic-aware, and marks the matched words', async () => {
    const { container } = render(<Library connector={await library()} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'الجعفري' } });
    await waitFor(() => expect(items(container)).toEqual(['صرّح والجعفريّ للصحفيين']));
    expect([...container.querySelectorAll('.lib-text mark')].map((m) => m.textContent)).toEqual(['والجعفريّ']);
  });

  it('filters by a facet with counts, and by entity', async () => {
    const { container } = render(<Library connector={await library()} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    await waitFor(() => expect(container.querySelector('.facet-tag .facet-value')).not.toBeNull());
    const tag = container.querySelector<HTMLButtonElement>('.facet-tag .facet-value')!;
    expect(tag.textContent).toContain('1');
    fireEvent.click(tag);
    await waitFor(() => expect(items(container)).toEqual(['أعلنت الحكومة خطة جديدة']));
    expect(tag.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(container.querySelector('.facet-clear')!);
    await waitFor(() => expect(container.querySelector('.facet-person .facet-value')).not.toBeNull());
    fireEvent.click(container.querySelector('.facet-person .facet-value')!);
    await waitFor(() => expect(items(container)).toEqual(['صرّح والجعفريّ للصحفيين']));
  });

  it('date boxes read left to right with an explicit format, and offer saved, published or mentioned', async () => {
    const { container } = render(<Library connector={await library()} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    const boxes = [...container.querySelectorAll<HTMLInputElement>('.facet-dates input')];
    expect(boxes).toHaveLength(2);
    for (const b of boxes) {
      expect(b.type).toBe('text'); // not the browser's date box, whose placeholder came out reversed in RTL
      expect(b.getAttribute('dir')).toBe('ltr');
      expect(b.placeholder).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const which = container.querySelector<HTMLSelectElement>('.date-of-select')!;
    expect([...which.options].map((o) => o.value)).toEqual(['saved', 'published', 'mentioned']);
    fireEvent.input(boxes[0]!, { target: { value: '٢٠٢٧-٠١-٠١' } }); // Arabic-Indic digits
    await waitFor(() => expect(items(container)).toHaveLength(0));
  });

  it('moves with the keyboard, edits tags, deletes one at once with undo', async () => {
    const conn = await library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    const list = screen.getByRole('listbox');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    await waitFor(() => expect(container.querySelector('.lib-item.is-active .lib-text')!.textContent).toBe('أعلنت الحكومة خطة جديدة'));
    const target = (await conn.all()).find((c) => c.text === 'أعلنت الحكومة خطة جديدة')!;
    expect(list.getAttribute('aria-activedescendant')).toBe(`opt-${target.id}`);
    fireEvent.input(container.querySelector('.editor-tags')!, { target: { value: 'اقتصاد، نفط' } });
    fireEvent.submit(container.querySelector('.editor')!);
    await waitFor(async () => expect((await conn.store.get(target.id))!.tags).toEqual(['اقتصاد', 'نفط']));
    fireEvent.keyDown(list, { key: 'Delete' });
    await waitFor(async () => expect(await conn.store.count()).toBe(2));
    await waitFor(() => expect(items(container)).toHaveLength(2));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByText('تراجع'));
    await waitFor(() => expect(items(container)).toHaveLength(3));
    expect((await conn.store.get(target.id))!.tags).toEqual(['اقتصاد', 'نفط']);
  });

  it('asks before deleting many; deleted ones go to the trash, undo works after the tab is closed and reopened', async () => {
    const conn = await library();
    const first = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(first.container)).toHaveLength(3));
    fireEvent.click(first.container.querySelector('.lib-delete-shown')!);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('3');
    expect(document.activeElement?.className).toBe('confirm-no'); // the safe choice has focus
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await conn.store.count()).toBe(3);
    fireEvent.click(first.container.querySelector('.lib-delete-shown')!);
    fireEvent.click((await screen.findByRole('alertdialog')).querySelector('.confirm-yes')!);
    await waitFor(() => expect(first.container.querySelector('.empty')).not.toBeNull());
    expect(await conn.store.trashCount()).toBe(3);
    first.unmount();

    // A new tab: the trash lists them; restore one, then all.
    const again = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(again.container.querySelectorAll('.trash-item')).toHaveLength(3));
    await waitFor(() => expect(again.container.querySelector('.trash summary')!.textContent).toContain('3'));
    fireEvent.click(again.container.querySelector('.trash-item .trash-restore')!);
    await waitFor(() => expect(items(again.container)).toHaveLength(1));
    fireEvent.click(again.container.querySelector('.trash-restore-all')!);
    await waitFor(() => expect(items(again.container)).toHaveLength(3));
    expect((await conn.all()).map((c) => c.text).sort()).toEqual(three().map((c) => c.text).sort());
    expect(await conn.store.trashCount()).toBe(0);
  });

  it('empties the trash on request, after asking; the trash forgets what is older than 30 days', async () => {
    let now = Date.UTC(2026, 5, 1);
    const store = new ClippingStore(new ClippingsDb(`t-${Math.random()}`), () => new Date(now));
    const conn = new MockConnector(store);
    await store.importMany(three());
    const [a, b, c] = (await store.list()).map((x) => x.id);
    await store.remove([a!]);
    now += 31 * 86_400_000;
    await store.remove([b!]);
    const { container } = render(<Library connector={conn} lang="ar" />);
    // On opening: the one deleted 31 days ago is gone for good, yesterday's stays.
    await waitFor(() => expect(container.querySelectorAll('.trash-item')).toHaveLength(1));
    expect(await store.trashIds()).toEqual([b]);
    fireEvent.click(container.querySelector('.trash-empty')!);
    fireEvent.click((await screen.findByRole('alertdialog')).querySelector('.confirm-yes')!);
    await waitFor(() => expect(container.querySelectorAll('.trash-item')).toHaveLength(0));
    expect(await store.trashCount()).toBe(0);
    expect((await store.list()).map((x) => x.id)).toEqual([c]);
  });

  it('the first screen does not wait for the trash to be tidied', async () => {
    const conn = await library();
    vi.spyOn(conn.store, 'purgeTrash').mockReturnValue(new Promise<number>(() => undefined));
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
  });

  it('the review tab reads only its day\'s cards, not the whole list, until the list is opened', async () => {
    const conn = await MockConnector.with(Array.from({ length: 40 }, (_, i) => clip({ text: `قصاصة رقم ${i}` })));
    let read = 0;
    conn.store.db.clippings.hook('reading', (row) => { read++; return row; });
    history.replaceState(null, '', '#/review');
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(container.querySelectorAll('.review-card')).toHaveLength(5));
    await new Promise((ok) => setTimeout(ok, 50));
    // Its five, and the same five once more when the day's set is kept (the write answers the live query).
    expect(read).toBeLessThanOrEqual(10);
    history.pushState(null, '', '#/');
    dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(items(container).length).toBeGreaterThan(0));
    expect(container.querySelector('.lib-count')!.textContent).toContain('40');
  });

  it("chooses and keeps the day's review set once the list is loaded, so the review tab opened from it lists no ids", async () => {
    const conn = await MockConnector.with(Array.from({ length: 12 }, (_, i) => clip({ text: `قصاصة رقم ${i}` })));
    history.replaceState(null, '', '#/');
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container).length).toBeGreaterThan(0));
    await waitFor(async () => expect((await conn.store.db.prefs.get('review-day'))?.value).toEqual(expect.objectContaining({ day: localDay(new Date().toISOString()) })), { timeout: 3000 });
    let listed = 0;
    const toCollection = conn.store.db.clippings.toCollection.bind(conn.store.db.clippings);
    conn.store.db.clippings.toCollection = (() => { listed++; return toCollection(); }) as typeof conn.store.db.clippings.toCollection;
    fireEvent.click(container.querySelector('a[href="#/review"]')!);
    await waitFor(() => expect(container.querySelectorAll('.review-card')).toHaveLength(5));
    expect(listed).toBe(0);
  });

  it('shows a clipping saved elsewhere (another tab, the background) without a reload', async () => {
    const conn = await library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    await elsewhere(conn).importMany([clip({ text: 'حُفظت من صفحة أخرى' })]);
    await waitFor(() => expect(items(container)[0]).toBe('حُفظت من صفحة أخرى'));
    expect(container.querySelector('.lib-count')!.textContent).toContain('4');
  });

  it('exports the whole database at the moment of export, not the list on screen', async () => {
    const conn = await library();
    const blobs = captureDownloads();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    // Written without this page hearing of it (as if the change notice were lost).
    vi.spyOn(conn.store, 'getMany').mockResolvedValue([]);
    const late = clip({ text: 'أحدث من القائمة' });
    await elsewhere(conn).db.clippings.add({ ...late, dedupe: 'x', page: late.url, entityKeys: [] });
    fireEvent.click(container.querySelector('.export-json')!);
    await waitFor(() => expect(blobs).toHaveLength(1));
    const file = JSON.parse(await blobs[0]!.text()) as { clippings: Clipping[] };
    expect(file.clippings.map((c) => c.text)).toContain('أحدث من القائمة');
    expect(file.clippings).toHaveLength(4);
  });

  it('saves a note as the reader types, and when another clipping is picked before the pause ends', async () => {
    const conn = await library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    fireEvent.click(container.querySelectorAll('.lib-item')[0]!);
    const id = container.querySelector('.lib-item.is-active')!.getAttribute('data-id')!;
    fireEvent.input(container.querySelector('.editor-note')!, { target: { value: 'ملاحظة تُحفظ وحدها' } });
    await new Promise((ok) => setTimeout(ok, AUTOSAVE_MS + 200));
    expect((await conn.store.get(id))!.note).toBe('ملاحظة تُحفظ وحدها');
    // Typed, then straight to another clipping: nothing is dropped.
    fireEvent.input(container.querySelector('.editor-note')!, { target: { value: 'ثم أضفت هذا' } });
    fireEvent.click(container.querySelectorAll('.lib-item')[1]!);
    // At once on leaving, not when the typing pause would have ended.
    await waitFor(async () => expect((await conn.store.get(id))!.note).toBe('ثم أضفت هذا'), { timeout: AUTOSAVE_MS / 2 });
  });

  it('a note edited in another tab shows here and says so; the later edit is kept', async () => {
    const conn = await library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    fireEvent.click(container.querySelectorAll('.lib-item')[0]!);
    const id = container.querySelector('.lib-item.is-active')!.getAttribute('data-id')!;
    await elsewhere(conn).update(id, { note: 'من التبويب الآخر' });
    await waitFor(() => expect(container.querySelector<HTMLTextAreaElement>('.editor-note')!.value).toBe('من التبويب الآخر'));
    expect(container.querySelector('.editor-status')!.textContent).toContain('تبويب آخر');
    // Now this tab edits later: its edit is the one stored.
    fireEvent.input(container.querySelector('.editor-note')!, { target: { value: 'تعديلي الأحدث' } });
    await waitFor(async () => expect((await conn.store.get(id))!.note).toBe('تعديلي الأحدث'), { timeout: 2000 });
  });

  it('a whole re-read that began before a note was saved does not put the old note back (no "another tab" either)', async () => {
    const conn = await library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    const before = await conn.store.list(); // what a slow read began with, before the note
    fireEvent.click(container.querySelectorAll('.lib-item')[0]!);
    const id = container.querySelector('.lib-item.is-active')!.getAttribute('data-id')!;
    fireEvent.input(container.querySelector('.editor-note')!, { target: { value: 'ملاحظتي' } });
    fireEvent.submit(container.querySelector('.editor')!);
    await waitFor(async () => expect((await conn.store.get(id))!.note).toBe('ملاحظتي'));
    // A bulk write elsewhere makes the library read itself whole; that read still holds the old copy.
    vi.spyOn(conn.store, 'chunks').mockImplementationOnce(async function* () { yield before; });
    const others = Array.from({ length: 60 }, () => clip());
    await elsewhere(conn).db.clippings.bulkPut(others.map((c) => ({ ...c, ...derive(c) })));
    await act(() => new Promise((ok) => setTimeout(ok, 100)));
    expect(container.querySelector<HTMLTextAreaElement>('.editor-note')!.value).toBe('ملاحظتي');
    expect(container.querySelector('.editor-status')?.textContent ?? '').not.toContain('تبويب آخر');
  });

  it('a full disk: the reader is told in Arabic, nothing stored changes, and delete still frees space', async () => {
    const conn = await library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    const before = await conn.all();
    // An edit that cannot be written.
    vi.spyOn(conn.store.db.clippings, 'put').mockRejectedValueOnce(quota());
    fireEvent.click(container.querySelectorAll('.lib-item')[0]!);
    fireEvent.input(container.querySelector('.editor-note')!, { target: { value: 'لن تتسع' } });
    fireEvent.submit(container.querySelector('.editor')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('مساحة التخزين ممتلئة'));
    expect(screen.getByRole('alert').textContent).not.toMatch(/quota/i);
    expect(container.querySelector<HTMLTextAreaElement>('.editor-note')!.value).toBe('لن تتسع'); // still here to retry
    expect(await conn.all()).toEqual(before);
    // Moving to the trash needs room: the reader is offered to delete for good, which needs none.
    vi.spyOn(conn.store.db.trash, 'bulkPut').mockRejectedValue(quota());
    fireEvent.click(container.querySelector('.lib-delete-shown')!);
    fireEvent.click((await screen.findByRole('alertdialog')).querySelector('.confirm-yes')!);
    const forever = await screen.findByRole('alertdialog');
    expect(forever.textContent).toContain('ممتلئة');
    expect(await conn.all()).toEqual(before);
    fireEvent.click(forever.querySelector('.confirm-yes')!);
    await waitFor(() => expect(container.querySelector('.empty')).not.toBeNull());
    expect(await conn.store.count()).toBe(0);
  });

  it('an import that cannot be written is taken back whole and said in Arabic', async () => {
    const conn = await library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    const many = Array.from({ length: 1200 }, (_, i) => clip({ text: `مستوردة ${i}` }));
    const real = conn.store.db.clippings.bulkAdd.bind(conn.store.db.clippings);
    let calls = 0;
    vi.spyOn(conn.store.db.clippings, 'bulkAdd').mockImplementation(((rows: never) => (++calls === 2 ? Promise.reject(quota()) : real(rows))) as never);
    const input = container.querySelector<HTMLInputElement>('.import-file')!;
    fireEvent.change(input, { target: { files: [new File([toJson(many)], 'x.json')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('مساحة التخزين ممتلئة'), { timeout: 5000 });
    expect(await conn.store.count()).toBe(3); // the first 500 written are taken out again
  });

  it('an import here reads back what it wrote once, at its end; a clipping saved elsewhere meanwhile shows at once', async () => {
    const conn = await library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    const many = Array.from({ length: 1200 }, (_, i) => clip({ text: `مستوردة ${i}` }));
    const imported = new Set(many.map((c) => c.id));
    const asked: string[][] = [];
    const getMany = conn.store.getMany.bind(conn.store);
    vi.spyOn(conn.store, 'getMany').mockImplementation((ids) => { asked.push(ids); return getMany(ids); });
    // The import's writes are done, but it has not returned yet: the reader is still importing.
    let release!: () => void;
    const ending = new Promise<void>((ok) => { release = ok; });
    const importAll = conn.store.importAll.bind(conn.store);
    vi.spyOn(conn.store, 'importAll').mockImplementation(async (...a) => { const r = await importAll(...a); await ending; return r; });
    fireEvent.change(container.querySelector<HTMLInputElement>('.import-file')!, { target: { files: [new File([toJson(many)], 'x.json')] } });
    await waitFor(async () => expect(await conn.store.count()).toBe(1203), { timeout: 10_000 });
    await elsewhere(conn).importMany([clip({ text: 'حُفظت من صفحة أخرى' })]);
    await waitFor(() => expect(items(container)[0]).toBe('حُفظت من صفحة أخرى'));
    const ofImport = () => asked.filter((ids) => ids.some((id) => imported.has(id)));
    expect(ofImport()).toEqual([]);
    release();
    await waitFor(() => expect(container.querySelector('.lib-count')!.textContent).toContain('1204'), { timeout: 5000 });
    expect(ofImport().map((ids) => ids.length)).toEqual([1200]);
  });

  it('says how much space the library uses', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: async () => ({ usage: 12_500_000, quota: 2_000_000_000 }) } });
    const { container } = render(<Library connector={await library()} lang="en" />);
    await waitFor(() => expect(container.querySelector('.lib-storage')?.textContent).toMatch(/13 MB|12\.5 MB/));
  });

  it('keeps the export panel when the library cannot be read', async () => {
    const conn = await library();
    // eslint-disable-next-line require-yield
    vi.spyOn(conn.store, 'chunks').mockImplementation(async function* () { throw new Error('read failed'); });
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('تعذّر فتح القصاصات: حدث خطأ غير متوقع'));
    expect(container.querySelector('.export .export-json')).not.toBeNull();
  });

  it('imports a valid file and counts duplicates; a broken file changes nothing', async () => {
    const conn = await library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    const input = container.querySelector<HTMLInputElement>('.import-file')!;
    const file = (text: string) => new File([text], 'x.json');
    fireEvent.change(input, { target: { files: [file('{"hello": 1}')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('هذا الملف ليس تصديراً من قصاصات'));
    expect(await conn.store.count()).toBe(3);
    await act(async () => {
      fireEvent.change(input, { target: { files: [file(toJson([...(await conn.all()), clip({ text: 'جديدة' })]))] } });
    });
    await waitFor(() => expect(container.querySelector('.notice')!.textContent).toContain('استُوردت: قصاصة واحدة. تُخطّي المكرر: 3 قصاصات.'));
    expect(await conn.store.count()).toBe(4);
  });

  it('a failed schema upgrade: the old clippings are shown as stored, and the reader is told nothing changed', async () => {
    const name = `t-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ clippings: 'id, createdAt, site, kind, &dedupe, *tags' });
    const good = [clip({ text: 'قصاصة من الإصدار الأول' }), clip({ text: 'ثانية من الإصدار الأول' })];
    // entities not a list: today's v2 upgrade throws on it, so IndexedDB aborts the upgrade.
    await v1.table('clippings').bulkAdd([...good, { ...clip(), entities: null }].map((c) => ({ ...c, dedupe: `k-${c.id}` })));
    v1.close();
    const { container } = render(<Library connector={new MockConnector(new ClippingStore(new ClippingsDb(name)))} lang="ar" />);
    await waitFor(() => expect(container.querySelector('.lib-read-only')?.textContent).toContain('فبقيت كما كانت ولم يتغيّر فيها شيء'));
    expect(container.querySelector('.lib-read-only')!.textContent).toContain('قصاصتان');
    expect(container.querySelector('.lib-read-only')!.textContent).toContain('وتعذّرت قراءة قصاصة واحدة');
    await waitFor(() => expect(items(container)).toEqual(['ثانية من الإصدار الأول', 'قصاصة من الإصدار الأول']));
    expect(container.querySelector('.lib-load-error')).toBeNull();
  });
});
