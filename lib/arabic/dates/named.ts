/**
 * Dates written with a month name, Gregorian (every regional family, dual naming) or Hijri:
 * "الأحد، 12 مارس 2023", "14 آذار/مارس 2023م", "الثاني عشر من كانون الثاني", "22 شعبان 1444هـ",
 * "مارس 2023", "رمضان 1444", "في يناير الماضي". A month name alone is a date only where the context
 * says so (شهر, في/منذ/خلال…, الماضي/المقبل), since مارس, ماي, آب, نيسان, رجب, رمضان, صفر are also words
 * and names.
 */
import type { Cand, Ctx } from './candidate';
import { before, coreStart, leadWords, scan, scanFromLeads, scanNear } from './candidate';
import { addDays, hijriMonthInterval, isoDay, isoMonth, isoYmd, isValidDay, parseIsoDay } from './calendar';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, AMBIGUOUS_MONTHS, ORDINAL_DAYS, WEEKDAYS, key } from './months';
import { END, EPITHET, GREG, GREG_SUFFIX, HIJ, HIJRI_SUFFIX, LETTER, LN, MOD, ORD, PRE, WD, modDirection } from './patterns';
import { hijriDay, hijriYearFor, yearFor, yearForMonth } from './resolve';

const NAMED = new RegExp(
  PRE +
    `(?:(?:يوم\\s+)?(?<wd>${WD})\\s*[،,\\-–]?\\s*)?` +
    `(?:(?:(?<dn>\\d{1,2})|(?<do>${ORD}))(?:\\s*[.\\-/]\\s*|\\s+)(?:من\\s+)?)?` +
    `(?<shahr>شهر\\s+)?` +
    `(?:(?<gm>${GREG})(?:(?:\\s*(?:/|\\(|-)\\s*|\\s+)(?<gm2>${GREG})\\s*\\)?)?` +
    `|(?<hm>${HIJ})(?:\\s+(?:${EPITHET}))?` +
    `|(?<rm>(?:هذا\\s+)?الشهر\\s+(?:${MOD})|هذا\\s+الشهر)|(?<cur>الجاري|الحالي))` +
    `(?:\\s*[.,،\\-/]?\\s*(?:من\\s+)?(?:عام|سنه|العام)?\\s*(?:(?<y>\\d{4})|(?<y3>\\d{3})(?=\\s*(?:${HIJRI_SUFFIX}|${GREG_SUFFIX})))` +
    `(?:\\s*(?:(?<hs>${HIJRI_SUFFIX})|(?<gs>${GREG_SUFFIX}))(?![${LN}]))?)?` +
    `(?:\\s+من\\s+(?:(?<rthis>هذا|هذه)\\s+)?(?<ru>العام|السنه)(?:\\s+(?<rmod>${MOD}))?(?![${LN}]|\\s*\\d))?` +
    `(?:\\s+(?<mod>${MOD}))?` +
    END,
  'g',
);

const NAMED_GATE = new RegExp(`${GREG}|${HIJ}|الشهر|الجاري|الحالي`);
const NAMED_LEADS = leadWords('يوم', WD, '\\d', ORD, 'شهر', GREG, HIJ, 'هذا|الشهر|الجاري|الحالي');
const SINCE_BEFORE = new RegExp(`(?:^|[^${LETTER}])[وف]?منذ\\s+$`);
/** The Hijri year whose month `m` begins in Gregorian year `gy` (the first if two do). */
function hijriYearStartingIn(gy: number, m: number): number | null {
  const guess = Math.round((gy - 622) * 1.0307); // Hijri years are about 3% shorter
  for (const h of [guess - 1, guess, guess + 1, guess + 2]) if (hijriMonthInterval(h, m)?.startsWith(String(gy))) return h;
  return null;
}

const PLACE_BEFORE = /(?:ملعب|استاد|شارع|جسر|ميدان|ساحه|مستشفي|مدرسه|حي|نادي|مطار|كتيبه|لواء|مدينه|جامعه)\s+$/;
const BLOC_BEFORE = /(?:قوي|تيار|تحالف|حركه|فريق|جماعه)\s+$/;
const EVERY_YEAR = /^\s*(?:من\s+)?(?:كل\s+(?:عام|سنه)|سنويا)/;

const STRONG_CONTEXT = /(?:^|[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FFA-Za-z])[وفب]?(?:خلال|منذ|حتي|بحلول|مطلع|بدايه|اوايل|مستهل|منتصف|اواسط|اواخر|نهايه|ختام|طيله|طوال)\s+$/;

