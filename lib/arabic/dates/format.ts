/**
 * Hover-card text for a date value in both calendars: «الخميس 6 أبريل 2023 — 15 رمضان 1444 هـ».
 * The calendar the text was written in comes first. The Hijri side comes from the Umm al-Qura
 * converter (calendar.ts), never from Intl, whose Islamic calendars differ between engines.
 * A day that is a holiday starts with its name («عيد الفطر — …»); a time keeps its written zone.
 */
import { addDays, isoToHijri, parseIsoDay } from './calendar';
import { holidayOn } from './holiday-table';

export type Locale = 'ar' | 'en';
type Cal = 'gregorian' | 'hijri';

const G_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const G_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const H_AR = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];
const H_EN = ['Muharram', 'Safar', 'Rabi al-Awwal', 'Rabi al-Thani', 'Jumada al-Ula', 'Jumada al-Akhirah', 'Rajab', 'Shaban', 'Ramadan', 'Shawwal', 'Dhu al-Qadah', 'Dhu al-Hijjah'];
const W_AR = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const W_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Ymd { y: number; m: number; d: number }

const era = (loc: Locale): string => (loc === 'ar' ? 'هـ' : 'AH');
const dash = ' — ';

function gDay(p: Ymd, loc: Locale, weekday: boolean): string {
  const wd = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  const body = `${p.d} ${(loc === 'ar' ? G_AR : G_EN)[p.m - 1]} ${p.y}`;
  return weekday ? `${(loc === 'ar' ? W_AR : W_EN)[wd]} ${body}` : body;
}

function hDay(h: Ymd, loc: Locale): string {
  return `${h.d} ${(loc === 'ar' ? H_AR : H_EN)[h.m - 1]} ${h.y} ${era(loc)}`;
}

function hijriOf(iso: string): Ymd | null {
  const h = isoToHijri(iso);
  return h ? { y: h.year, m: h.month, d: h.day } : null;
}

function ymd(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m ?? 1, d: d ?? 1 };
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A range of days [a, b] (inclusive) in one calendar, compressed when month/year repeat. */
function gRange(a: Ymd, b: Ymd, loc: Locale): string {
  const names = loc === 'ar' ? G_AR : G_EN;
  if (a.y === b.y && a.m === b.m) return a.d === b.d ? gDay(a, loc, false) : `${a.d}–${b.d} ${names[a.m - 1]} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${names[a.m - 1]} – ${b.d} ${names[b.m - 1]} ${a.y}`;
  return `${gDay(a, loc, false)} – ${gDay(b, loc, false)}`;
}

function hRange(a: Ymd, b: Ymd, loc: Locale): string {
  const names = loc === 'ar' ? H_AR : H_EN;
  if (a.y === b.y && a.m === b.m) return a.d === b.d ? hDay(a, loc) : `${a.d}–${b.d} ${names[a.m - 1]} ${a.y} ${era(loc)}`;
  if (a.y === b.y) return `${a.d} ${names[a.m - 1]} – ${b.d} ${names[b.m - 1]} ${a.y} ${era(loc)}`;
  return `${a.d} ${names[a.m - 1]} ${a.y} – ${b.d} ${names[b.m - 1]} ${b.y} ${era(loc)}`;
}

/** Both calendars for the days [first, last], the written calendar first. */
function pair(greg: string, hijri: string | null, cal: Cal): string {
  if (!hijri) return greg;
  return cal === 'hijri' ? hijri + dash + greg : greg + dash + hijri;
}

/** A written zone: «بتوقيت غرينتش» / "GMT" for Z, «غرينتش+3» / "GMT+3" for an offset. */
function zoneName(zone: string, loc: Locale): string {
  if (zone === 'Z') return loc === 'ar' ? 'بتوقيت غرينتش' : 'GMT';
  const [, sign, h, m] = /^([+-])(\d{2}):(\d{2})$/.exec(zone)!;
  const off = `${sign}${Number(h)}${m === '00' ? '' : ':' + m}`;
  return loc === 'ar' ? `غرينتش${off}` : `GMT${off}`;
}

