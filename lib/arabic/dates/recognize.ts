import type { Span } from '../types';
import { normalizeWithMap, toOriginalRange } from '../normalize';
import { hotWindows } from './hot';
import type { Cand, Ctx } from './candidate';
import { parseIsoDay } from './calendar';
import { namedDates } from './named';
import { numericDates } from './numeric';
import { relativeDates } from './relative';
import { times } from './time';
import { years } from './years';
import { holidays } from './holidays';
import { edges } from './edges';
import { join, select } from './join';

/** Text with no Arabic letter and no digit cannot hold a date we read: skip it cheaply. */
const REF = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const WORTH_READING = /[\u0600-\u06FF0-9]/;
/** Diacritics and tatweel: dropped by normalization, but part of the word they follow. */
const TRAILING_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

/**
 * Every date in `text`, resolved against `ref` (YYYY-MM-DD, optionally with a time). Recognizers run
 * on normalized text (digits of every script, letter variants, direction marks) and propose
 * candidates; the longest win, neighbours join (weekday + date, Hijri «الموافق» Gregorian, date + time),
 * and offsets map back to the original text.
 */
export function recognizeDates(text: string, ref: string): Span[] {
  if (!REF.test(ref)) throw new RangeError(`recognizeDates: ref must be YYYY-MM-DD (optionally with a time), got "${ref}"`);
  if (!WORTH_READING.test(text)) return [];
  const n = normalizeWithMap(text);
  const day = parseIsoDay(ref.slice(0, 10));
  const ctx: Ctx = { s: n.text, ref: day };
  // The windows where dates can be, joined by a NUL (no pattern crosses it): one pass per
  // recognizer over a fifth of the text, instead of one per window.
  let hot = '';
  const at: number[] = [];
  const from: number[] = [];
  for (const [a, b] of hotWindows(n.text)) {
    at.push(hot.length);
    from.push(a);
    hot += n.text.slice(a, b) + '\u0000';
  }
  const toFull = (i: number): number => {
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return from[lo]! + (i - at[lo]!);
  };
  const sub: Ctx = { s: hot, ref: day, full: n.text, toFull };
  const cands: Cand[] = [...namedDates(sub), ...numericDates(sub), ...relativeDates(sub), ...years(sub), ...holidays(sub), ...edges(sub), ...times(sub)];
  for (const c of cands) {
    c.s = toFull(c.s);
    c.e = toFull(c.e);
  }
  const spans: Span[] = [];
  for (const c of join(ctx, select(cands))) {
    if (c.kind !== 'date') continue;
    const [s, end] = toOriginalRange(n, c.s, c.e);
    // Keep the marks that belong to the last letter (غداً, هـ, مساءً) inside the span.
    let e = end;
    while (e < text.length && TRAILING_MARK.test(text[e]!)) e++;
    spans.push({ kind: 'date', start: s, end: e, text: text.slice(s, e), value: c.value, calendar: c.cal });
  }
  return spans;
}
