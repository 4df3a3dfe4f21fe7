import type { Span } from '../types';
import { toOriginalRange } from '../normalize';
import { fastNormalizeWithMap } from './fastnorm';
import { hotWindows } from './hot';
import type { Cand, Ctx } from './candidate';
import { parseIsoDay } from './calendar';
import { namedDates } from './named';
import { numericDates } from './numeric';
import { relativeDates } from './relative';
import { times } from './time';
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
  const n = fastNormalizeWithMap(text);
  const day = parseIsoDay(ref.slice(0, 10));
  const ctx: Ctx = { s: n.text, ref: day };
  const cands: Cand[] = [];
  for (const [a, b] of hotWindows(n.text)) {
    const sub: Ctx = { s: n.text.slice(a, b), ref: day, full: n.text, base: a };
    for (const c of [...namedDates(sub), ...numericDates(sub), ...relativeDates(sub), ...times(sub)]) {
      c.s += a;
      c.e += a;
      cands.push(c);
    }
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
