/**
 * Holidays and seasons: «عيد الفطر», «عيد الأضحى 1445», «ليلة القدر», «المولد النبوي», «عيد الميلاد»,
 * «رأس السنة الميلادية», «صيف 2023», «الصيف المقبل». A Hijri holiday is a day of the Umm al-Qura
 * calendar (calendar hijri); without a year it is the occurrence nearest the reference date (the news
 * convention: the Eid being prepared for or just celebrated), or the next/last one with المقبل/الماضي.
 * A Gregorian year after a Hijri holiday («عيد الفطر 2024») names the one that falls in that year.
 * The holiday's name for the hover card comes from holidayAt() (format.ts), not from the span.
 */
import type { Cand, Ctx } from './candidate';
import { before, coreStart, scanNear } from './candidate';
import { isoMonth, isoYmd, isValidDay, refHijri } from './calendar';
import { END, GREG_SUFFIX, HIJRI_SUFFIX, LN, MOD, PRE, modDirection } from './patterns';
import { hijriDay } from './resolve';
import { HOLIDAYS, type Holiday } from './holiday-table';

export { HOLIDAYS };

const HOLIDAY = new RegExp(
  PRE +
    `(?<h>${HOLIDAYS.map((h, i) => `(?<h${i}>${h.re})`).join('|')})` +
    `(?:\\s*[،,]?\\s*(?:(?:ل|من\\s+)?(?:عام|العام|سنه)\\s*)?(?<y>\\d{4})(?:\\s*(?:(?<hs>${HIJRI_SUFFIX})|(?<gs>${GREG_SUFFIX}))(?![${LN}]))?)?` +
    `(?:\\s+(?<mod>${MOD}))?` +
    END,
  'g',
);
/** A word in every holiday pattern, at most 8 characters from its start (يوم عرفة, العام الهجري). */
const HOLIDAY_CUE = /عيد\s+ال|عرف|ليله\s+(?:ال|راس)|راس\s+السنه|الهجري|المولد\s+النبوي|عاشوراء|الاسراء/g;
/** "عيد الفطر من كل عام", "كل عيد ميلاد": a recurrence, not a date. */
const EVERY = /^\s*(?:من\s+)?(?:كل\s+(?:عام|سنه)|سنويا)/;

/** Gregorian day of a Hijri holiday in Hijri year y. */
function hijriHoliday(y: number, h: Holiday): string | null {
  return hijriDay(y, h.month, h.day);
}

/** The occurrence of a holiday nearest ref (or the next / last one). */
export function occurrence(ctx: Ctx, h: Holiday, dir: 'past' | 'future' | 'this' | 'nearest'): string | null {
  const t = ctx.ref.getTime();
  const base = h.cal === 'hijri' ? refHijri(ctx.ref)?.year : ctx.ref.getUTCFullYear();
  if (base === undefined) return null;
  if (dir === 'this') return h.cal === 'hijri' ? hijriHoliday(base, h) : isoYmd(base, h.month, h.day);
  let best: string | null = null;
  let bestDist = Infinity;
  for (const y of [base - 1, base, base + 1]) {
    const iso = h.cal === 'hijri' ? hijriHoliday(y, h) : isoYmd(y, h.month, h.day);
    if (!iso) continue;
    const diff = Date.parse(iso) - t;
    if ((dir === 'past' && diff >= 0) || (dir === 'future' && diff < 0)) continue;
    if (Math.abs(diff) < bestDist) [best, bestDist] = [iso, Math.abs(diff)];
  }
  return best;
}

/** The day of a Hijri holiday that falls in Gregorian year gy (the first if two do). */
function inGregorianYear(h: Holiday, gy: number): string | null {
  const guess = Math.round((gy - 622) * 1.0307);
  for (const y of [guess - 1, guess, guess + 1, guess + 2]) {
    const iso = hijriHoliday(y, h);
    if (iso?.startsWith(String(gy))) return iso;
  }
  return null;
}

