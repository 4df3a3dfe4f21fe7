/** What each date recognizer proposes, in normalized-text offsets, before overlaps are settled. */
export interface Cand {
  s: number;
  e: number;
  /** 'date' is emitted; 'time' (clock) and 'part' (مساء) only attach to an adjacent date. */
  kind: 'date' | 'time' | 'part' | 'edge';
  /** ISO value for dates; "HH:MM" for times. */
  value: string;
  cal: 'gregorian' | 'hijri';
  /** time: hour 0–23 and minute; time, part, date: whether a meridiem or part-of-day word says
   * afternoon (null: unknown). */
  hour?: number;
  minute?: number;
  pm?: boolean | null;
  /** A bare weekday (0 = Sunday): an explicit date or relative day next to it decides the value. */
  weekday?: number;
  /** A relative day word (أمس, اليوم, غدا): a weekday beside it is an apposition. */
  deictic?: boolean;
  /** Resolved against the reference date (أمس, الخميس, الشهر الماضي), not written out. */
  rel?: boolean;
  /** A day and month written without a year (the year was inferred). */
  yearless?: boolean;
  /** edge: the ordinal part of the date that follows (edges.ts). */
  edge?: Edge;
  /** An anaphoric date (اليوم التالي, الشهر التالي): counted from the date before it in the text. */
  /** n = 0 with «نفسه/ذاته»; month or day: «أكتوبر من العام نفسه», «20 من الشهر ذاته». */
  anaphor?: { unit: 'd' | 'w' | 'm' | 'y'; n: number; month?: number; day?: number };
  /** time: says its hour unambiguously, so it may stand alone as a time of the reference day. */
  alone?: boolean;
  /** time: «منتصف الليل». */
  midnight?: boolean;
  /** time: the written zone as an ISO offset ("Z", "+03:00"), when it has a fixed one. */
  zone?: string;
  /** A holiday (index in holidays.ts HOLIDAYS): an ordinal day before it counts from it. */
  holiday?: number;
  /** A week interval (الأسبوع المقبل): a weekday beside it falls inside it. */
  week?: boolean;
}

/** «أول خميس من», «الأسبوع الأخير من», «آخر يوم من», «العشر الأواخر من», «ثاني أيام»: n-th (−1 last). */
export interface Edge {
  unit: 'week' | 'wd' | 'day' | 'ten' | 'nth';
  n: number;
  wd?: number;
}

export interface Ctx {
  /** Normalized text. */
  s: string;
  /** Reference day, UTC midnight. */
  ref: Date;
  /** When `s` is the hot windows of a text joined together: the whole normalized text, and the
   * offset in it of an offset in `s`. */
  full?: string;
  toFull?: (i: number) => number;
}

/**
 * Matches of `re` (global) in `s`, as matchAll gives them, skipping the scan when a cheap test says
 * none can occur. An exec loop into an array: matchAll clones the regex on every call, and this runs
 * a few dozen times per text.
 */
export function scan(s: string, re: RegExp, gate: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!gate.test(s)) return out;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

const STICKY = new WeakMap<RegExp, RegExp>();

/**
 * Matches of `re` that start at most `back` characters before an occurrence of `cue` (global), the
 * leftmost first, as matchAll would give them when every match holds the cue that far from its start.
 * A rare pattern then costs a scan for its cue word, not a full regex pass over every position.
 */
export function* scanNear(s: string, re: RegExp, cue: RegExp, back: number): Generator<RegExpExecArray> {
  let sticky = STICKY.get(re);
  if (!sticky) STICKY.set(re, (sticky = new RegExp(re.source, 'y')));
  cue.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = cue.exec(s))) {
    let found: RegExpExecArray | null = null;
    for (let i = Math.max(from, m.index - back); i <= m.index && !found; i++) {
      sticky.lastIndex = i;
      found = sticky.exec(s);
    }
    if (found) {
      yield found;
      from = found.index + found[0].length;
      if (cue.lastIndex < from) cue.lastIndex = from;
    } else if (m[0].length === 0) cue.lastIndex++;
  }
}

/**
 * Matches of `re`, a pattern that opens with PRE (no letter or digit before it, then at most two clitic
 * letters), as scan(s, re, gate) gives them, found from the words a match can open with (`leads`, from
 * leadWords): a match's first word stands at most two characters after its start, and no match starts
 * inside a word, so a scan for those words misses none. The engine then skips the lookbehind and the
 * optional prefix at every position of the text.
 */
export function scanFromLeads(s: string, re: RegExp, leads: RegExp, gate?: RegExp): Iterable<RegExpExecArray> {
  return !gate || gate.test(s) ? scanNear(s, re, leads, 2) : [];
}

/**
 * The first words of regex alternations («كانون\\s*الثاني|مارس» → كانون, مارس) as one global regex,
 * for scanFromLeads. '\\d' stands for a number. Throws on an alternative that opens with regex syntax.
 */
export function leadWords(...alternations: string[]): RegExp {
  const words = new Set<string>();
  for (const alt of alternations.flatMap((a) => a.split('|'))) {
    if (alt === '\\d') { words.add(alt); continue; }
    const w = /^[\u0621-\u064A]+/.exec(alt)?.[0];
    if (!w || !/^(?:$|\\s)/.test(alt.slice(w.length))) throw new Error(`leadWords: "${alt}" does not open with a word`);
    words.add(w);
  }
  // Longest first, so that the cue takes a whole word where two leads share a start.
  return new RegExp([...words].sort((a, b) => b.length - a.length).join('|'), 'g');
}

/** Start of the match after its clitic prefix group `p`. */
export function coreStart(m: RegExpMatchArray): number {
  return m.index! + (m.groups?.p?.length ?? 0);
}

/** The `n` characters of normalized text before offset i. */
export function before(ctx: Ctx, i: number, n = 24): string {
  return ctx.s.slice(Math.max(0, i - n), i);
}