/** "الخميس 15 أغسطس" with no year: the year nearest the reference in which that day is that weekday. */
function agreeingYear(ref: Date, month: number, day: number, wd: number): number | null {
  const y = ref.getUTCFullYear();
  let best: number | null = null;
  for (const c of [y, y - 1, y + 1]) {
    if (!isValidDay(c, month, day) || new Date(Date.UTC(c, month - 1, day)).getUTCDay() !== wd) continue;
    if (best === null || Math.abs(Date.UTC(c, month - 1, day) - ref.getTime()) < Math.abs(Date.UTC(best, month - 1, day) - ref.getTime())) best = c;
  }
  return best;
}

/** A Gregorian month (dual naming allowed), its optional year and modifier: the end of a day range or list. */
const MONTH_TAIL =
  `(?<gm>${GREG})(?:\\s*(?:/|\\(|-)\\s*(?:${GREG})\\s*\\)?)?` +
  `(?:\\s*[.,،\\-/]?\\s*(?:من\\s+)?(?:عام|سنه|العام)?\\s*(?<y>\\d{4})(?:\\s*(?:${GREG_SUFFIX})(?![${LN}]))?)?` +
  `(?:\\s+(?<mod>${MOD}))?` +
  END;

/** "من 4 إلى 22 يناير 1995", "بين 3 و12 سبتمبر", "19-20 نوفمبر": one interval, end exclusive. */
const RANGE = new RegExp(
  PRE +
    `(?:(?<from>من|بين)\\s+)?(?<d1>\\d{1,2})\\s*(?<sep>-|–|الي|حتي|و)\\s*(?<d2>\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?` +
    MONTH_TAIL,
  'g',
);

/** "يومي 14 و15 مارس", "أيام 5 و6 و7 يوليو", "في 3 و12 سبتمبر": a list of days of one month. */
const DAY_LIST = new RegExp(
  PRE +
    `(?:(?<lw>يومي|ايام)\\s+)?(?<list>\\d{1,2}(?:\\s*[،,]?\\s*و\\s*\\d{1,2})+)\\s+(?:من\\s+)?(?:شهر\\s+)?` +
    MONTH_TAIL,
  'g',
);
/** "من أكتوبر إلى ديسمبر 2024", "بين يناير ومارس": months of one span. */
const MONTH_RANGE = new RegExp(
  PRE +
    `(?<from>من|بين)\\s+(?:شهر\\s+)?(?<m1>${GREG})\\s*(?<sep>-|–|الي|حتي|و)\\s*(?:شهر\\s+)?(?<m2>${GREG})` +
    `(?:\\s*[.,،\\-/]?\\s*(?:من\\s+)?(?:عام|سنه|العام)?\\s*(?<y>\\d{4}))?(?:\\s+(?<mod>${MOD}))?` +
    END,
  'g',
);

/** Two month names and their separator; the range starts at most 10 characters (و + من شهر) before. */
const MONTH_RANGE_CUE = new RegExp(`(?:${GREG})\\s*(?:-|–|الي|حتي|و)\\s*(?:شهر\\s+)?(?:${GREG})`, 'g');

