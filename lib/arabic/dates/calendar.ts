import { hijriToGregorian, gregorianToHijri } from '@tabby_ai/hijri-converter';

/** Calendar arithmetic on UTC dates (no time zones: news dates are calendar days). */
export function parseIsoDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

export function isoDay(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function isoYmd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Umm al-Qura Hijri → Gregorian; null outside the table (1343–1500 AH) or for invalid days. */
export function hijriToIso(y: number, m: number, d: number): string | null {
  try {
    const g = hijriToGregorian({ year: y, month: m, day: d });
    return isoYmd(g.year, g.month, g.day);
  } catch {
    return null;
  }
}

export function isoToHijri(iso: string): { year: number; month: number; day: number } | null {
  const [y, m, d] = iso.split('-').map(Number);
  try {
    return gregorianToHijri({ year: y!, month: m!, day: d! });
  } catch {
    return null;
  }
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** A Hijri month as the Gregorian interval "first day/first day of the next month". */
export function hijriMonthInterval(y: number, m: number): string | null {
  const a = hijriToIso(y, m, 1);
  const b = m === 12 ? hijriToIso(y + 1, 1, 1) : hijriToIso(y, m + 1, 1);
  return a && b ? `${a}/${b}` : null;
}

/** A Hijri year as the Gregorian interval "1 Muharram/1 Muharram of the next year". */
export function hijriYearInterval(y: number): string | null {
  const a = hijriToIso(y, 1, 1);
  const b = hijriToIso(y + 1, 1, 1);
  return a && b ? `${a}/${b}` : null;
}

/** The Hijri date of a reference day, remembered: every Hijri year guess asks for it. */
let lastRef = NaN;
let lastRefHijri: { year: number; month: number; day: number } | null = null;
export function refHijri(ref: Date): { year: number; month: number; day: number } | null {
  if (ref.getTime() !== lastRef) {
    lastRef = ref.getTime();
    lastRefHijri = isoToHijri(isoDay(ref));
  }
  return lastRefHijri;
}

export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** Same day n months later, clamped to the month's length (31 Mar − 1 month = 28/29 Feb). */
export function addMonthsToDay(d: Date, n: number): Date {
  const [y, m] = addMonths(d.getUTCFullYear(), d.getUTCMonth() + 1, n);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1, Math.min(d.getUTCDate(), last)));
}
