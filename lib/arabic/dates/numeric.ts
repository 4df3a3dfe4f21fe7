/**
 * Numeric dates and years: dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy, yyyy/mm/dd, yyyy-mm-dd (any digit script,
 * direction marks already removed by normalization), m/yyyy, and years after عام/سنة or a preposition.
 * A four-digit year is required for full dates: two-part numbers are fractions, scores or ids.
 */
import type { Cand, Ctx } from './candidate';
import { before, coreStart, scan } from './candidate';
import { isoMonth, isoYmd, isValidDay } from './calendar';
import { END, GREG_SUFFIX, HIJRI_SUFFIX, LETTER, LN, PRE, partOf } from './patterns';
import { applyPart, hijriDay } from './resolve';
import { hijriYearInterval, refHijri } from './calendar';

const FULL = new RegExp(
  `(?<![\\d/.\\-:,٫])(?<a>\\d{1,4})(?<sp> ?)(?<sep>[/.\\-])\\k<sp>(?<b>\\d{1,2})\\k<sp>\\k<sep>\\k<sp>(?<c>\\d{1,4})` +
    `(?:\\s*(?:(?<hs>${HIJRI_SUFFIX})|(?<gs>${GREG_SUFFIX}))(?![${LN}]))?(?![\\d/\\-:]|[.,٫]\\d)`,
  'g',
);
const MONTH_YEAR = /(?<![\d/.\-:,٫])(?:(?<m>\d{1,2})(?<sep>[/\-])(?<y>\d{4})|(?<y2>\d{4})\/(?<m2>\d{1,2}))(?![\d/\-:]|[.,٫]\d)/g;
const YEAR_WORD = new RegExp(
  PRE + `(?:(?:عام|سنه|العام|السنه|عامي)\\s*)(?<y>\\d{4}|\\d{3})(?:\\s*/\\s*(?<y2>\\d{4}|\\d{2}))?(?:\\s*(?:(?<hs>${HIJRI_SUFFIX})|(?<gs>${GREG_SUFFIX})))?` + END,
  'g',
);
const YEAR_SUFFIXED = new RegExp(`(?<![\\d/.\\-:${LETTER}])(?<y>\\d{4}|\\d{3})\\s*(?:(?<hs>${HIJRI_SUFFIX})|(?<gs>${GREG_SUFFIX}))` + END, 'g');
const YEAR_PREP = new RegExp(
  PRE + '(?<prep>في|منذ|حتي|خلال|قبل|بعد|بحلول|مطلع|نهايه|اواخر|اوايل|منتصف|بدايه|مستهل)\\s+(?<y>(?:19|20)\\d{2})(?![\\d/\\-:%٪]|[.,٫]\\d)' + END,
  'g',
);
const PART_PREP = /^(?:مطلع|نهايه|اواخر|اوايل|منتصف|بدايه|مستهل)$/;
/** "في الستينيات من عمره": an age, not a decade. */
const AGE_AFTER = /^\s*(?:من\s+)?(?:عمر|العمر|سن)/;
/** Decades: "في السبعينيات" (of the 20th century unless the 21st is named). */
const DECADE = new RegExp(
  PRE + '(?<d>(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات))(?<c>\\s+(?:من\\s+)?القرن\\s+(?:الماضي|العشرين|الحادي\\s+والعشرين|الحالي))?' + END,
  'g',
);
const DECADES: Record<string, number> = { 'عشرين': 20, 'ثلاثين': 30, 'اربعين': 40, 'خمسين': 50, 'ستين': 60, 'سبعين': 70, 'ثمانين': 80, 'تسعين': 90 };

/** Words after a number that make it a count, not a year ("في 2000 منزل"). */
const COUNTED = /^\s*(?:[%٪]|(?:[وب]?(?:شخص|اشخاص|دولار|يورو|ريال|درهم|دينار|جنيه|ليره|مليون|مليار|الف|كيلو\S*|متر|مترا|طن|برميل|قتيل|جريح|منزل|مواطن|طالب|حاله|نسمه|عنصر|مقاتل|وحده|مشروع|سياره|ساعه|دقيقه|صاروخ|مره|بالميه|بالمائه|نقطه|سهم|عامل|موظف|لاجي|معتقل|اسير|جندي|مسلح|فرد|عائله|اسره|طفل|امراه|رجل|قطعه|قرص|جرعه|صوت|مقعد|هكتار|دونم|ميغاواط|ميجاوات))(?![\u0621-\u064A\u066E-\u06D3\u06FA-\u06FFA-Za-z]))/;
const BC = /^\s*(?:ق\s*\.?\s*م|قبل\s+الميلاد)/;
/** Labels before a number that make it an id, not a date ("رقم 5/2015", "هاتف 02-123-4567"). */
const ID_LABEL = /(?:رقم|الرقم|هاتف|الهاتف|جوال|فاكس|ص\.ب|القرار|قرار|القانون|قانون|المرسوم|مرسوم|العدد|عدد)\s*:?\s*$/;

/** A year number that is a Hijri year of the last seventy years (or the next two) at `ref`. */
function recentHijri(y: number, ref: Date): boolean {
  const h = refHijri(ref);
  return h !== null && y >= h.year - 70 && y <= h.year + 2;
}