function lists(ctx: Ctx, out: Cand[]): void {
  for (const m of scanNear(ctx.s, DAY_LIST, /(?:يومي|ايام)\s+\d|\d{1,2}\s*[،,]?\s*و\s*\d/g, 2)) {
    const g = m.groups!;
    if (!g.lw && /(?:^|\s)[وف]?بين\s+$/.test(before(ctx, m.index!, 6))) continue; // a range: ranges() reads it
    const month = GREGORIAN_MONTHS[key(g.gm!)]!;
    const nums = [...g.list!.matchAll(/\d{1,2}/g)];
    const days = nums.map((x) => Number(x[0]));
    const y = g.y ? Number(g.y) : yearFor(ctx.ref, month, days[0]!, modDirection(g.mod));
    if (!days.every((d) => isValidDay(y, month, d))) continue;
    const e = m.index! + m[0].length;
    const consecutive = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
    if (g.lw && consecutive) {
      const end = isoDay(addDays(parseIsoDay(isoYmd(y, month, days[days.length - 1]!)), 1));
      out.push({ s: coreStart(m), e, kind: 'date', value: `${isoYmd(y, month, days[0]!)}/${end}`, cal: 'gregorian' });
      continue;
    }
    // One span per day, each hoverable; the last carries the month (and year).
    const at = m.index! + m[0].indexOf(g.list!);
    nums.forEach((x, i) => {
      const a = at + x.index!;
      const last = i === nums.length - 1;
      out.push({ s: i === 0 && g.lw ? coreStart(m) : a, e: last ? e : a + x[0].length, kind: 'date', value: isoYmd(y, month, days[i]!), cal: 'gregorian' });
    });
  }
  for (const m of scanNear(ctx.s, MONTH_RANGE, MONTH_RANGE_CUE, 10)) {
    const g = m.groups!;
    if (g.sep === 'و' && g.from !== 'بين') continue;
    const [m1, m2] = [GREGORIAN_MONTHS[key(g.m1!)]!, GREGORIAN_MONTHS[key(g.m2!)]!];
    if (m1 === m2) continue;
    const y2 = g.y ? Number(g.y) : yearForMonth(ctx.ref, m2, modDirection(g.mod));
    const y1 = m1 < m2 ? y2 : y2 - 1;
    const [ey, em] = m2 === 12 ? [y2 + 1, 1] : [y2, m2 + 1];
    out.push({ s: m.index! + m[0].indexOf(g.m1!), e: m.index! + m[0].length, kind: 'date', value: `${isoMonth(y1, m1)}/${isoMonth(ey, em)}`, cal: 'gregorian' });
  }
}

/** "من 8 حتى 14 ذي الحجة 1446 هـ": Hijri days of one month. */
const HIJRI_RANGE = new RegExp(
  PRE +
    `(?:(?<from>من|بين)\\s+)?(?<d1>\\d{1,2})\\s*(?<sep>-|–|الي|حتي|و)\\s*(?<d2>\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?` +
    `(?<hm>${HIJ})(?:\\s+(?:${EPITHET}))?(?:\\s*(?:عام|سنه|العام)?\\s*(?<y>\\d{4})(?:\\s*(?:${HIJRI_SUFFIX})(?![${LN}]))?)?(?:\\s+(?<mod>${MOD}))?` +
    END,
  'g',
);

/** "يومي 14 و15 رمضان", "أيام 9 و10 و11 ذي الحجة 1446": a list of Hijri days of one month. */
const HIJRI_LIST = new RegExp(
  PRE +
    `(?<lw>يومي|ايام)\\s+(?<list>\\d{1,2}(?:\\s*[،,]?\\s*و\\s*\\d{1,2})+)\\s+(?:من\\s+)?(?:شهر\\s+)?` +
    `(?<hm>${HIJ})(?:\\s+(?:${EPITHET}))?(?:\\s*(?:عام|سنه|العام)?\\s*(?<y>\\d{4})(?:\\s*(?:${HIJRI_SUFFIX})(?![${LN}]))?)?(?:\\s+(?<mod>${MOD}))?` +
    END,
  'g',
);

function hijriLists(ctx: Ctx, out: Cand[]): void {
  for (const m of scanNear(ctx.s, HIJRI_LIST, /(?:يومي|ايام)\s+\d/g, 2)) {
    const g = m.groups!;
    const nums = [...g.list!.matchAll(/\d{1,2}/g)];
    const days = nums.map((x) => Number(x[0]));
    const month = HIJRI_MONTHS[key(g.hm!)]!;
    const y = g.y ? Number(g.y) : hijriYearFor(ctx.ref, month, days[0]!, modDirection(g.mod));
    if (y === null) continue;
    const iso = days.map((d) => hijriDay(y, month, d));
    if (iso.some((x) => !x)) continue;
    const e = m.index! + m[0].length;
    if (days.every((d, i) => i === 0 || d === days[i - 1]! + 1)) {
      out.push({ s: coreStart(m), e, kind: 'date', value: `${iso[0]}/${isoDay(addDays(parseIsoDay(iso[iso.length - 1]!), 1))}`, cal: 'hijri' });
      continue;
    }
    // Days that are not consecutive: one span each, the last carrying the month.
    const at = m.index! + m[0].indexOf(g.list!);
    nums.forEach((x, i) => {
      const a = at + x.index!;
      out.push({ s: i === 0 ? coreStart(m) : a, e: i === nums.length - 1 ? e : a + x[0].length, kind: 'date', value: iso[i]!, cal: 'hijri' });
    });
  }
}

