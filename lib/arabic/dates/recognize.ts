import type { Span } from '../types';
import { normalizeWithMap, toOriginalRange } from '../normalize';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS, monthPattern } from './months';
import { addDays, hijriToIso, isoDay, isoMonth, isoYmd, isValidDay, parseIsoDay } from './calendar';

/**
 * First date recognizer: month-name dates (every regional family, Hijri), numeric dates, years and
 * the common relative words, resolved against `ref` (YYYY-MM-DD). Runs on normalized text, so digits
 * of every script and letter variants match alike; offsets are mapped back to the original.
 */
export function recognizeDates(text: string, ref: string): Span[] {
  const n = normalizeWithMap(text);
  const s = n.text;
  const refDate = parseIsoDay(ref);
  const found: Span[] = [];
  const used: Array<[number, number]> = [];

  const add = (start: number, end: number, value: string, calendar: 'gregorian' | 'hijri' = 'gregorian'): void => {
    if (used.some(([a, b]) => start < b && end > a)) return;
    used.push([start, end]);
    const [os, oe] = toOriginalRange(n, start, end);
    found.push({ kind: 'date', start: os, end: oe, text: text.slice(os, oe), value, calendar });
  };
  // Word boundary for Arabic: not preceded/followed by a letter (clitics و ب ل ف handled by prefix group).
  const B = '(?<![\\p{L}\\d])';
  const E = '(?![\\p{L}\\d])';
  const P = '(?:[وبلف]{0,2})';

  const hijri = monthPattern(HIJRI_MONTHS);
  const greg = monthPattern(GREGORIAN_MONTHS);

  // Hijri: "22 شعبان 1444 هـ" (year optional only when a suffix marks it).
  for (const m of s.matchAll(new RegExp(`${B}${P}(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${hijri})\\s*(?:\\/\\s*\\S+\\s*)?(\\d{3,4})\\s*(?:ه(?:ـ)?|هجري(?:ه)?)?${E}`, 'gu'))) {
    const [d, mo, y] = [Number(m[1]), HIJRI_MONTHS[m[2]!]!, Number(m[3])];
    const iso = hijriToIso(y, mo, d);
    if (iso) add(m.index! + m[0].indexOf(m[1]!), m.index! + m[0].length, iso, 'hijri');
  }
  // Gregorian: "14 مارس 2023", "14 آذار/مارس 2023", "كانون الثاني/يناير", optional "م".
  for (const m of s.matchAll(new RegExp(`${B}${P}(?:(\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?)?(${greg})(?:\\s*[/(]\\s*(?:${greg})\\s*\\)?)?(?:\\s*[،,]?\\s*(?:عام|سنه)?\\s*(\\d{4}))?(?:\\s*م(?:يلادي(?:ه)?)?)?${E}`, 'gu'))) {
    const mo = GREGORIAN_MONTHS[m[2]!]!;
    const d = m[1] ? Number(m[1]) : null;
    const y = m[3] ? Number(m[3]) : null;
    if (!d && !y) continue; // a bare month name ("ماي", "آب") is too ambiguous alone
    const year = y ?? nearestYear(refDate, mo, d ?? 1);
    if (d !== null && !isValidDay(year, mo, d)) continue;
    const start = m.index! + m[0].search(/[\d\p{L}]/u) + (m[0].match(/^[وبلف]{0,2}(?=\d|\p{L})/u)?.[0].length ?? 0);
    add(start, m.index! + m[0].length, d !== null ? isoYmd(year, mo, d) : isoMonth(year, mo));
  }
  // Numeric: dd/mm/yyyy, d-m-yyyy, yyyy/mm/dd, yyyy-mm-dd.
  for (const m of s.matchAll(/(?<![\d/.-])(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\d/.-])/g)) {
    let [a, b, c] = [Number(m[1]), Number(m[3]), Number(m[4])];
    let y: number, mo: number, d: number;
    if (m[1]!.length === 4) [y, mo, d] = [a, b, c];
    else if (m[4]!.length === 4) [y, mo, d] = [c, b, a];
    else continue;
    if (!isValidDay(y, mo, d)) continue;
    add(m.index!, m.index! + m[0].length, isoYmd(y, mo, d));
  }
  // Relative days.
  const rel: Array<[string, number]> = [['اول امس', -2], ['امس', -1], ['اليوم', 0], ['بعد غد', 2], ['غدا', 1], ['غد', 1]];
  for (const [word, delta] of rel) {
    for (const m of s.matchAll(new RegExp(`${B}${P}(${word})${E}`, 'gu'))) {
      const start = m.index! + m[0].length - m[1]!.length;
      add(start, m.index! + m[0].length, isoDay(addDays(refDate, delta)));
    }
  }
  // Weekdays: bare = the most recent on or before ref; with المقبل/القادم = next.
  for (const m of s.matchAll(new RegExp(`${B}${P}(?:يوم\\s+)?(${Object.keys(WEEKDAYS).join('|')})(\\s+(?:الماضي|المقبل|القادم))?${E}`, 'gu'))) {
    const wd = WEEKDAYS[m[1]!]!;
    const future = /المقبل|القادم/.test(m[2] ?? '');
    const diff = (refDate.getUTCDay() - wd + 7) % 7;
    const day = future ? addDays(refDate, ((wd - refDate.getUTCDay() + 7) % 7) || 7) : addDays(refDate, m[2] ? diff || 7 : diff);
    const start = m.index! + m[0].indexOf(m[0].match(/يوم|ال/u)![0]);
    add(start, m.index! + m[0].length, isoDay(day));
  }
  // This/last/next year, month.
  const y = refDate.getUTCFullYear();
  const mo = refDate.getUTCMonth() + 1;
  const periods: Array<[string, string]> = [
    ['(?:العام|السنه)\\s+(?:الجاري|الحالي)|هذا\\s+العام|هذه\\s+السنه', String(y)],
    ['(?:العام|السنه)\\s+(?:الماضي|الماضيه|السابق)', String(y - 1)],
    ['(?:العام|السنه)\\s+(?:المقبل|المقبله|القادم|القادمه)', String(y + 1)],
    ['(?:الشهر)\\s+(?:الجاري|الحالي)|هذا\\s+الشهر', isoMonth(y, mo)],
    ['(?:الشهر)\\s+(?:الماضي|السابق)', mo === 1 ? isoMonth(y - 1, 12) : isoMonth(y, mo - 1)],
    ['(?:الشهر)\\s+(?:المقبل|القادم)', mo === 12 ? isoMonth(y + 1, 1) : isoMonth(y, mo + 1)],
  ];
  for (const [pattern, value] of periods) {
    for (const m of s.matchAll(new RegExp(`${B}${P}(${pattern})${E}`, 'gu'))) {
      add(m.index! + m[0].length - m[1]!.length, m.index! + m[0].length, value);
    }
  }
  // Years: "عام 2015", "سنة 2023".
  for (const m of s.matchAll(new RegExp(`${B}${P}((?:عام|سنه|العام)\\s+(\\d{4}))${E}`, 'gu'))) {
    const year = Number(m[2]);
    if (year < 1000 || year > 2200) continue;
    add(m.index! + m[0].length - m[1]!.length, m.index! + m[0].length, String(year));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Year that puts day/month nearest the reference date. */
function nearestYear(ref: Date, month: number, day: number): number {
  const y = ref.getUTCFullYear();
  let best = y;
  let bestDist = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    const dist = Math.abs(Date.UTC(cand, month - 1, day) - ref.getTime());
    if (dist < bestDist) [best, bestDist] = [cand, dist];
  }
  return best;
}
