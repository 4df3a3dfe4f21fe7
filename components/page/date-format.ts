/**
 * How the hover card shows a date value in either calendar. Another module (lib/arabic/dates/format.ts,
 * formatDateValue) is coming with the same signature: the card takes the formatter as a prop, and this
 * Intl-based one (display only, never parsing) stands in until then.
 */
export type DateFormatter = (value: string, calendar: 'gregorian' | 'hijri', locale: string) => string;

export const intlDateFormatter: DateFormatter = (value, calendar, locale) => {
  if (value.includes('/')) return value.split('/').map((v) => intlDateFormatter(v, calendar, locale)).join(' – ');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d, hh, mm] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1, hh ? Number(hh) : 12, mm ? Number(mm) : 0));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (mo) opts.month = 'long';
  if (d) opts.day = 'numeric';
  if (hh) Object.assign(opts, { hour: '2-digit', minute: '2-digit' });
  // A year or a month alone does not map onto one Hijri year/month: show it only when the day is known.
  if (calendar === 'hijri' && !d) return '—';
  try {
    return new Intl.DateTimeFormat(`${locale}-u-ca-${calendar === 'hijri' ? 'islamic-umalqura' : 'gregory'}`, opts).format(date);
  } catch {
    return value;
  }
};
