/**
 * Relative dates resolved against the reference (publication) date: اليوم, أمس, أول أمس, غدا, بعد غد,
 * weekdays (الخميس, الخميس الماضي), cycles (الأسبوع المقبل, الشهر الماضي, العام الجاري), counts
 * (منذ ثلاثة أيام, قبل أسبوعين, بعد شهر) and parts of a cycle (مطلع الشهر, أواخر العام الجاري).
 */
import type { Cand, Ctx } from './candidate';
import { coreStart, leadWords, scanFromLeads, scanNear } from './candidate';
import { addDays, addMonthsToDay, hijriYearInterval, isoDay, refHijri } from './calendar';
import { CARDINALS, GREGORIAN_MONTHS, WEEKDAYS, key } from './months';
import { END, GREG, MOD, PART, PRE, WD, modDirection, partOf } from './patterns';
import { applyPart, monthValue, weekday, weekInterval } from './resolve';

const DAY_WORDS: Record<string, number> = {
  'اولمنامس': -2, 'اولامس': -2, 'امسالاول': -2, 'قبليومامس': -2, 'قبلامس': -2, 'يومامس': -1, 'امس': -1, 'الامس': -1, 'البارحه': -1,
  'اليوم': 0, 'النهارده': 0, 'انهارده': 0, 'النهارضه': 0, 'امبارح': -1, 'مبارح': -1, 'امبارحه': -1, 'اولامبارح': -2, 'بكره': 1, 'بكرا': 1, 'بكري': 1, 'الليله': 0, 'هذهالليله': 0, 'هذاالصباح': 0, 'هذاالمساء': 0, 'يومغد': 1, 'غدا': 1, 'الغد': 1, 'غد': 1, 'بعدغد': 2, 'بعدالغد': 2, 'بعديومغد': 2,
};
const DAY_WORD_RE = 'اول\\s+امبارح|امبارح|مبارح|النهارده|انهارده|النهارضه|بكره|بكرا|امس\\s+الاول|اول\\s+من\\s+امس|اول\\s+امس|قبل\\s+يوم\\s+امس|قبل\\s+امس|يوم\\s+امس|بعد\\s+يوم\\s+غد|بعد\\s+الغد|بعد\\s+غد|يوم\\s+غد|امس|الامس|البارحه|اليوم|هذه\\s+الليله|الليله|هذا\\s+الصباح|هذا\\s+المساء|غدا|الغد|غد';
const DAYS = new RegExp(PRE + `(?<w>${DAY_WORD_RE})` + END, 'g');
const WEEKDAY = new RegExp(PRE + `(?:(?<today>اليوم)\\s+)?(?:يوم\\s+)?(?<wd>${WD})(?:\\s+(?<mod>${MOD}))?` + END, 'g');
const CYCLE = new RegExp(
  PRE + `(?:(?<part>${PART})\\s+)?(?:(?<this>هذا|هذه)\\s+)?(?<u>الاسبوع|الشهر|العام|السنه)(?<hj>\\s+الهجري(?:ه)?)?(?:\\s+(?<mod>${MOD}))?` + END,
  'g',
);
const UNITS = 'يوما|يومين|يومان|ايام|يوم|اسبوعا|اسبوعين|اسبوعان|اسابيع|اسبوع|شهرا|شهرين|شهران|اشهر|شهور|شهر|عاما|عامين|عامان|اعوام|عام|سنتين|سنتان|سنوات|سنين|سنه';
const COUNT = new RegExp(
  PRE + `(?<dir>منذ|قبل|بعد)\\s+(?:(?<n>\\d{1,3}|${Object.keys(CARDINALS).sort((a, b) => b.length - a.length).join('|')})\\s+)?(?<u>${UNITS})` + END + '(?!\\s*\\d)',
  'g',
);

