/**
 * Settling overlaps and joining neighbours into one date: a Hijri date and its Gregorian equivalent
 * («… هـ الموافق … م», the Gregorian side wins), a part of the day and its day (مساء الخميس), a date and
 * its clock time (either order), and a part-of-period word before a month or year (مطلع مارس).
 */
import type { Cand, Ctx } from './candidate';
import { LETTER, PART, partOf } from './patterns';
import { applyPart } from './resolve';
import { addDays, isoDay, parseIsoDay } from './calendar';

/** Longest candidates first; a candidate overlapping one already taken is dropped. */
export function select(cands: Cand[]): Cand[] {
  const sorted = [...cands].sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
  const taken: Cand[] = [];
  for (const c of sorted) if (!taken.some((t) => c.s < t.e && c.e > t.s)) taken.push(c);
  return taken.sort((a, b) => a.s - b.s);
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

function withTime(date: Cand, time: Cand, s: number, e: number, pmHint: boolean | null | undefined): Cand {
  let h = time.hour!;
  if (time.pm == null && pmHint === true && h < 12) h += 12;
  const v = `${date.value}T${String(h).padStart(2, '0')}:${String(time.minute!).padStart(2, '0')}`;
  return { s, e, kind: 'date', value: v, cal: date.cal };
}

function nearestWeekday(iso: string, wd: number): string {
  const d = parseIsoDay(iso);
  const diff = ((wd - d.getUTCDay() + 10) % 7) - 3; // -3..3
  return isoDay(addDays(d, diff));
}

export function join(ctx: Ctx, chosen: Cand[]): Cand[] {
  const out: Cand[] = [];
  let pmHint: boolean | null | undefined;
  for (const c of chosen) {
    const last = out[out.length - 1];
    const gap = last ? ctx.s.slice(last.e, c.s) : '';
    // "أمس الاثنين", "غدا (الأربعاء)": one day; the weekday names it, so take the day with that
    // weekday nearest the relative one (robust to a publication date off by a day).
    if (last && last.kind === 'date' && c.kind === 'date' && last.deictic && c.weekday !== undefined && APPOSITION_GAP.test(gap)) {
      out[out.length - 1] = { s: last.s, e: c.e, kind: 'date', value: nearestWeekday(last.value, c.weekday), cal: 'gregorian' };
      continue;
    }
    // "الأسبوع المقبل الاثنين", "الجمعة من الأسبوع المقبل": that weekday of that week.
    if (last && last.kind === 'date' && c.kind === 'date' && ((last.week && c.weekday !== undefined && APPOSITION_GAP.test(gap)) || (last.weekday !== undefined && c.week && WEEK_OF_GAP.test(gap)))) {
      const [week, wd] = last.week ? [last, c.weekday!] : [c, last.weekday!];
      const monday = parseIsoDay(week.value.slice(0, 10));
      out[out.length - 1] = { s: last.s, e: c.e, kind: 'date', value: isoDay(addDays(monday, (wd + 6) % 7)), cal: 'gregorian' };
      continue;
    }
    // "يوم الأحد الموافق 8 ذي القعدة": the explicit date decides.
    if (last && last.kind === 'date' && c.kind === 'date' && last.weekday !== undefined && c.weekday === undefined && !c.deictic && EQUIV_GAP.test(gap)) {
      out[out.length - 1] = { s: last.s, e: c.e, kind: 'date', value: c.value, cal: c.cal };
      continue;
    }
    if (last && last.kind === 'date' && c.kind === 'date' && last.cal !== c.cal && EQUIV_GAP.test(gap)) {
      const greg = last.cal === 'gregorian' ? last : c;
      out[out.length - 1] = { s: last.s, e: c.e, kind: 'date', value: greg.value, cal: 'gregorian' };
      continue;
    }
    if (last && last.kind === 'date' && c.kind === 'date' && /الموافق/.test(gap) && EQUIV_GAP.test(gap)) {
      out[out.length - 1] = { s: last.s, e: c.e, kind: 'date', value: c.value, cal: c.cal };
      continue;
    }
    // "من 2 أكتوبر إلى 22 أكتوبر", "بين 4 سبتمبر و8 سبتمبر": one interval, end exclusive.
    if (last && last.kind === 'date' && c.kind === 'date' && DAY.test(last.value) && DAY.test(c.value) && last.value < c.value && RANGE_GAP.test(gap)) {
      const w = RANGE_FROM.exec(ctx.s.slice(Math.max(0, last.s - 6), last.s))?.groups?.w;
      const sep = gap.trim();
      if ((sep === 'و' && w === 'بين') || (sep !== 'و' && (w || sep === '-' || sep === '–'))) {
        out[out.length - 1] = { s: last.s, e: c.e, kind: 'date', value: `${last.value}/${isoDay(addDays(parseIsoDay(c.value), 1))}`, cal: last.cal };
        continue;
      }
    }
    if (last && last.kind === 'part' && c.kind === 'date' && PART_DATE_GAP.test(gap)) {
      pmHint = last.pm;
      out[out.length - 1] = { ...c, s: last.s };
      continue;
    }
    if (last && last.kind === 'date' && c.kind === 'time' && DAY.test(last.value) && DATE_TIME_GAP.test(gap)) {
      out[out.length - 1] = withTime(last, c, last.s, c.e, pmHint);
      continue;
    }
    if (last && last.kind === 'time' && c.kind === 'date' && DAY.test(c.value) && TIME_DATE_GAP.test(gap)) {
      out[out.length - 1] = withTime(c, last, last.s, c.e, undefined);
      continue;
    }
    if (last && last.kind === 'part' && c.kind === 'time' && PART_DATE_GAP.test(gap + ' ')) {
      out.pop();
    }
    pmHint = undefined;
    if (c.kind === 'date' && c.cal === 'gregorian' && /^\d{4}(?:-\d{2})?$/.test(c.value)) {
      const from = Math.max(0, c.s - 16);
      const m = PART_BEFORE.exec(ctx.s.slice(from, c.s));
      if (m) {
        out.push({ ...c, s: from + m.indices!.groups!.part![0], value: applyPart(c.value, partOf(m.groups!.part!)) });
        continue;
      }
    }
    out.push(c);
  }
  // A merge across "(" keeps its ")" ("أمس (الأحد)").
  for (const c of out) {
    const inner = ctx.s.slice(c.s, c.e);
    if ((inner.match(/\(/g)?.length ?? 0) > (inner.match(/\)/g)?.length ?? 0) && ctx.s[c.e] === ')') c.e++;
  }
  return out;
}
