/**
 * A visible Arabic dateline («الأربعاء، 07 أكتوبر 2020 - 12:09 م», «تم نشره الجمعة 24 نيسان / أبريل
 * 2020») read with the date recognizer. Only short texts near the headline or in elements named for
 * dates are tried, so a date inside the story (an anniversary, a deadline) is never taken.
 */
import { recognizeDates } from '../arabic/dates/recognize';

const DATE_CLASS = /date|time|stamp|tmstmp|publish|posted|created|dateline|meta|byline/i;
const MAX_CHARS = 140;

/** The first full-day date (YYYY-MM-DD, with the time when the line gives one) in a short text. */
export function dateFromText(text: string, ref = new Date().toISOString().slice(0, 10)): string | null {
  if (!text || text.length > MAX_CHARS * 2) return null;
  for (const span of recognizeDates(text, ref)) {
    const v = span.value ?? '';
    // Only dates written out with their year: a weekday alone («الجمعة») resolves against today.
    if (!/[0-9\u0660-\u0669\u06F0-\u06F9]{4}/.test(span.text)) continue;
    // The recognizer joins a following clock time itself ("2020-10-07T12:09"); a day alone may still
    // be followed by a time it did not take.
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return v;
    if (span.calendar === 'gregorian' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return withTime(v, text.slice(span.end));
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  }
  return null;
}

/** "12:09 م" / "09:22 مساءً" after the date: keep it, as a local time. */
function withTime(day: string, rest: string): string {
  const m = /^\s*[-–،,|]?\s*(?:الساعة\s*)?(\d{1,2}):(\d{2})\s*(م|ص|مساء|مساءً|صباحا|صباحاً|pm|am)?/i.exec(rest);
  if (!m) return day;
  let h = Number(m[1]);
  const pm = m[3] && /^(م|مساء|pm)/i.test(m[3]);
  if (pm && h < 12) h += 12;
  if (m[3] && !pm && h === 12) h = 0;
  return h < 24 ? `${day}T${String(h).padStart(2, '0')}:${m[2]}` : day;
}

/** Look for the dateline: <time> elements, date-named elements, then the headline's neighbours. */
export function findDateline(doc: Document): string | null {
  const tried = new Set<Element>();
  const attempt = (el: Element | null): string | null => {
    if (!el || tried.has(el)) return null;
    tried.add(el);
    const t = (el.textContent ?? '').trim();
    return t.length <= MAX_CHARS ? dateFromText(t) : null;
  };
  for (const el of doc.querySelectorAll('time')) { const d = attempt(el); if (d) return d; }
  // A site's logo is often an h1 too: try the first few.
  for (const h1 of [...doc.querySelectorAll('h1')].slice(0, 3)) {
    // Siblings after the headline, and after its wrapper: where most Arabic sites print the date.
    for (const start of [h1, h1.parentElement]) {
      let el = start?.nextElementSibling ?? null;
      for (let i = 0; el && i < 4; i++, el = el.nextElementSibling) { const d = attempt(el); if (d) return d; }
    }
  }
  let n = 0;
  for (const el of doc.querySelectorAll('[class], [id]')) {
    const name = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
    if (!DATE_CLASS.test(name) || el.closest('header, nav, footer, aside, a')) continue;
    const d = attempt(el);
    if (d) return d;
    if (++n > 40) break;
  }
  return null;
}
