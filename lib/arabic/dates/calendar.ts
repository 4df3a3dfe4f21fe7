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
