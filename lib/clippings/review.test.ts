import { describe, expect, it } from 'vitest';
import { ClippingsDb, type ReviewRow } from './db';
import { aboutSubject, anniversary, anniversaryDays, anniversaryRanges, dailySet, historyOf, ReviewLog } from './review';
import { clip, dbName } from '../../tests/unit/clip';
import type { Clipping } from './model';

const at = (day: string, h = 12): string => new Date(`${day}T${String(h).padStart(2, '0')}:00:00`).toISOString();
const many = (n: number, day = '2026-05-10'): Clipping[] => Array.from({ length: n }, (_, i) => clip({ id: `c${i}`, createdAt: at(day, i % 24) }));

describe('anniversary', () => {
  it('a month or whole years ago, give or take three days', () => {
    expect(anniversary('2026-11-01', '2026-12-01')).toBe('month-ago');
    expect(anniversary('2026-11-03', '2026-12-01')).toBe('month-ago');
    expect(anniversary('2026-11-05', '2026-12-01')).toBeNull();
    expect(anniversary('2025-12-01', '2026-12-01')).toBe('year-ago');
    expect(anniversary('2023-11-29', '2026-12-01')).toBe('year-ago');
    expect(anniversary('2025-12-04', '2026-01-02')).toBe('month-ago');
    expect(anniversary('2026-06-15', '2026-12-01')).toBeNull();
  });
});

describe('the daily set', () => {
  it('is the same all day and whatever the list order, and changes the next day', () => {
    const all = many(40);
    const a = dailySet(all, [], '2026-12-01').map((p) => p.clipping.id);
    expect(a).toHaveLength(5);
    expect(new Set(a).size).toBe(5);
    expect(dailySet([...all].reverse(), [], '2026-12-01').map((p) => p.clipping.id)).toEqual(a);
    expect(dailySet(all, [], '2026-12-02').map((p) => p.clipping.id)).not.toEqual(a);
  });

  it('brings back what was saved a month and a year ago, at most two of them', () => {
    const monthAgo = clip({ id: 'm', createdAt: at('2026-11-01') });
    const yearAgo = clip({ id: 'y', createdAt: at('2025-12-02') });
    const yearAgo2 = clip({ id: 'y2', createdAt: at('2024-12-01') });
    const set = dailySet([...many(30), monthAgo, yearAgo, yearAgo2], [], '2026-12-01');
    const onThisDay = set.filter((p) => p.reason !== 'random');
    expect(onThisDay).toHaveLength(2);
    for (const p of onThisDay) expect(['m', 'y', 'y2']).toContain(p.clipping.id);
    expect(set.filter((p) => p.reason === 'random')).toHaveLength(3);
  });

  it('leans towards clippings never reviewed', () => {
    const all = many(20);
    const rows: ReviewRow[] = all.slice(0, 10).flatMap((c) => [1, 2, 3].map((k) => ({ clippingId: c.id, action: 'keep', at: at(`2026-06-0${k}`) })));
    let fresh = 0;
    for (let d = 1; d <= 28; d++) {
      const day = `2026-07-${String(d).padStart(2, '0')}`;
      fresh += dailySet(all, rows, day).filter((p) => Number(p.clipping.id.slice(1)) >= 10).length;
    }
    // 28 days × 5 picks; with weights 4 against 1/3, well over nine in ten are the never-reviewed half.
    expect(fresh / (28 * 5)).toBeGreaterThan(0.9);
  });

  it('drops one archived today without reshuffling the rest; archived before never comes back, unless unarchived', () => {
    const all = many(30);
    const day = '2026-12-01';
    const first = dailySet(all, [], day);
    const gone = first[1]!.clipping.id;
    const kept = first[0]!.clipping.id;
    const rows: ReviewRow[] = [{ clippingId: kept, action: 'keep', at: at(day, 9) }, { clippingId: gone, action: 'archive', at: at(day, 10) }];
    expect(dailySet(all, rows, day).map((p) => p.clipping.id)).toEqual(first.map((p) => p.clipping.id).filter((id) => id !== gone));
    for (let d = 2; d <= 20; d++) {
      expect(dailySet(all, rows, `2026-12-${String(d).padStart(2, '0')}`).map((p) => p.clipping.id)).not.toContain(gone);
    }
    const back = [...rows, { clippingId: gone, action: 'unarchive', at: at(day, 11) }];
    expect(historyOf(back).get(gone)!.archived).toBe(false);
  });

  it('is empty for an empty library and smaller than five for a small one', () => {
    expect(dailySet([], [], '2026-12-01')).toEqual([]);
    expect(dailySet(many(3), [], '2026-12-01')).toHaveLength(3);
  });
});

describe('a subject review', () => {
  it('everything saved about a person, oldest first, across spellings and speakers', () => {
    const text = 'قال إبراهيم الجعفري إن';
    const span = { kind: 'person' as const, start: 4, end: 19, text: 'إبراهيم الجعفري' };
    const a = clip({ id: 'a', createdAt: at('2026-03-01'), text, entities: [span] });
    const b = clip({ id: 'b', createdAt: at('2026-01-01'), speaker: 'ابراهيم الجعفري' });
    const c = clip({ id: 'c', createdAt: at('2026-02-01'), tags: ['سوريا'] });
    const key = 'person:ابراهيم جعفري';
    expect(aboutSubject([a, b, c], { kind: 'entity', key }).map((x) => x.id)).toEqual(['b', 'a']);
    expect(aboutSubject([a, b, c], { kind: 'tag', tag: 'سوريا' }).map((x) => x.id)).toEqual(['c']);
  });
});

describe('the review log', () => {
  it('keeps every action in the database and says which are archived', async () => {
    let t = Date.UTC(2026, 11, 1, 9);
    const log = new ReviewLog(new ClippingsDb(dbName()), () => new Date((t += 60_000)));
    await log.record('a', 'keep');
    await log.record('b', 'archive');
    await log.record('c', 'archive');
    await log.record('c', 'unarchive');
    expect((await log.all()).map((r) => `${r.clippingId}:${r.action}`)).toEqual(['a:keep', 'b:archive', 'c:archive', 'c:unarchive']);
    expect([...(await log.archived())]).toEqual(['b']);
  });
});

describe('anniversaryRanges', () => {
  it('holds exactly the anniversary days, from their first local midnight to the last one after', () => {
    const ranges = anniversaryRanges('2026-12-01');
    const inside = (d: Date): boolean => ranges.some(([a, b]) => d.toISOString() >= a && d.toISOString() < b);
    const days = anniversaryDays('2026-12-01');
    for (const n of days.keys()) {
      const u = new Date(n * 86_400_000);
      const [y, m, d] = [u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate()];
      expect(inside(new Date(y, m, d, 0, 0))).toBe(true);
      expect(inside(new Date(y, m, d, 23, 59))).toBe(true);
      if (!days.has(n - 1)) expect(inside(new Date(y, m, d - 1, 23, 59))).toBe(false);
      if (!days.has(n + 1)) expect(inside(new Date(y, m, d + 1, 0, 0))).toBe(false);
    }
    expect(ranges).toHaveLength(31);
  });
});