const SEASONS: Record<string, [number, string, string]> = {
  'ربيع': [3, 'الربيع', 'spring'], 'صيف': [6, 'الصيف', 'summer'], 'خريف': [9, 'الخريف', 'autumn'], 'شتاء': [12, 'الشتاء', 'winter'],
};
/** صيف 2023, الصيف المقبل, هذا الصيف. Winter with a year is left alone: it spans two years. */
const SEASON = new RegExp(
  PRE + `(?:(?<s>صيف|خريف|ربيع)\\s+(?:(?:عام|العام|سنه)\\s*)?(?<y>\\d{4})|(?:ال)(?<s2>صيف|شتاء|خريف|ربيع)\\s+(?<mod>${MOD})|(?<this>هذا)\\s+ال(?<s3>صيف|شتاء|خريف|ربيع))` + END,
  'g',
);

function season(ref: Date, start: number, dir: 'past' | 'future' | 'this' | 'nearest'): string {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  // Months counted from the season's start: [start, start + 3).
  const k = y * 12 + m - 1;
  let sy = y;
  if (dir === 'future') sy = start > m ? y : y + 1;
  else if (dir === 'past') sy = k >= y * 12 + start - 1 + 3 ? y : y - 1;
  else if (start === 12 && m <= 2) sy = y - 1;
  const a = isoMonth(sy, start);
  const [ey, em] = start + 3 > 12 ? [sy + 1, start + 3 - 12] : [sy, start + 3];
  return `${a}/${isoMonth(ey, em)}`;
}

const ORTHODOX = /اقباط|قبطي|ارثوذكس|تواضروس/;
const COPTIC = HOLIDAYS.findIndex((h) => h.en === 'Orthodox Christmas');

/** The sentence holding position `i` (of the full text when ctx is a window), at most 160 characters each way. */
function sentenceAround(ctx: Ctx, i: number): string {
  const s = ctx.full ?? ctx.s;
  const at = ctx.toFull ? ctx.toFull(i) : i;
  const left = s.slice(Math.max(0, at - 160), at);
  const right = s.slice(at, at + 160);
  const a = Math.max(left.lastIndexOf('.'), left.lastIndexOf('\n'), left.lastIndexOf('\u0000'));
  const b = right.search(/[.\n\u0000]/);
  return left.slice(a + 1) + (b < 0 ? right : right.slice(0, b));
}

export function holidays(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  for (const m of scanNear(ctx.s, HOLIDAY, HOLIDAY_CUE, 8)) {
    const g = m.groups!;
    let i = HOLIDAYS.findIndex((_, k) => g[`h${k}`] !== undefined);
    let h = HOLIDAYS[i]!;
    // «عيد الميلاد» in a sentence about the Coptic or Orthodox church is theirs, on 7 January.
    if (h.en === 'Christmas' && ORTHODOX.test(sentenceAround(ctx, m.index!))) {
      i = COPTIC;
      h = HOLIDAYS[i]!;
    }
    const e = m.index! + m[0].length;
    if (!g.y && EVERY.test(ctx.s.slice(e, e + 16))) continue;
    if (/(?:^|\s)كل\s+$/.test(before(ctx, m.index!, 6))) continue;
    let value: string | null;
    if (g.y) {
      const y = Number(g.y);
      if (h.cal === 'hijri') value = g.gs || y >= 1900 ? inGregorianYear(h, y) : hijriHoliday(y, h);
      else value = g.hs || !isValidDay(y, h.month, h.day) ? null : isoYmd(y, h.month, h.day);
    } else {
      value = occurrence(ctx, h, modDirection(g.mod));
    }
    if (value) out.push({ s: coreStart(m), e, kind: 'date', value, cal: h.cal, holiday: i });
  }
  for (const m of scanNear(ctx.s, SEASON, /صيف|شتاء|خريف|ربيع|هذا/g, 4)) {
    const g = m.groups!;
    const [start] = SEASONS[(g.s ?? g.s2 ?? g.s3)!]!;
    let value: string;
    if (g.y) {
      const y = Number(g.y);
      if (y >= 1300 && y < 1500) continue; // «صيف 1434»: a Hijri year, and seasons are solar
      value = `${isoMonth(y, start)}/${isoMonth(y, start + 3)}`;
    } else {
      value = season(ctx.ref, start, g.this ? 'this' : modDirection(g.mod));
    }
    out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'date', value, cal: 'gregorian' });
  }
  return out;
}