/** First and last day (inclusive) that a value covers: a day, a month, a year, or an interval A/B (B exclusive). */
function bounds(value: string): [string, string] | null {
  const [a, b] = value.split('/');
  const start = (v: string): string | null => {
    if (/^\d{4}$/.test(v)) return `${v}-01-01`;
    if (/^\d{4}-\d{2}$/.test(v)) return `${v}-01`;
    if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
    return null;
  };
  const s = start(a!);
  if (!s) return null;
  if (b !== undefined) {
    const e = start(b);
    return e ? [s, iso(addDays(parseIsoDay(e), -1))] : null;
  }
  const d = parseIsoDay(s);
  if (/^\d{4}$/.test(a!)) return [s, `${a}-12-31`];
  if (/^\d{4}-\d{2}$/.test(a!)) return [s, iso(addDays(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)), -1))];
  return [s, s];
}

/**
 * Text for a date value (DESIGN.md Span.value): day, day with time, month, year or interval, shown in
 * the Gregorian and the Umm al-Qura Hijri calendars. Unknown shapes come back unchanged.
 */
export function formatDateValue(value: string, calendar: Cal = 'gregorian', locale: Locale = 'ar'): string {
  const b = bounds(value);
  if (!b) return value;
  const [first, last] = b;
  const h1 = hijriOf(first);
  const h2 = hijriOf(last);
  const time = /T(\d{2}:\d{2})/.exec(value)?.[1];
  const sep = locale === 'ar' ? '، ' : ', ';

  if (/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/.test(value)) {
    const zone = /T[\d:]+(Z|[+-]\d{2}:\d{2})$/.exec(value)?.[1];
    const g = gDay(ymd(first), locale, true) + (time ? `${sep}${time}${zone ? ' ' + zoneName(zone, locale) : ''}` : '');
    const holiday = holidayOn(first);
    const name = holiday ? (locale === 'ar' ? holiday.ar : holiday.en) + dash : '';
    return name + pair(g, h1 ? hDay(h1, locale) : null, calendar);
  }
  // Years (a decade, a century, عامي 2011 و2012) and months (أكتوبر إلى ديسمبر) read by their own names.
  const years = /^(\d{4})\/(\d{4})$/.exec(value);
  if (years) return `${Number(years[1])}–${Number(years[2]) - 1}`;
  const months = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(value);
  if (months) {
    const names = locale === 'ar' ? G_AR : G_EN;
    const a = ymd(first);
    const b = ymd(last);
    const g = a.y === b.y ? `${names[a.m - 1]} – ${names[b.m - 1]} ${a.y}` : `${names[a.m - 1]} ${a.y} – ${names[b.m - 1]} ${b.y}`;
    return pair(g, h1 && h2 ? hRange(h1, h2, locale) : null, calendar);
  }
  if (/^\d{4}$/.test(value)) {
    const hy = h1 && h2 ? (h1.y === h2.y ? `${h1.y}` : `${h1.y}–${h2.y}`) + ` ${era(locale)}` : null;
    return pair(value, hy, calendar);
  }
  if (/^\d{4}-\d{2}$/.test(value)) {
    const g = `${(locale === 'ar' ? G_AR : G_EN)[ymd(first).m - 1]} ${ymd(first).y}`;
    return pair(g, h1 && h2 ? hRange(h1, h2, locale) : null, calendar);
  }
  // An interval written as a Hijri month or year reads best by its Hijri name.
  if (calendar === 'hijri' && h1 && h2 && h1.d === 1) {
    const next = hijriOf(iso(addDays(parseIsoDay(last), 1)));
    const hNames = locale === 'ar' ? H_AR : H_EN;
    if (next && next.d === 1 && h1.m === h2.m && h1.y === h2.y) {
      return `${hNames[h1.m - 1]} ${h1.y} ${era(locale)}${dash}${gRange(ymd(first), ymd(last), locale)}`;
    }
    if (next && next.d === 1 && h1.m === 1 && h2.m === 12) return `${h1.y} ${era(locale)}${dash}${gRange(ymd(first), ymd(last), locale)}`;
  }
  return pair(gRange(ymd(first), ymd(last), locale), h1 && h2 ? hRange(h1, h2, locale) : null, calendar);
}
