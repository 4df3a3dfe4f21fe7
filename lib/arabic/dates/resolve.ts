/**
 * Turning partial dates into values against the reference date, with the news conventions of issue 4:
 * a day and month without a year take the year nearest the reference; a bare weekday is the latest
 * such day on or before it unless the sentence speaks of the future; a week runs Monday to Monday.
 */
import { addDays, addMonths, hijriToIso, isoDay, isoMonth, isoYmd, isValidDay, refHijri } from './calendar';

export type Direction = 'past' | 'future' | 'this' | 'nearest';

/** Year that puts day/month nearest `ref` (or the latest on/before, the earliest on/after it). */
export function yearFor(ref: Date, month: number, day: number, dir: Direction = 'nearest'): number {
  const y = ref.getUTCFullYear();
  if (dir === 'this') return y;
  const cands = [y - 1, y, y + 1].filter((c) => isValidDay(c, month, day)); // 29 February only in leap years
  const t = ref.getTime();
  const at = (c: number): number => Date.UTC(c, month - 1, day);
  if (dir === 'past') return [...cands].reverse().find((c) => at(c) <= t) ?? y - 1;
  if (dir === 'future') return cands.find((c) => at(c) >= t) ?? y + 1;
  let best = y;
  let bestDist = Infinity;
  for (const c of cands) {
    const dist = Math.abs(at(c) - t);
    if (dist < bestDist) [best, bestDist] = [c, dist];
  }
  return best;
}

/** Year for a month named without a day: "مارس الماضي" said in March means last year's March. */
export function yearForMonth(ref: Date, month: number, dir: Direction): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  if (dir === 'past') return month < m ? y : y - 1;
  if (dir === 'future') return month > m ? y : y + 1;
  if (dir === 'this') return y;
  // nearest: the month's distance in months, ties to the past (news reports what happened)
  return month - m > 6 ? y - 1 : m - month > 6 ? y + 1 : y;
}

/** The Hijri year that puts a Hijri day/month nearest the reference date. */
export function hijriYearFor(ref: Date, month: number, day: number, dir: Direction = 'nearest'): number | null {
  const h = refHijri(ref);
  if (!h) return null;
  const t = ref.getTime();
  let best: number | null = null;
  let bestScore = Infinity;
  for (const c of [h.year - 1, h.year, h.year + 1]) {
    const iso = hijriDay(c, month, day);
    if (!iso) continue;
    const diff = Date.parse(iso) - t;
    if ((dir === 'past' && diff > 0) || (dir === 'future' && diff < 0)) continue;
    if (Math.abs(diff) < bestScore) [best, bestScore] = [c, Math.abs(diff)];
  }
  return best;
}

/**
 * Umm al-Qura day; a 30th that the table does not have (its month has 29 days) is read as the day
 * after the 29th, as other Hijri tables and writers who count 30 days mean it.
 */
export function hijriDay(y: number, m: number, d: number): string | null {
  const iso = hijriToIso(y, m, d);
  if (iso || d !== 30) return iso;
  const prev = hijriToIso(y, m, 29);
  return prev ? isoDay(addDays(new Date(Date.parse(prev)), 1)) : null;
}

/** The weekday `wd` (0 = Sunday) relative to ref. */
export function weekday(ref: Date, wd: number, dir: Direction): Date {
  const cur = ref.getUTCDay();
  if (dir === 'future') return addDays(ref, ((wd - cur + 7) % 7) || 7);
  if (dir === 'this') return addDays(ref, (wd - cur + 7) % 7);
  // 'past' (الماضي) is strictly before ref; a bare weekday (nearest) may be ref itself.
  const back = (cur - wd + 7) % 7;
  return addDays(ref, -(dir === 'past' ? back || 7 : back));
}

/** The ISO week (Monday/next Monday) containing d, shifted by n weeks. */
export function weekInterval(d: Date, n = 0): string {
  const monday = addDays(d, -((d.getUTCDay() + 6) % 7) + 7 * n);
  return `${isoDay(monday)}/${isoDay(addDays(monday, 7))}`;
}

export function monthValue(y: number, m: number, n = 0): string {
  const [yy, mm] = addMonths(y, m, n);
  return isoMonth(yy, mm);
}

/** Thirds of a month (أوائل 1–10, أواسط 11–20, أواخر 21–end) or of a year (four months each). */
export type Part = 'start' | 'mid' | 'end';

export function partOfMonth(y: number, m: number, part: Part): string {
  const [ny, nm] = addMonths(y, m, 1);
  if (part === 'start') return `${isoYmd(y, m, 1)}/${isoYmd(y, m, 11)}`;
  if (part === 'mid') return `${isoYmd(y, m, 11)}/${isoYmd(y, m, 21)}`;
  return `${isoYmd(y, m, 21)}/${isoYmd(ny, nm, 1)}`;
}

export function partOfYear(y: number, part: Part): string {
  if (part === 'start') return `${isoMonth(y, 1)}/${isoMonth(y, 5)}`;
  if (part === 'mid') return `${isoMonth(y, 5)}/${isoMonth(y, 9)}`;
  return `${isoMonth(y, 9)}/${isoMonth(y + 1, 1)}`;
}

/** Apply a part-of-period word to a month ("2023-03") or year ("2023") value; other grains unchanged. */
export function applyPart(value: string, part: Part): string {
  let m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return partOfMonth(Number(m[1]), Number(m[2]), part);
  m = /^(\d{4})$/.exec(value);
  if (m) return partOfYear(Number(m[1]), part);
  return value;
}
