/** "قبل ٥ دقائق" / "5 minutes ago": relative time in the UI language. */
export function relativeTime(iso: string, lang: string, now: Date = new Date()): string {
  const diff = (new Date(iso).getTime() - now.getTime()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [['second', 60], ['minute', 60], ['hour', 24], ['day', 7], ['week', 4.35], ['month', 12], ['year', Infinity]];
  let value = diff;
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return arabicSpelling(rtf.format(Math.round(value), unit));
    value /= size;
  }
  return iso;
}

/**
 * CLDR's Arabic writes the tanween of «ثوانٍ» as a kasra («ثوانِ», a different word ending): put the
 * right mark back, whatever the engine's version gives.
 */
function arabicSpelling(s: string): string {
  return s.replace(/ثوان\u0650(?=$|\s|[.،])/g, 'ثوان\u064D');
}

/** A link target that is safe to put in href: web and file addresses only (an imported file could hold "javascript:"). */
export function safeHref(url: string): string | undefined {
  return /^(https?|file):/i.test(url) ? url : undefined;
}