/** A Hijri numeric date: an era suffix, or a year in the range news uses for Hijri (1300–1499). */
function isHijriYear(y: number, hs: string | undefined): boolean {
  return Boolean(hs) || (y >= 1300 && y < 1500);
}

export function numericDates(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  for (const m of scan(ctx.s, FULL, /\d ?[/.\-] ?\d/)) {
    const g = m.groups!;
    if (ID_LABEL.test(before(ctx, m.index!))) continue;
    let y: number, mo: number, d: number;
    if (g.a!.length === 4) [y, mo, d] = [Number(g.a), Number(g.b), Number(g.c)];
    else if (g.c!.length === 4 && g.a!.length <= 2) [y, mo, d] = [Number(g.c), Number(g.b), Number(g.a)];
    else continue;
    if (g.sep === '.' && g.a!.length !== 4 && !/^\d{2}$/.test(g.b!)) continue; // "1.5.2020" versions, not dates
    const s = m.index!;
    const e = s + m[0].length;
    if (isHijriYear(y, g.hs) && !g.gs) {
      const iso = hijriDay(y, mo, d);
      if (iso) out.push({ s, e, kind: 'date', value: iso, cal: 'hijri' });
      continue;
    }
    // dd/mm is the Arab order; accept mm/dd only when the day cannot be a month (4/22/2016).
    if (!isValidDay(y, mo, d) && g.c!.length === 4 && isValidDay(y, d, mo)) [mo, d] = [d, mo];
    if (isValidDay(y, mo, d)) out.push({ s, e, kind: 'date', value: isoYmd(y, mo, d), cal: 'gregorian' });
  }
  for (const m of scan(ctx.s, MONTH_YEAR, /\d[/\-]\d/)) {
    const mo = Number(m.groups!.m ?? m.groups!.m2);
    const y = Number(m.groups!.y ?? m.groups!.y2);
    if (mo < 1 || mo > 12 || y < 1900 || y > 2100 || ID_LABEL.test(before(ctx, m.index!))) continue;
    out.push({ s: m.index!, e: m.index! + m[0].length, kind: 'date', value: isoMonth(y, mo), cal: 'gregorian' });
  }
  for (const m of scan(ctx.s, DECADE, /ينيات|ينات/)) {
    if (AGE_AFTER.test(ctx.s.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) continue;
    const stem = m.groups!.d!.replace(/^ال/, '').replace(/(?:يات|ات)$/, '');
    const century = /الحادي|الحالي/.test(m.groups!.c ?? '') ? 2000 : 1900;
    const y = century + DECADES[stem]!;
    out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'date', value: `${y}/${y + 10}`, cal: 'gregorian' });
  }
  for (const [re, gate] of [[YEAR_WORD, /(?:عام|سنه|عامي)\s*\d/], [YEAR_SUFFIXED, /\d\d\s*[همل\uFEEB\uFEE9]/], [YEAR_PREP, /\s(?:19|20)\d\d/]] as const) {
    for (const m of scan(ctx.s, re, gate)) {
      const g = m.groups!;
      const y = Number(g.y);
      const e = m.index! + m[0].length;
      // "في 1989": the preposition is the sentence's, the span is the year.
      const s = re === YEAR_SUFFIXED ? m.index! : re === YEAR_PREP && !PART_PREP.test(g.prep!) ? e - g.y!.length : coreStart(m);
      if (re === YEAR_PREP && COUNTED.test(ctx.s.slice(e, e + 16))) continue;
      if (BC.test(ctx.s.slice(e, e + 14))) continue; // "عام 1200 ق.م": before the common era, not ISO here
      if (re !== YEAR_WORD && ID_LABEL.test(before(ctx, s))) continue;
      if (g.y2 && !g.hs) continue; // "عام 2014/2015": a season, not one year
      // "عام 1436" without an era: the Gulf press means the Hijri year when it is a recent one.
      const hs = g.hs ?? (re === YEAR_WORD && !g.gs && recentHijri(y, ctx.ref) ? 'ه' : undefined);
      if (hs) {
        // "عام 1435/1436هـ": a fiscal or school year over two Hijri years.
        const y2 = g.y2 ? (g.y2.length === 2 ? Math.floor(y / 100) * 100 + Number(g.y2) : Number(g.y2)) : y;
        const a = hijriYearInterval(y);
        const b = hijriYearInterval(y2);
        const v = a && b && y2 >= y ? `${a.split('/')[0]}/${b.split('/')[1]}` : null;
        if (v) out.push({ s, e, kind: 'date', value: v, cal: 'hijri' });
      } else if (y >= 1000) {
        if (!g.gs && re === YEAR_WORD && COUNTED.test(ctx.s.slice(e, e + 16))) continue;
        // "أواخر 2019": a part of the year.
        const part = g.prep && PART_PREP.test(g.prep) ? partOf(g.prep) : null;
        const year = String(y).padStart(4, '0');
        out.push({ s, e, kind: 'date', value: part ? applyPart(year, part) : year, cal: 'gregorian' });
      }
    }
  }
  return out;
}
