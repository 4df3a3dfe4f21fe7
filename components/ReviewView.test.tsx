import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClippingsDb } from '../lib/clippings/db';
import { derive } from '../lib/clippings/derive';
import type { Clipping } from '../lib/clippings/model';
import { clip, dbName } from '../tests/unit/clip';
import { ArticleView } from './ArticleView';
import { ReviewView } from './ReviewView';
import { dailySet } from '../lib/clippings/review';

afterEach(cleanup);

async function dbWith(cs: Clipping[]): Promise<ClippingsDb> {
  const db = new ClippingsDb(dbName());
  await db.clippings.bulkAdd(cs.map((c) => ({ ...c, ...derive(c) })));
  return db;
}
const cards = (c: Element) => [...c.querySelectorAll('.review-card')].map((e) => e.getAttribute('data-id'));
const now = () => new Date('2026-12-01T10:00:00');

describe('<ReviewView>', () => {
  it("shows the day's five; archive takes one away and is kept in the history; keep and notes are recorded", async () => {
    const db = await dbWith(Array.from({ length: 12 }, (_, i) => clip({ id: `c${i}`, tags: i === 0 ? ['سوريا'] : [] })));
    const { container } = render(<ReviewView db={db} lang="ar" now={now} />);
    await waitFor(() => expect(cards(container)).toHaveLength(5));
    expect(container.querySelector('.review-intro')!.textContent).toBe('تعود إليك اليوم: 5 قصاصات');
    const [first, second] = cards(container);
    fireEvent.click(container.querySelector(`.review-card[data-id="${second}"] .review-archive`)!);
    await waitFor(() => expect(cards(container)).toHaveLength(4));
    expect(cards(container)).not.toContain(second);
    fireEvent.click(container.querySelector(`.review-card[data-id="${first}"] .review-keep`)!);
    await waitFor(() => expect(container.querySelector(`.review-card[data-id="${first}"] .review-keep`)!.getAttribute('aria-pressed')).toBe('true'));
    const note = container.querySelector<HTMLTextAreaElement>(`.review-card[data-id="${first}"] .review-note`)!;
    fireEvent.input(note, { target: { value: 'ملاحظة من المراجعة' } });
    fireEvent.click(container.querySelector(`.review-card[data-id="${first}"] .review-save-note`)!);
    await waitFor(async () => expect((await db.clippings.get(first!))!.note).toBe('ملاحظة من المراجعة'));
    expect((await db.reviews.toArray()).map((r) => `${r.clippingId}:${r.action}`)).toEqual([`${second}:archive`, `${first}:keep`, `${first}:note`]);
  });

  it("reads whole only the day's cards, not the whole library (the set is chosen from the indexes), and picks as dailySet does", async () => {
    const all = Array.from({ length: 60 }, (_, i) => clip({ id: `r${i}`, createdAt: new Date(Date.UTC(2025, 0, 1 + i * 5)).toISOString(), tags: i % 2 ? ['سوريا'] : [] }));
    const db = await dbWith(all);
    let read = 0;
    db.clippings.hook('reading', (row) => { read++; return row; });
    const { container } = render(<ReviewView db={db} lang="ar" now={now} />);
    await waitFor(() => expect(cards(container)).toHaveLength(5));
    expect(read).toBeLessThanOrEqual(5);
    expect(cards(container)).toEqual(dailySet(all, [], '2026-12-01').map((p) => p.clipping.id));
  });

  it("walks the save-time index only over the anniversary days, not one step per clipping; an anniversary still comes back", async () => {
    const all = Array.from({ length: 60 }, (_, i) => clip({ id: `w${i}`, createdAt: new Date(Date.UTC(2026, 10, 1 - i * 3, 9)).toISOString() }));
    // The spy goes in before the database opens (Dexie builds its stack then).
    const db = new ClippingsDb(dbName());
    const walks: Array<{ lower: unknown; upper: unknown }> = [];
    db.use({ stack: 'dbcore', name: 'walks', create: (down) => ({ ...down, table: (name) => {
      const table = down.table(name);
      const seen = (q: { index: { name: string | null }; range: { lower: unknown; upper: unknown } }): void => { if (q.index.name === 'createdAt') walks.push({ lower: q.range.lower, upper: q.range.upper }); };
      return { ...table, openCursor: (req) => { seen(req.query); return table.openCursor(req); }, query: (req) => { seen(req.query); return table.query(req); } };
    } }) });
    await db.clippings.bulkAdd(all.map((c) => ({ ...c, ...derive(c) })));
    const { container } = render(<ReviewView db={db} lang="ar" now={now} />);
    await waitFor(() => expect(cards(container)).toHaveLength(5));
    expect(walks.length).toBeGreaterThan(0);
    // Bounded by timestamps (an inAnyRange over the anniversary days), never min key to max key.
    for (const w of walks) expect([typeof w.lower, typeof w.upper]).toEqual(['string', 'string']);
    expect(cards(container)).toEqual(dailySet(all, [], '2026-12-01').map((p) => p.clipping.id));
    expect(container.querySelector('.review-card[data-id="w0"]')).not.toBeNull();
  });

  it("reads the tags index for suggestions only once the day's cards are on screen", async () => {
    const db = await dbWith(Array.from({ length: 12 }, (_, i) => clip({ id: `t${i}`, tags: ['سوريا'] })));
    const shownAt: number[] = [];
    let container: Element | null = null;
    const orderBy = db.clippings.orderBy.bind(db.clippings);
    db.clippings.orderBy = ((index: string) => { if (index === 'tags') shownAt.push(container ? cards(container).length : -1); return orderBy(index); }) as typeof db.clippings.orderBy;
    ({ container } = render(<ReviewView db={db} lang="ar" now={now} />));
    await waitFor(() => expect(cards(container!)).toHaveLength(5));
    await waitFor(() => expect(shownAt.length).toBeGreaterThan(0));
    expect(shownAt.every((n) => n === 5)).toBe(true);
  });

  it("keeps the day's set: a second opening that day lists no ids and shows the same five, a clipping saved since does not reshuffle it, the next day chooses again", async () => {
    const db = await dbWith(Array.from({ length: 30 }, (_, i) => clip({ id: `k${i}` })));
    const first = render(<ReviewView db={db} lang="ar" now={now} />);
    await waitFor(() => expect(cards(first.container)).toHaveLength(5));
    const shown = cards(first.container);
    await waitFor(async () => expect((await db.prefs.get('review-day'))?.value).toEqual(expect.objectContaining({ day: '2026-12-01' })));
    first.unmount();
    // Saved since, and ranked first today had it been there when the set was chosen.
    const later = Array.from({ length: 30 }, (_, i) => clip({ id: `n${i}` }));
    await db.clippings.bulkAdd(later.map((c) => ({ ...c, ...derive(c) })));
    expect(dailySet([...later, ...shown.map((id) => ({ id: id! }))], [], '2026-12-01').map((p) => p.clipping.id)).not.toEqual(shown);
    let listed = 0;
    const toCollection = db.clippings.toCollection.bind(db.clippings);
    db.clippings.toCollection = (() => { listed++; return toCollection(); }) as typeof db.clippings.toCollection;
    const again = render(<ReviewView db={db} lang="ar" now={now} />);
    await waitFor(() => expect(cards(again.container)).toEqual(shown));
    expect(listed).toBe(0);
    again.unmount();
    const tomorrow = render(<ReviewView db={db} lang="ar" now={() => new Date('2026-12-02T10:00:00')} />);
    await waitFor(() => expect(cards(tomorrow.container)).toHaveLength(5));
    expect(listed).toBeGreaterThan(0);
  });

  it('chooses again at each opening while the library is smaller than the day\'s set, so a clipping saved since comes back today', async () => {
    const db = await dbWith([clip({ id: 's1' }), clip({ id: 's2' })]);
    const first = render(<ReviewView db={db} lang="ar" now={now} />);
    await waitFor(() => expect(cards(first.container).sort()).toEqual(['s1', 's2']));
    await waitFor(async () => expect(await db.prefs.get('review-day')).toBeDefined());
    first.unmount();
    await db.clippings.add({ ...clip({ id: 's3' }), ...derive(clip({ id: 's3' })) });
    const again = render(<ReviewView db={db} lang="ar" now={now} />);
    await waitFor(() => expect(cards(again.container).sort()).toEqual(['s1', 's2', 's3']));
  });

  it('suggests known tags while one is typed, and a typed «#سوريا» is saved as «سوريا»', async () => {
    const db = await dbWith([clip({ id: 'a', tags: ['سوريا'] }), clip({ id: 'b' })]);
    const { container } = render(<ReviewView db={db} lang="ar" about="site:news.example" now={now} />);
    await waitFor(() => expect(cards(container)).toEqual(['a', 'b']));
    const tags = container.querySelector<HTMLInputElement>('.review-card[data-id="b"] .review-tags')!;
    fireEvent.input(tags, { target: { value: '#سو' } });
    await waitFor(() => expect(container.querySelector('.review-card[data-id="b"] .tag-suggestion')?.textContent).toBe('#سوريا'));
    fireEvent.click(container.querySelector('.review-card[data-id="b"] .tag-suggestion')!);
    fireEvent.click(container.querySelector('.review-card[data-id="b"] .review-save-tags')!);
    await waitFor(async () => expect((await db.clippings.get('b'))!.tags).toEqual(['سوريا']));
  });

  it('reviews one person, oldest first', async () => {
    const span = { kind: 'person' as const, start: 0, end: 15, text: 'إبراهيم الجعفري' };
    const db = await dbWith([
      clip({ id: 'new', createdAt: '2026-05-01T00:00:00Z', text: 'إبراهيم الجعفري قال', entities: [span] }),
      clip({ id: 'old', createdAt: '2026-01-01T00:00:00Z', speaker: 'ابراهيم الجعفري' }),
      clip({ id: 'other' }),
    ]);
    const { container } = render(<ReviewView db={db} lang="ar" about="person:ابراهيم جعفري" now={now} />);
    await waitFor(() => expect(cards(container)).toEqual(['old', 'new']));
    expect(container.querySelector('#review-title')!.textContent).toMatch(/^كل ما حفظته عن [إا]براهيم الجعفري$/);
  });
});

