/**
 * Ordinal parts of a period: «أول خميس من نوفمبر», «الجمعة الأخيرة من رمضان», «الأسبوع الأول من الشهر
 * الجاري», «آخر يوم من العام», «ثاني أيام عيد الفطر», «العشر الأواخر من رمضان». The words before the
 * period are an 'edge' candidate; join.ts applies it to the date that follows (applyEdge). A bare
 * العام / الشهر / العيد after the edge is the current one, read here.
 */
import type { Cand, Ctx, Edge } from './candidate';
import { coreStart, scanNear } from './candidate';
import { addDays, isoDay, parseIsoDay } from './calendar';
import { END, MOD, PRE } from './patterns';
import { HOLIDAYS, occurrence } from './holidays';

const WDS: Record<string, number> = { 'احد': 0, 'اثنين': 1, 'ثلاثاء': 2, 'ثلاثا': 2, 'اربعاء': 3, 'اربعا': 3, 'خميس': 4, 'جمعه': 5, 'سبت': 6 };
const NTH: Record<string, number> = {
  'اول': 1, 'الاول': 1, 'الاولي': 1, 'ثاني': 2, 'الثاني': 2, 'الثانيه': 2, 'ثالث': 3, 'الثالث': 3, 'الثالثه': 3,
  'رابع': 4, 'الرابع': 4, 'الرابعه': 4, 'اخر': -1, 'الاخير': -1, 'الاخيره': -1, 'الاواخر': -1, 'الاوايل': 1,
};
const WD_WORD = '(?<wd>احد|اثنين|ثلاثاء|ثلاثا|اربعاء|اربعا|خميس|جمعه|سبت)';
const OF = '\\s+(?:من|في)\\s+';

const EDGE = new RegExp(
  PRE +
    '(?:' +
    `(?:ال)?اسبوع\\s+(?<wo>الاول|الثاني|الثالث|الرابع|الاخير)${OF}` +
    `|(?<wo2>اول|ثاني|ثالث|رابع|اخر)\\s+اسبوع${OF}` +
    `|(?<do>اول|ثاني|ثالث|رابع|اخر)\\s+(?:يوم\\s+)?${WD_WORD}${OF}` +
    // «الجمعة الثانية»: feminine, so not «the 2nd of»; the masculine ordinals after a weekday are days.
    `|ال(?<wd2>احد|اثنين|ثلاثاء|ثلاثا|اربعاء|اربعا|خميس|جمعه|سبت)\\s+(?<do2>الاخير|الاخيره)${OF}|الجمعه\\s+(?<do3>الاولي|الثانيه|الثالثه|الرابعه)${OF}` +
    `|(?:(?<yo>اول|اخر)\\s+يوم|اليوم\\s+(?<yo2>الاول|الاخير))${OF}` +
    `|العشر\\s+(?<to>الاواخر|الاوايل|الاولي|الاخيره)\\s+(?:من\\s+)?` +
    `|(?<ho>اول|ثاني|ثالث|رابع|اخر)\\s+ايام\\s+` +
    ')' +
    `(?:(?<bare>العام|السنه|الشهر|العيد)(?!\\s+(?:${MOD}|\\d|الهجري|الفطر|الاضحي))${END})?`,
  'g',
);
/** The first two words of every edge pattern, at most 4 characters (a clitic, an article) from its start. */
const EDGE_CUE = /اسبوع\s|(?:اول|ثاني|ثالث|رابع|اخر)\s+(?:يوم|ايام|احد|اثنين|ثلاثا|اربعا|خميس|جمعه|سبت)|(?:احد|اثنين|ثلاثا|اربعا|خميس|جمعه|سبت)\S{0,2}\s+ال(?:اخير|اولي|ثاني|ثالث|رابع)|اليوم\s+الا|العشر\s+الا/g;

function edgeOf(g: Record<string, string | undefined>): Edge | null {
  const wo = g.wo ?? g.wo2;
  if (wo) return { unit: 'week', n: NTH[wo]! };
  const d = g.do ?? g.do2 ?? g.do3;
  if (d) return { unit: 'wd', n: NTH[d]!, wd: g.do3 ? 5 : WDS[g.wd ?? g.wd2!]! };
  const y = g.yo ?? g.yo2;
  if (y) return { unit: 'day', n: NTH[y]! };
  if (g.to) return { unit: 'ten', n: NTH[g.to] ?? (g.to === 'الاخيره' ? -1 : 1) };
  if (g.ho) return { unit: 'nth', n: NTH[g.ho]! };
  return null;
}

