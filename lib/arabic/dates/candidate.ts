/** What each date recognizer proposes, in normalized-text offsets, before overlaps are settled. */
export interface Cand {
  s: number;
  e: number;
  /** 'date' is emitted; 'time' (clock) and 'part' (مساء) only attach to an adjacent date. */
  kind: 'date' | 'time' | 'part';
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
  /** A week interval (الأسبوع المقبل): a weekday beside it falls inside it. */
  week?: boolean;
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

/** Matches of `re` in `s`, skipping the scan when a cheap test says none can occur. */
export function scan(s: string, re: RegExp, gate: RegExp): Iterable<RegExpMatchArray> {
  return gate.test(s) ? s.matchAll(re) : [];
}

/** Start of the match after its clitic prefix group `p`. */
export function coreStart(m: RegExpMatchArray): number {
  return m.index! + (m.groups?.p?.length ?? 0);
}

/** The `n` characters of normalized text before offset i. */
export function before(ctx: Ctx, i: number, n = 24): string {
  return ctx.s.slice(Math.max(0, i - n), i);
}