function hijriRanges(ctx: Ctx, out: Cand[]): void {
  for (const m of scanNear(ctx.s, HIJRI_RANGE, /\d{1,2}\s*(?:-|–|الي|حتي|و)\s*\d/g, 6)) {
    const g = m.groups!;
    if (g.sep === 'و' && g.from !== 'بين') continue;
    const [d1, d2] = [Number(g.d1), Number(g.d2)];
    const month = HIJRI_MONTHS[key(g.hm!)]!;
    const y = g.y ? Number(g.y) : hijriYearFor(ctx.ref, month, d1, modDirection(g.mod));
    if (y === null || d2 <= d1) continue;
    const a = hijriDay(y, month, d1);
    const b = hijriDay(y, month, d2);
    if (!a || !b) continue;
    out.push({ s: m.index! + m[0].indexOf(g.d1!), e: m.index! + m[0].length, kind: 'date', value: `${a}/${isoDay(addDays(parseIsoDay(b), 1))}`, cal: 'hijri' });
  }
}

function ranges(ctx: Ctx, out: Cand[]): void {
  for (const m of scan(ctx.s, RANGE, /\d\s*(?:-|–|الي|حتي|و)\s*\d/)) {
    const g = m.groups!;
    if (g.sep === 'و' && g.from !== 'بين') continue; // "3 و12 سبتمبر" may be two dates
    const [d1, d2] = [Number(g.d1), Number(g.d2)];
    const month = GREGORIAN_MONTHS[key(g.gm!)]!;
    const y = g.y ? Number(g.y) : yearFor(ctx.ref, month, d1, modDirection(g.mod));
    if (d2 <= d1 || !isValidDay(y, month, d1) || !isValidDay(y, month, d2)) continue;
    const end = isoDay(addDays(parseIsoDay(isoYmd(y, month, d2)), 1));
    out.push({ s: m.index! + m[0].indexOf(g.d1!), e: m.index! + m[0].length, kind: 'date', value: `${isoYmd(y, month, d1)}/${end}`, cal: 'gregorian' });
  }
}

/** An ordinal part before a month («أول خميس من نوفمبر», «العشر الأواخر من رمضان», «أول أيام رمضان»). */
const EDGE_CONTEXT = /(?:اسبوع|يوم|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|الاخير|الاخيره|الاولي|الثانيه|الثالثه|الرابعه|الاول|الثاني|الثالث|الرابع)\s+(?:من|في)\s+$|(?:العشر\s+\S+\s+(?:من\s+)?|(?:اول|ثاني|ثالث|رابع|اخر)\s+ايام\s+)$/;

/** Words after which a bare month name is a date ("في مارس", "منذ يناير", "مطلع أبريل"). */
const MONTH_CONTEXT = /(?:^|[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FFA-Za-z])[وف]?(?:في|خلال|منذ|حتي|قبل|بعد|بحلول|مطلع|بدايه|اوايل|مستهل|منتصف|اواسط|اواخر|نهايه|ختام|شهري|طيله|طوال|هذا)\s+$/;

