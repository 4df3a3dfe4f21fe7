/**
 * The publication day many news sites write into the article's address: /2013/11/29/, /2024/5/13/,
 * /2024-05-12/, -20241122. Only a whole, real day that is not in the future counts; a year and a
 * month alone, or digits that are an id, do not.
 */

const SEPARATED = /[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/;
const COMPACT = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/;

/** YYYY-MM-DD from a URL's path, or null. `now` bounds it: a day after tomorrow is an id, not a date. */
export function dateFromUrl(url: string, now: Date = new Date()): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const re of [SEPARATED, COMPACT]) {
    const m = re.exec(path);
    const day = m && validDay(Number(m[1]), Number(m[2]), Number(m[3]), now);
    if (day) return day;
  }
  return null;
}

function validDay(y: number, m: number, d: number, now: Date): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getTime() > now.getTime() + 86_400_000) return null; // 31 April; the future
  return date.toISOString().slice(0, 10);
}
