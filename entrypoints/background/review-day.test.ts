import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClippingsDb } from '../../lib/clippings/db';
import { derive } from '../../lib/clippings/derive';
import { DAY_SET_KEY } from '../../lib/clippings/review-today';
import { clip, dbName } from '../../tests/unit/clip';
import { CHOOSE_AFTER_MS, chooseDaySetLater, resetDaySetChoice } from './review-day';

async function library(n: number): Promise<ClippingsDb> {
  const db = new ClippingsDb(dbName());
  await db.clippings.bulkAdd(Array.from({ length: n }, (_, i) => clip({ id: `b${i}` })).map((c) => ({ ...c, ...derive(c) })));
  return db;
}

describe("the worker chooses the day's review set", () => {
  beforeEach(() => { resetDaySetChoice(); vi.useFakeTimers({ toFake: ['setTimeout'] }); });
  afterEach(() => vi.useRealTimers());

  it('a while after it wakes, not at once, and keeps it', async () => {
    const db = await library(8);
    chooseDaySetLater(db, () => new Date('2026-12-01T09:00:00'));
    await vi.advanceTimersByTimeAsync(CHOOSE_AFTER_MS - 100);
    expect(await db.prefs.get(DAY_SET_KEY)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    vi.useRealTimers();
    await vi.waitFor(async () => expect((await db.prefs.get(DAY_SET_KEY))?.value).toMatchObject({ day: '2026-12-01' }));
    expect(((await db.prefs.get(DAY_SET_KEY))!.value as { picks: unknown[] }).picks).toHaveLength(5);
  });

  it('once a day per worker life: another wake that day schedules nothing, the next day does', () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const db = new ClippingsDb(dbName());
    chooseDaySetLater(db, () => new Date('2026-12-01T09:00:00'));
    chooseDaySetLater(db, () => new Date('2026-12-01T18:00:00'));
    expect(spy).toHaveBeenCalledTimes(1);
    chooseDaySetLater(db, () => new Date('2026-12-02T08:00:00'));
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
