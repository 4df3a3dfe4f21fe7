import type { ClippingsDb } from '../../lib/clippings/db';
import { chooseDaySet } from '../../lib/clippings/review-today';
import { localDay } from '../../lib/clippings/view';

/** Long enough for the page that woke the worker to be analysed and painted first. */
export const CHOOSE_AFTER_MS = 10_000;

let chosenFor: string | undefined;

/**
 * Choose and keep the day's review set a while after the worker wakes for a reader's day (the
 * browser starting, an article opened), once a day per worker life: the review tab then reads five
 * kept rows instead of listing the whole library (lib/clippings/review-today.ts). A failure is left
 * to the review tab, which chooses the set itself.
 */
export function chooseDaySetLater(db: ClippingsDb, now: () => Date = () => new Date()): void {
  const day = localDay(now().toISOString());
  if (chosenFor === day) return;
  chosenFor = day;
  setTimeout(() => { void chooseDaySet(db, localDay(now().toISOString())).catch(() => undefined); }, CHOOSE_AFTER_MS);
}

/** For tests: a worker that starts again. */
export function resetDaySetChoice(): void {
  chosenFor = undefined;
}
