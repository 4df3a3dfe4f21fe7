/** How a date value reads on the hover card: both calendars without stray wraps, and the ISO line as the text says it. */

const DASH = ' — ';

/**
 * The formatted value split into its calendars, the dash kept with the second: the card keeps each
 * on one line (white-space: nowrap), so a range never wraps with «هـ» alone on a line. Joined with a
 * space, the parts are the formatted text unchanged.
 */
export function displayValue(formatted: string): string[] {
  return formatted.split(DASH).map((part, i) => (i ? `— ${part}` : part));
}

/**
 * The ISO value for people: an interval "A/B" has an exclusive end (DESIGN.md), which a reader takes
 * as a last day; show the last day it covers ("2026-11-27 – 2026-11-28" for "2026-11-27/2026-11-29").
 */
export function isoRangeLine(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value.replace('/', ' – ');
  const last = new Date(Date.UTC(Number(m[2]), Number(m[3]) - 1, Number(m[4]) - 1)).toISOString().slice(0, 10);
  return last === m[1] ? m[1]! : `${m[1]} – ${last}`;
}