/** First day and end (exclusive) of a value: year, month, day, or an interval of those. */
function span(value: string): [Date, Date] | null {
  const [a, b] = value.split('/');
  const start = (v: string): Date | null => (/^\d{4}(?:-\d{2}){0,2}$/.test(v) ? parseIsoDay(v) : null);
  const s = start(a!);
  if (!s) return null;
  if (b !== undefined) {
    const e = start(b);
    return e ? [s, e] : null;
  }
  if (/^\d{4}$/.test(a!)) return [s, new Date(Date.UTC(s.getUTCFullYear() + 1, 0, 1))];
  if (/^\d{4}-\d{2}$/.test(a!)) return [s, new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1))];
  return [s, addDays(s, 1)];
}

const DAY_MS = 86400000;

/** The part of `target` the edge names, or null when it does not fit (a week of a day). */
export function applyEdge(edge: Edge, target: Cand): string | null {
  const b = span(target.value);
  if (!b) return null;
  const [s, e] = b;
  const days = Math.round((e.getTime() - s.getTime()) / DAY_MS);
  const day = (d: Date): string | null => (d >= s && d < e ? isoDay(d) : null);
  switch (edge.unit) {
    case 'week': {
      if (days < 28) return null;
      const a = edge.n === -1 ? addDays(e, -7) : addDays(s, 7 * (edge.n - 1));
      return day(a) && `${isoDay(a)}/${isoDay(addDays(a, 7))}`;
    }
    case 'wd': {
      if (days < 28) return null;
      if (edge.n === -1) {
        const last = addDays(e, -1);
        return day(addDays(last, -((last.getUTCDay() - edge.wd! + 7) % 7)));
      }
      return day(addDays(s, ((edge.wd! - s.getUTCDay() + 7) % 7) + 7 * (edge.n - 1)));
    }
    case 'day':
      return days < 28 ? null : day(edge.n === -1 ? addDays(e, -1) : s);
    case 'ten': {
      if (days < 28 || days > 31) return null;
      const a = edge.n === -1 ? addDays(s, 20) : s;
      return `${isoDay(a)}/${isoDay(edge.n === -1 ? e : addDays(s, 10))}`;
    }
    case 'nth':
      // «ثاني أيام عيد الفطر»: counted from the holiday; «أول أيام رمضان»: from the month's first day.
      if (target.holiday !== undefined) return edge.n > 0 ? isoDay(addDays(s, edge.n - 1)) : null;
      if (days < 28) return null;
      return day(edge.n === -1 ? addDays(e, -1) : addDays(s, edge.n - 1));
  }
}

const EIDS = [0, 1]; // HOLIDAYS indexes of عيد الفطر and عيد الأضحى

export function edges(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  for (const m of scanNear(ctx.s, EDGE, EDGE_CUE, 4)) {
    const g = m.groups!;
    const edge = edgeOf(g);
    if (!edge) continue;
    const s = coreStart(m);
    const e = m.index! + m[0].length;
    if (!g.bare) {
      out.push({ s, e, kind: 'edge', value: '', cal: 'gregorian', edge });
      continue;
    }
    const y = ctx.ref.getUTCFullYear();
    let target: Cand;
    if (g.bare === 'العيد') {
      if (edge.unit !== 'nth') continue;
      // The Eid nearest the reference date, of the two.
      const near = EIDS.map((i) => [i, occurrence(ctx, HOLIDAYS[i]!, 'nearest')] as const)
        .filter((x): x is readonly [number, string] => x[1] !== null)
        .sort((a, b) => Math.abs(Date.parse(a[1]) - ctx.ref.getTime()) - Math.abs(Date.parse(b[1]) - ctx.ref.getTime()))[0];
      if (!near) continue;
      target = { s, e, kind: 'date', value: near[1], cal: 'hijri', holiday: near[0] };
    } else {
      const value = g.bare === 'الشهر' ? isoDay(ctx.ref).slice(0, 7) : String(y);
      target = { s, e, kind: 'date', value, cal: 'gregorian' };
    }
    const value = applyEdge(edge, target);
    if (value) out.push({ s, e, kind: 'date', value, cal: target.cal });
  }
  return out;
}