export function namedDates(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  ranges(ctx, out);
  lists(ctx, out);
  hijriRanges(ctx, out);
  hijriLists(ctx, out);
  for (const m of scanFromLeads(ctx.s, NAMED, NAMED_LEADS, NAMED_GATE)) {
    const g = m.groups!;
    let start = coreStart(m);
    const end = m.index! + m[0].length;
    let day = g.dn ? Number(g.dn) : g.do ? ORDINAL_DAYS[key(g.do)]! : null;
    let year = g.y ? Number(g.y) : g.y3 ? Number(g.y3) : null;
    // "31 مارس من العام الماضي": the year from the relative phrase.
    if (year === null && g.ru) {
      const rd = modDirection(g.rmod);
      year = ctx.ref.getUTCFullYear() + (rd === 'past' ? -1 : rd === 'future' ? 1 : 0);
    }
    // "منذ السابع من أكتوبر": since is always in the past.
    const dir = g.mod ? modDirection(g.mod) : SINCE_BEFORE.test(before(ctx, m.index!, 10)) ? 'past' : 'nearest';
    if (day !== null && (day < 1 || day > 31)) continue;
    // «الجمعة الثانية من رمضان» is the second Friday (days are masculine); «الأسبوع الثاني من»,
    // «اليوم الأول من» are weeks and days of the period (edges.ts).
    // The month (and year) is still a date: edges.ts applies the ordinal to it.
    if (g.do && ((g.wd === 'الجمعه' && /ه$/.test(g.do)) || (/اسبوع\s+$/.test(before(ctx, m.index!, 10)) || (/^الاولي?$/.test(g.do) && /يوم\s+$/.test(before(ctx, m.index!, 10)))))) {
      day = null;
      start = m.index! + m[0].indexOf(g.shahr ?? g.gm ?? g.hm ?? g.rm ?? g.cur!, m[0].indexOf(g.do) + g.do.length);
    }
    const add = (value: string | null, cal: 'gregorian' | 'hijri'): void => {
      if (value) out.push({ s: start, e: end, kind: 'date', value, cal });
    };

    if (g.cur && day === null) continue;
    if (g.rm || g.cur) {
      // "20 من الشهر المقبل": a day of the current/previous/next month.
      if (day === null) continue;
      const rmDir = g.cur ? 'this' : modDirection(/(\S+)$/.exec(g.rm!)?.[1]);
      const shift = rmDir === 'past' ? -1 : rmDir === 'future' ? 1 : 0;
      const k = ctx.ref.getUTCFullYear() * 12 + ctx.ref.getUTCMonth() + shift;
      const [yy, mm] = [Math.floor(k / 12), (k % 12) + 1];
      if (isValidDay(yy, mm, day)) add(isoYmd(yy, mm, day), 'gregorian');
      continue;
    }

    // "قوى 14 آذار": the Lebanese March 14 Alliance; "ملعب 5 يوليو", "شارع 26 يوليو": names.
    if (PLACE_BEFORE.test(before(ctx, m.index!, 12)) && year === null) continue;
    // "قوى 14 آذار": the Lebanese March 14 Alliance, not a date.
    if (BLOC_BEFORE.test(before(ctx, m.index!, 12)) && year === null) continue;
    // "5 جويلية من كل عام": a yearly recurrence, not a date.
    if (year === null && EVERY_YEAR.test(ctx.s.slice(end, end + 16))) continue;
    const edged = EDGE_CONTEXT.test(before(ctx, m.index!, 16));
    const contextual = Boolean(g.shahr || g.mod || edged || MONTH_CONTEXT.test(before(ctx, m.index!, 14)));
    if (g.hm) {
      const month = HIJRI_MONTHS[key(g.hm)]!;
      const marked = Boolean(g.hs) || year !== null;
      // صفر is "zero" and رجب a name: without a year they need "شهر" or a day and an era suffix.
      if ((month === 2 || month === 7) && !marked && !g.shahr && !edged) continue;
      if (day === null && year === null && !contextual) continue;
      // "رمضان 2023": a Gregorian year written after a Hijri month means the one that starts in it.
      if (year !== null && year >= 1900 && !g.hs) year = hijriYearStartingIn(year, month);
      if (day !== null) {
        year ??= hijriYearFor(ctx.ref, month, day, dir);
        if (year !== null) add(hijriDay(year, month, day), 'hijri');
      } else {
        year ??= hijriYearFor(ctx.ref, month, 15, dir);
        if (year !== null) add(hijriMonthInterval(year, month), 'hijri');
      }
      continue;
    }

    const name = key(g.gm!);
    const month = GREGORIAN_MONTHS[name]!;
    if (g.gm2 && GREGORIAN_MONTHS[key(g.gm2)] !== month) continue; // two different months: not dual naming
    // A month alone needs a context word; one that is also a word or name (ماي, آب) needs a strong one.
    // Dual naming (مارس/آذار) settles the ambiguity.
    if (day === null && year === null && (!contextual || (AMBIGUOUS_MONTHS.has(name) && !g.shahr && !g.mod && !g.gm2 && !edged && !STRONG_CONTEXT.test(before(ctx, m.index!, 14))))) continue;
    if (g.hs) continue; // a Hijri era on a Gregorian month: not a date we can trust
    if (day !== null) {
      const y = year ?? (g.wd ? agreeingYear(ctx.ref, month, day, WEEKDAYS[g.wd]!) : null) ?? yearFor(ctx.ref, month, day, dir);
      if (isValidDay(y, month, day)) {
        add(isoYmd(y, month, day), 'gregorian');
        if (year === null) out[out.length - 1]!.yearless = true;
      }
    } else {
      add(isoMonth(year ?? yearForMonth(ctx.ref, month, dir), month), 'gregorian');
    }
  }
  return out;
}