describe('<ArticleView>', () => {
  it('one article, its clippings in reading order, title, site, date and names', async () => {
    const url = 'https://news.example/a/1';
    const db = await dbWith([
      clip({ id: 'late', url, position: { start: 900, end: 950 }, text: 'الفقرة الأخيرة', title: 'عنوان المقال', published: '2026-03-14' }),
      clip({ id: 'early', url: `${url}#x`, position: { start: 10, end: 40 }, title: null, published: null, text: 'بغداد أولاً', entities: [{ kind: 'place', start: 0, end: 5, text: 'بغداد' }] }),
      clip({ id: 'mid', url, position: { start: 300, end: 320 }, title: null, published: null, text: 'في الوسط' }),
      clip({ id: 'elsewhere', url: 'https://news.example/other' }),
    ]);
    const { container } = render(<ArticleView db={db} page={url} clipping="mid" lang="ar" />);
    await waitFor(() => expect([...container.querySelectorAll('.article-clip')].map((e) => e.getAttribute('data-id'))).toEqual(['early', 'mid', 'late']));
    expect(container.querySelector('#article-title')!.textContent).toBe('عنوان المقال');
    expect(container.querySelector('.article-meta')!.textContent).toContain('news.example');
    expect(container.querySelector('.article-meta time')!.getAttribute('datetime')).toBe('2026-03-14');
    expect(container.querySelector('.article-count')!.textContent).toBe('حُفظ منه: 3 قصاصات');
    expect(container.querySelector('.article-names-place')!.textContent).toContain('بغداد');
    expect(container.querySelector('.article-clip.is-current')!.getAttribute('data-id')).toBe('mid');
  });
});
