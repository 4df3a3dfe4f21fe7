/**
 * Settling overlaps and joining neighbours into one date: a Hijri date and its Gregorian equivalent
 * («… هـ الموافق … م», the Gregorian side wins), a part of the day and its day (مساء الخميس), a date and
 * its clock time (either order), and a part-of-period word before a month or year (مطلع مارس).
 */
import type { Cand, Ctx } from './candidate';
import { LETTER, PART, partOf } from './patterns';
import { applyPart, monthValue, weekInterval } from './resolve';
import { applyEdge } from './edges';
import { futureContext } from './relative';
import { addDays, isValidDay, isoDay, parseIsoDay } from './calendar';

/** Longest candidates first; a candidate overlapping one already taken is dropped. */
export function select(cands: Cand[]): Cand[] {
  const sorted = [...cands].sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
  const taken: Cand[] = []; // kept sorted by start: a candidate only needs checking against its neighbours
  for (const c of sorted) {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.s < c.s) lo = mid + 1;
      else hi = mid;
    }
    const prev = taken[lo - 1];
    const next = taken[lo];
    if ((prev && prev.e > c.s) || (next && next.s < c.e)) continue;
    taken.splice(lo, 0, c);
  }
  return taken;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const APPOSITION_GAP = /^\s*[(،,\-–]?\s*(?:يوم\s+)?$/;
const WEEK_OF_GAP = /^\s+(?:من|في)\s+$/;
const RANGE_GAP = /^\s*(?:-|–|الي|حتي|لغايه|ولغايه|و)\s*$/;
const RANGE_FROM = /(?:^|[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FFA-Za-z])(?<w>من|بين)\s+$/;
const EQUIV_GAP = /^\s*[(\[،,\-–/|]?\s*(?:(?:[وف]?(?:ال)?موافق(?:ه)?|يوافق|وفق)(?:\s*ل)?\s*)?[(\[]?\s*$/;
const DATE_TIME_GAP = /^\s*[،,\-–]?\s*(?:و\s*)?(?:(?:في|عند|على|حوالي|نحو|قرابه)\s+)?$/;
const TIME_DATE_GAP = /^\s*[،,]?\s*(?:من\s+)?(?:يوم\s+)?$/;
const PART_DATE_GAP = /^\s+(?:من\s+)?(?:يوم\s+)?$/;
const PART_BEFORE = new RegExp(`(?:^|[^${LETTER}])[وفبل]{0,2}(?<part>${PART})\\s+(?:شهر\\s+)?$`, 'd');

const SCHEDULE_BEFORE = /(?:^|[^\u0621-\u064A])[وف]?(?:من|منذ|حتي|الي|لغايه|ولغايه|بعد|قبل)\s+(?:(?:ال)?ساعه\s+)?$/;
const SCHEDULE_AFTER = /^\s*[،,]?\s*(?:و?(?:حتي|الي|لغايه)|-|–)\s/;
const CLOCK_TAIL = /T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?$/;

/**
 * A time with no date beside it («الساعة الثالثة عصراً», «عند منتصف الليل») is of the reference day,
 * unless its sentence names another date (then the day is unknown and it is left out). Midnight in a
 * sentence about the future is the coming one.
 */
function timesAlone(ctx: Ctx, out: Cand[]): void {
  const text = ctx.s;
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.kind !== 'time' || !t.alone) continue;
    let a = t.s;
    while (a > 0 && t.s - a < 200 && !/[.!؟?\n]/.test(text[a - 1]!)) a--;
    let b = t.e;
    while (b < text.length && b - t.e < 200 && !/[.!؟?\n]/.test(text[b]!)) b++;
    if (out.some((o) => o !== t && (o.kind === 'date' || o.kind === 'edge') && o.s < b && o.e > a)) continue;
    // Opening hours and schedules («من التاسعة صباحا حتى منتصف الليل», «يوميا»): no one day.
    if (SCHEDULE_BEFORE.test(text.slice(Math.max(0, t.s - 12), t.s)) || SCHEDULE_AFTER.test(text.slice(t.e, t.e + 14)) || /يوميا|كل\s+(?:يوم|ليله|صباح|مساء)|ساعات\s+العمل|الدوام/.test(text.slice(a, b))) continue;
    const day = t.midnight && futureContext(ctx, t.s, t.e) ? addDays(ctx.ref, 1) : ctx.ref;
    const value = `${isoDay(day)}T${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}${t.zone ?? ''}`;
    out[i] = { ...t, kind: 'date', value };
  }
}

function withTime(date: Cand, time: Cand, s: number, e: number, pmHint: boolean | null | undefined): Cand {
  let h = time.hour!;
  if (time.pm == null && pmHint === true && h < 12) h += 12;
  const v = `${date.value}T${String(h).padStart(2, '0')}:${String(time.minute!).padStart(2, '0')}${time.zone ?? ''}`;
  return { ...date, s, e, value: v };
}

function nearestWeekday(iso: string, wd: number): string {
  const d = parseIsoDay(iso.slice(0, 10)); // a day with a time joined already ("الثامنة من صباح يوم غد")
  const diff = ((wd - d.getUTCDay() + 10) % 7) - 3; // -3..3
  return isoDay(addDays(d, diff));
}

/** Two adjacent dates that are one: apposition, weekday of a week, «الموافق» equivalents, a range. */
function joinDates(ctx: Ctx, last: Cand, c: Cand, gap: string): Cand | null {
  // "أمس الاثنين", "غدا (الأربعاء)": one day; the weekday names it, so take the day with that
  // weekday nearest the relative one (robust to a publication date off by a day).
  if (last.deictic && c.weekday !== undefined && APPOSITION_GAP.test(gap)) return merged(last, c, nearestWeekday(last.value, c.weekday), 'gregorian');
  // "الأسبوع المقبل الاثنين", "الجمعة من الأسبوع المقبل": that weekday of that week.
  if ((last.week && c.weekday !== undefined && APPOSITION_GAP.test(gap)) || (last.weekday !== undefined && c.week && WEEK_OF_GAP.test(gap))) {
    const [week, wd] = last.week ? [last, c.weekday!] : [c, last.weekday!];
    return merged(last, c, isoDay(addDays(parseIsoDay(week.value.slice(0, 10)), (wd + 6) % 7)), 'gregorian');
  }
  // "أمس الأحد 12 مارس 2023": the written date names the same day and decides.
  if (last.deictic && !c.rel && DAY.test(c.value.slice(0, 10)) && APPOSITION_GAP.test(gap)) return merged(last, c, c.value, c.cal);
  // "يوم الأحد الموافق 8 ذي القعدة", "الثلاثاء المقبل الموافق الأول من مارس": the explicit date decides.
  if (!c.rel && EQUIV_GAP.test(gap) && (last.weekday !== undefined || (last.rel && /موافق/.test(gap)))) return merged(last, c, c.value, c.cal);
  // «… هـ الموافق … م»: one date, the Gregorian side wins. Only explicit dates pair up.
  if (!last.rel && !c.rel && last.holiday === undefined && c.holiday === undefined && grain(last.value) === grain(c.value) && EQUIV_GAP.test(gap) && (last.cal !== c.cal || /الموافق/.test(gap))) {
    const greg = c.cal === 'gregorian' ? c : last;
    return merged(last, c, greg.value, greg.cal);
  }
  // "من 2 أكتوبر إلى 22 أكتوبر", "بين 4 سبتمبر و8 سبتمبر": one interval, end exclusive.
  // "21 نوفمبر إلى 18 ديسمبر 2022": the start takes the end's year.
  let first = last.value;
  if (last.yearless && !c.yearless && DAY.test(first) && DAY.test(c.value)) {
    first = c.value.slice(0, 4) + first.slice(4);
    if (first > c.value) first = String(Number(c.value.slice(0, 4)) - 1) + first.slice(4);
  }
  if (DAY.test(first) && DAY.test(c.value) && first < c.value && RANGE_GAP.test(gap)) {
    const w = RANGE_FROM.exec(ctx.s.slice(Math.max(0, last.s - 6), last.s))?.groups?.w;
    const sep = gap.trim();
    if ((sep === 'و' && w === 'بين') || (sep !== 'و' && (w || sep === '-' || sep === '–'))) {
      return merged(last, c, `${first}/${isoDay(addDays(parseIsoDay(c.value), 1))}`, last.cal);
    }
  }
  return null;
}

/** Day (with or without a time) or a longer period: only dates of one grain are equivalents. */
function grain(v: string): 'day' | 'period' {
  return /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(v) ? 'day' : 'period';
}

/** One date spanning a..b; a part-of-day hint (مساء) on either side is kept for a later clock time. */
function merged(a: Cand, b: Cand, value: string, cal: Cand['cal']): Cand {
  // A clock time already joined to one side stays with the day ("الساعة 10 من يوم السبت الموافق 18/11").
  const time = CLOCK_TAIL.exec(a.value)?.[0] ?? CLOCK_TAIL.exec(b.value)?.[0];
  if (time && DAY.test(value)) value += time;
  return { s: a.s, e: b.e, kind: 'date', value, cal, pm: a.pm ?? b.pm };
}

/** A clock time just before the last date ("الساعة 10:00 من صباح يوم السبت …") joins it. */
function attachTime(ctx: Ctx, out: Cand[]): void {
  const d = out[out.length - 1];
  const t = out[out.length - 2];
  if (d?.kind === 'date' && t?.kind === 'time' && DAY.test(d.value) && TIME_DATE_GAP.test(ctx.s.slice(t.e, d.s))) {
    out.splice(out.length - 2, 2, withTime(d, t, t.s, d.e, d.pm));
  }
}

/**
 * «يصادف يوم عرفة الاثنين 19 يوليو», «صلاة عيد الفطر صباح الخميس 13 مايو»: the written date is the
 * date; the holiday beside it (same clause, a few words away) names the occasion, not a second date.
 */
function dropHolidaysBesideDates(ctx: Ctx, out: Cand[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const h = out[i]!;
    if (h.holiday === undefined || h.kind !== 'date') continue;
    if (writtenDateBeside(ctx.s, h, out[i - 1]) || writtenDateBeside(ctx.s, h, out[i + 1])) out.splice(i, 1);
  }
}

const SENTENCE_END = /[.!؟?\n]/;
/** A plain date within 30 characters of holiday `h`, in the same sentence. (A module function, not a
 * closure per holiday: this runs for every candidate of every text.) */
function writtenDateBeside(s: string, h: Cand, o: Cand | undefined): boolean {
  if (!o || o.kind !== 'date' || o.holiday !== undefined) return false;
  const between = o.s >= h.e ? s.slice(h.e, o.s) : s.slice(o.e, h.s);
  return between.length <= 30 && !SENTENCE_END.test(between);
}

/** How far back (normalized characters) an anaphoric date looks for the date it counts from. */
const ANTECEDENT_REACH = 300;

/** «في 12 مارس … في اليوم التالي»: the anaphor counted from the latest date before it, at its grain. */
function resolveAnaphor(out: Cand[], c: Cand): string | null {
  const { unit, n, month: inMonth, day: inDay } = c.anaphor!;
  for (let i = out.length - 1; i >= 0; i--) {
    const a = out[i]!;
    if (c.s - a.e > ANTECEDENT_REACH) return null;
    if (a.kind !== 'date') continue;
    const v = a.value;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0];
    const month = /^\d{4}-\d{2}/.exec(v)?.[0];
    if (v.includes('/') && unit !== 'y') return null; // an interval: no single day to count from
    if (unit === 'd') return day ? isoDay(addDays(parseIsoDay(day), n)) : null;
    if (unit === 'w') return day ? weekInterval(parseIsoDay(day), n) : null;
    if (inDay !== undefined) return month && isValidDay(Number(month.slice(0, 4)), Number(month.slice(5, 7)), inDay) ? `${month}-${String(inDay).padStart(2, '0')}` : null;
    if (inMonth !== undefined) return `${v.slice(0, 4)}-${String(inMonth).padStart(2, '0')}`;
    if (unit === 'm') return month ? monthValue(Number(month.slice(0, 4)), Number(month.slice(5, 7)), n) : null;
    return String(Number(v.slice(0, 4)) + n);
  }
  return null;
}

export function join(ctx: Ctx, chosen: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let c of chosen) {
    if (c.anaphor) {
      const v = resolveAnaphor(out, c);
      // «العام نفسه» with no date before it names nothing.
      if (v === null && c.anaphor.n === 0) continue;
      c = { ...c, value: v ?? c.value };
    }
    let last = out[out.length - 1];
    let gap = last ? ctx.s.slice(last.e, c.s) : '';
    // «أول خميس من» + «نوفمبر المقبل»: the edge applied to the period after it, as one date.
    if (last?.kind === 'edge') {
      out.pop();
      const v = c.kind === 'date' && gap === '' ? applyEdge(last.edge!, c) : null;
      if (v) {
        out.push({ s: last.s, e: c.e, kind: 'date', value: v, cal: c.cal });
        continue;
      }
      last = out[out.length - 1];
      gap = last ? ctx.s.slice(last.e, c.s) : '';
    }
    const next = last && last.kind === 'date' && c.kind === 'date' ? joinDates(ctx, last, c, gap) : null;
    if (next) {
      out[out.length - 1] = next;
      attachTime(ctx, out);
      continue;
    }
    if (last && last.kind === 'part' && c.kind === 'date' && PART_DATE_GAP.test(gap)) {
      out[out.length - 1] = { ...c, s: last.s, pm: last.pm };
      attachTime(ctx, out);
      continue;
    }
    if (last && last.kind === 'date' && c.kind === 'time' && DAY.test(last.value) && DATE_TIME_GAP.test(gap)) {
      out[out.length - 1] = withTime(last, c, last.s, c.e, last.pm);
      continue;
    }
    if (last && last.kind === 'part' && c.kind === 'time' && PART_DATE_GAP.test(gap + ' ')) out.pop();
    if (c.kind === 'date' && c.cal === 'gregorian' && /^\d{4}(?:-\d{2})?$/.test(c.value)) {
      const from = Math.max(0, c.s - 16);
      const m = PART_BEFORE.exec(ctx.s.slice(from, c.s));
      if (m) {
        out.push({ ...c, s: from + m.indices!.groups!.part![0], value: applyPart(c.value, partOf(m.groups!.part!)) });
        attachTime(ctx, out);
        continue;
      }
    }
    out.push(c);
    attachTime(ctx, out);
  }
  dropHolidaysBesideDates(ctx, out);
  timesAlone(ctx, out);
  // A merge across "(" keeps its ")" ("أمس (الأحد)").
  for (const c of out) {
    const inner = ctx.s.slice(c.s, c.e);
    if ((inner.match(/\(/g)?.length ?? 0) > (inner.match(/\)/g)?.length ?? 0) && ctx.s[c.e] === ')') c.e++;
  }
  return out;
}