/** «اليوم التالي», «الشهر التالي», «العام السابق»: counted from the date before them (join.ts), else from ref. */
const SAME = 'نفسه|نفسها|ذاته|ذاتها|عينه';
const ANAPHOR = new RegExp(PRE + `(?<u>اليوم|الليله|الاسبوع|الشهر|العام|السنه)\\s+(?<d>التالي|التاليه|السابق|السابقه|الذي\\s+يليه|الذي\\s+سبقه|${SAME})` + END, 'g');
/** «أكتوبر من العام نفسه», «20 من الشهر ذاته»: a month or a day placed in the period of the date before. */
const IN_SAME = new RegExp(PRE + `(?:(?<gm>${GREG})\\s+من\\s+(?:العام|السنه)|(?<day>\\d{1,2})\\s+من\\s+(?:(?<hm>الشهر)|(?:العام|السنه)))\\s+(?:${SAME})` + END, 'g');
const ANAPHOR_UNIT: Record<string, 'd' | 'w' | 'm' | 'y'> = { 'اليوم': 'd', 'الليله': 'd', 'الاسبوع': 'w', 'الشهر': 'm', 'العام': 'y', 'السنه': 'y' };

/** "الجمعة 15": the date nearest the reference with that day of month on that weekday. */
const WEEKDAY_DAY = new RegExp(PRE + `(?:يوم\\s+)?(?<wd>${WD})\\s*[،,]?\\s+(?:في\\s+)?(?<d>\\d{1,2})(?![\\d/.\\-:٫])` + END + '(?!\\s*(?:صباح|مساء|ص|م|ظهر|عصر|ليل|فجر|الساعه|ساعه|ساعات|دقيق))', 'g');
/** Quarters and halves of a year: "الربع الثالث من عام 2016", "النصف الأول من العام الجاري". */
const QUARTER = new RegExp(
  PRE +
    `(?<q>الربع|النصف)\\s+(?<o>الاول|الثاني|الثالث|الرابع|الاخير)\\s+(?:من\\s+)?` +
    `(?:(?:عام|العام|سنه|السنه)\\s*(?<y>\\d{4})|(?<y2>\\d{4})|(?:(?:هذا|هذه)\\s+)?(?<u>العام|السنه)(?:\\s+(?<mod>${MOD}))?)` +
    END,
  'g',
);
/** The words each pattern above can open with (scanFromLeads). */
const DAYS_LEADS = leadWords(DAY_WORD_RE);
const WEEKDAY_LEADS = leadWords('اليوم|يوم', WD);
const WEEKDAY_DAY_LEADS = leadWords('يوم', WD);
const CYCLE_LEADS = leadWords(PART, 'هذا|هذه|الاسبوع|الشهر|العام|السنه');
const COUNT_LEADS = leadWords('منذ|قبل|بعد');
const QUARTER_LEADS = leadWords('الربع|النصف');
const HOLIDAY_BEFORE = /(?:اجازه|عطله)\s+$/;
const WD_AFTER = new RegExp(`^\\s*[(،,]?\\s*(?:${WD})`);
const WD_GATE = /احد|اثنين|ثلاثا|اربعا|خميس|جمعه|سبت/;
const ORDER: Record<string, number> = { 'الاول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4 };

/** Words before a weekday that make it every such day (خطب الجمعة, صلاة الجمعة, كل خميس). */
const GENERIC_BEFORE = /(?:خطب|خطبه|صلاه|صلوات|كل|ليالي|سوق|ايام)\s+(?:يوم\s+)?$/;

/** Words after اليوم that make it "the day of …" (اليوم الوطني), not today. */
const NOT_TODAY = /^\s+(?:الوطني|العالمي|الدولي|التالي|السابق|الاول|الثاني|الثالث|الرابع|الخامس|السابع|الاخير|الموعود|المفتوح|الدراسي|الواحد)(?![\u0621-\u064A\u066E-\u06D3\u06FA-\u06FFA-Za-z])/;
/** A name before الغد / اليوم: a newspaper or a party ("صحيفة الغد", "اليوم السابع" is caught above). */
const NAME_BEFORE = /(?:صحيفه|جريده|صحف|اخبار|بوابه|حظك|قناه|حزب|تيار|موقع|مجله)\s+$/;

/**
 * «نحن اليوم», «العالم اليوم يواجه…», «يعيش لبنان اليوم…», «لم يعد المواطن اليوم…»: اليوم meaning
 * "nowadays". Read from the words before it: a personal pronoun, a clause that opens with a noun and
 * then اليوم, or a verb of state (يعيش, يواجه, يعاني, بات, لم يعد…) among its three words before.
 */
const PRONOUN = /^(?:نحن|انتم|انتن|هم|هن|انا|انت|انتي|هو|هي|اننا|انهم|انه|انها|انكم)$/;
const STATE_VERB = /^[وف]?(?:[يتن](?:عيش|عيشون|واجه|واجهون|عاني|عانون|حتاج|حتاجون|عد|زال|زالون|ملك|مثل|شكل|بدو|قف|سكن|سود|ختلف|تمتع|فتقر|فتقد|درك|عرف|ؤمن|رفض|طمح|سعي)|بات|باتت|بتنا|اصبح|اصبحت|اصبحنا|اضحي|اضحت|زال|زالت|صار|صارت|ليس|ليست|لسنا)$/;
const CLAUSE_PARTICLE = /^[وف]?(?:ان|لكن)$/;
const CLAUSE_START = /[.!؟?،,:;«»"()\n]/;
function meansNowadays(ctx: Ctx, start: number): boolean {
  const text = ctx.full ?? ctx.s;
  const s = ctx.toFull ? ctx.toFull(start) : start;
  let a = s;
  while (a > 0 && s - a < 60 && !CLAUSE_START.test(text[a - 1]!)) a--;
  const words = text.slice(a, s).trim().split(/\s+/).filter(Boolean);
  const prev = words[words.length - 1];
  if (prev && PRONOUN.test(prev.replace(/^[وف]/, ''))) return true;
  // A closing quote or bracket ends a name («صحيفة "ديلي ستار" البريطانية اليوم»), not a clause.
  // A clause that opens with a definite noun phrase, after إن or لكن: «الشباب العربي اليوم أكثر وعيا».
  const phrase = CLAUSE_PARTICLE.test(words[0] ?? '') ? words.slice(1) : words;
  if (phrase.length >= 1 && phrase.length <= 3 && phrase.every((w, i) => (i ? /^ال/ : /^[وف]?ال/).test(w)) && !/["»)]/.test(text[a - 1] ?? '')) return true;
  return words.slice(-3).some((w) => STATE_VERB.test(w));
}

/** The sentence around [s, e) speaks of the future: سوف, a سـ-prefixed verb, من المقرر… */
export function futureContext(ctx: Ctx, start: number, end: number): boolean {
  const text = ctx.full ?? ctx.s;
  const s = ctx.toFull ? ctx.toFull(start) : start;
  const e = ctx.toFull ? ctx.toFull(end) : end;
  let a = s;
  while (a > 0 && s - a < 120 && !/[.!؟?\n]/.test(text[a - 1]!)) a--;
  let b = e;
  while (b < text.length && b - e < 60 && !/[.!؟?\n]/.test(text[b]!)) b++;
  return FUTURE.test(text.slice(a, b));
}
const FUTURE =
  /(?:^|[\s،,«"])[وف]?(?:سوف|من\s+المقرر|من\s+المنتظر|من\s+المتوقع|المرتقب|المزمع|[وف]?س[يتن](?!ياس|يار|يد|يط|ير|ين|يول|يف|يل|يم|يو|تين|ته|تار|تو|تا|نو|نه|نت|نغ|نا|ني|نو)[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FFA-Za-z]{3,})/;

function unitCount(u: string, n: string | undefined): [unit: 'd' | 'w' | 'm' | 'y', count: number] | null {
  const unit = /^(?:يوم|ايام)/.test(u) ? 'd' : /^(?:اسبوع|اسابيع)/.test(u) ? 'w' : /^(?:شهر|اشهر|شهور)/.test(u) ? 'm' : 'y';
  const dual = /(?:ين|ان)$/.test(u) && !/^(?:سنين)$/.test(u);
  const plural = /^(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين)$/.test(u);
  if (dual) return n ? null : [unit, 2];
  if (n) return [unit, /^\d+$/.test(n) ? Number(n) : CARDINALS[n]!];
  return plural ? null : [unit, 1];
}

export function relativeDates(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  const ref = ctx.ref;
  const push = (m: RegExpMatchArray, value: string): void => {
    out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'date', value, cal: 'gregorian' });
  };
  for (const m of scanFromLeads(ctx.s, DAYS, DAYS_LEADS, /امس|اليوم|غد|البارحه|الليله|الصباح|المساء|مبارح|بكر|النهار/)) {
    const w = m.groups!.w!.replace(/\s+/g, '');
    const e = m.index! + m[0].length;
    if (w === 'اليوم' && NOT_TODAY.test(ctx.s.slice(e, e + 20))) continue;
    if (w === 'اليوم' && !m.groups!.p && !WD_AFTER.test(ctx.s.slice(e, e + 12)) && meansNowadays(ctx, m.index!)) continue;
    // "عن بكرة أبيهم": all of them, not tomorrow;
    // "بكرة القدم": with the ball.
    if (/^بكر/.test(w) && /^\s+(?:ابي|القدم|السله|اليد|الطاير|المضرب|الماء|الريشه|الطاوله|الثلج|النار)/.test(ctx.s.slice(e, e + 9))) continue;
    if ((w === 'الغد' || w === 'اليوم') && NAME_BEFORE.test(ctx.s.slice(Math.max(0, m.index! - 10), m.index!))) continue;
    out.push({ s: coreStart(m), e, kind: 'date', value: isoDay(addDays(ref, DAY_WORDS[w]!)), cal: 'gregorian', deictic: true });
  }
  for (const m of scanFromLeads(ctx.s, WEEKDAY, WEEKDAY_LEADS, WD_GATE)) {
    const g = m.groups!;
    let dir = modDirection(g.mod);
    if (!g.today && !g.mod && GENERIC_BEFORE.test(ctx.s.slice(Math.max(0, m.index! - 10), m.index!))) continue;
    if (g.today) dir = 'nearest';
    else if (dir === 'nearest' && futureContext(ctx, m.index!, m.index! + m[0].length)) dir = 'this';
    const wd = WEEKDAYS[g.wd!]!;
    out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'date', value: isoDay(weekday(ref, wd, dir)), cal: 'gregorian', weekday: g.mod || g.today ? undefined : wd });
  }
  for (const m of scanFromLeads(ctx.s, WEEKDAY_DAY, WEEKDAY_DAY_LEADS, WD_GATE)) {
    const wd = WEEKDAYS[m.groups!.wd!]!;
    const d = Number(m.groups!.d);
    let best: Date | null = null;
    for (let k = -2; k <= 2; k++) {
      const c = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, d));
      if (c.getUTCDate() !== d || c.getUTCDay() !== wd) continue;
      if (!best || Math.abs(c.getTime() - ref.getTime()) < Math.abs(best.getTime() - ref.getTime())) best = c;
    }
    if (best) push(m, isoDay(best));
  }
  for (const m of scanFromLeads(ctx.s, QUARTER, QUARTER_LEADS, /الربع|النصف/)) {
    const g = m.groups!;
    const n = g.q === 'الربع' ? 4 : 2;
    const i = g.o === 'الاخير' ? n : ORDER[g.o!]!;
    if (i > n) continue;
    const dir = modDirection(g.mod);
    const y = g.y ? Number(g.y) : g.y2 ? Number(g.y2) : ref.getUTCFullYear() + (dir === 'past' ? -1 : dir === 'future' ? 1 : 0);
    const len = 12 / n;
    const a = monthValue(y, 1 + len * (i - 1));
    const b = monthValue(y, 1 + len * i);
    push(m, `${a}/${b}`);
  }
  for (const m of scanNear(ctx.s, ANAPHOR, /(?:اليوم|الليله|الاسبوع|الشهر|العام|السنه)\s+(?:التالي|السابق|الذي|نفس|ذات|عين)/g, 2)) {
    const g = m.groups!;
    const unit = ANAPHOR_UNIT[g.u!]!;
    const n = /^(?:التالي|التاليه|الذي\s+يليه)$/.test(g.d!.replace(/\s+/g, ' ')) ? 1 : new RegExp(`^(?:${SAME})$`).test(g.d!) ? 0 : -1;
    const value = unit === 'd' ? isoDay(addDays(ref, n)) : unit === 'w' ? weekInterval(ref, n)
      : unit === 'm' ? monthValue(ref.getUTCFullYear(), ref.getUTCMonth() + 1, n) : String(ref.getUTCFullYear() + n);
    out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'date', value, cal: 'gregorian', anaphor: { unit, n } });
  }
  for (const m of scanNear(ctx.s, IN_SAME, /(?:الشهر|العام|السنه)\s+(?:نفس|ذات|عين)/g, 24)) {
    const g = m.groups!;
    const month = g.gm ? GREGORIAN_MONTHS[key(g.gm)] : undefined;
    const day = g.day ? Number(g.day) : undefined;
    if (g.day && !g.hm) continue; // «20 من العام نفسه»: not a date
    const unit = g.gm ? 'y' : 'm';
    out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'date', value: '', cal: 'gregorian', anaphor: { unit, n: 0, month, day } });
  }
  for (const m of scanFromLeads(ctx.s, CYCLE, CYCLE_LEADS, /الاسبوع|الشهر|العام|السنه/)) {
    const g = m.groups!;
    if (g.mod && /^السابق/.test(g.mod) && !g.part && !g.this) continue; // ANAPHOR reads it
    if (!g.this && !g.mod && !g.part) continue; // "العام" alone is not a date
    if (!g.mod && !g.this && g.u !== 'الاسبوع' && HOLIDAY_BEFORE.test(ctx.s.slice(Math.max(0, m.index! - 8), m.index!))) continue; // "إجازة منتصف العام"
    const after = m.index! + m[0].length;
    if (!g.mod && /^\s*\d{3,4}/.test(ctx.s.slice(after, after + 6))) continue; // "نهاية العام 2014": the year decides
    const dir = modDirection(g.mod);
    const shift = dir === 'past' ? -1 : dir === 'future' ? 1 : 0;
    const y = ref.getUTCFullYear();
    let value: string;
    if (g.u === 'الاسبوع' && !g.part) {
      out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'date', value: weekInterval(ref, shift), cal: 'gregorian', week: true });
      continue;
    }
    if (g.hj && g.u !== 'الاسبوع' && g.u !== 'الشهر') {
      // "العام الهجري الجاري": the Hijri year around the reference date, as its Gregorian days.
      const h = refHijri(ref);
      const v = h ? hijriYearInterval(h.year + shift) : null;
      if (v) out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'date', value: v, cal: 'hijri' });
      continue;
    }
    if (g.u === 'الاسبوع') value = weekInterval(ref, shift);
    else if (g.u === 'الشهر') value = monthValue(y, ref.getUTCMonth() + 1, shift);
    else value = String(y + shift);
    if (g.part && g.u !== 'الاسبوع') value = applyPart(value, partOf(g.part));
    push(m, value);
  }
  for (const m of scanFromLeads(ctx.s, COUNT, COUNT_LEADS, /منذ|قبل|بعد/)) {
    const g = m.groups!;
    const uc = unitCount(g.u!, g.n);
    if (!uc) continue;
    const e = m.index! + m[0].length;
    // "بعد 13 يوما من التفجيرات" counts from another event; "يوما بعد يوم" is a repetition.
    if (/^\s+من\s/.test(ctx.s.slice(e, e + 5))) continue;
    if (!g.n && /(?:يوم|اسبوع|شهر|عام|سنه)ا?\s+$/.test(ctx.s.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const [unit, count] = uc;
    const sign = g.dir === 'بعد' ? 1 : -1;
    const d = unit === 'd' ? addDays(ref, sign * count) : unit === 'w' ? addDays(ref, sign * 7 * count)
      : addMonthsToDay(ref, sign * count * (unit === 'y' ? 12 : 1));
    push(m, isoDay(d));
  }
  for (const c of out) c.rel = true;
  return out;
}
