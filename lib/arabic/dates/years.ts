/**
 * Years that news writes without a day or month, beyond «عام 2011» (numeric.ts): a year in
 * parentheses after a title «الرسالة» (1976), lists and ranges of years (عامي 2011 و2012, بين العامين
 * 1914 و1918, من 1970 إلى 2000, 2014-2018), and centuries (القرن التاسع عشر).
 * Values: one year "1976"; consecutive years or a range as one interval "2011/2013" (end exclusive);
 * non-consecutive years one span each; a century as the hundred years it names, "1800/1900" for the
 * nineteenth (the 1800s, as the press uses it).
 */
import type { Cand, Ctx } from './candidate';
import { before, coreStart, scanNear } from './candidate';
import { END, LETTER, PRE } from './patterns';

const Y = '(?:1[0-9]|20)\\d\\d';
/** «الرسالة» (1976), "روايته الحرافيش (1977)": a year alone in parentheses after a word or a quote. */
const PAREN_YEAR = new RegExp(`(?<=[»"”'${LETTER}]\\s*)\\(\\s*(?<y>(?:1[5-9]|20)\\d\\d)\\s*\\)`, 'g');
/** عامي 2011 و2012, العامين 1914 و1918, الأعوام 2019 و2020 و2021, سنتي 2020 و2021. */
const YEAR_LIST = new RegExp(
  PRE + `(?<w>عامي|العامين|عامين|الاعوام|اعوام|السنوات|سنوات|سنتي|السنتين)\\s+(?<list>${Y}(?:\\s*[،,]?\\s*و\\s*${Y})+)` + END,
  'g',
);
/** من 1970 إلى 2000, منذ 2011 وحتى 2014, الفترة 2014-2018, (1939-1945). */
const YEAR_RANGE = new RegExp(
  `(?<![\\d/.\\-:])(?:(?<w>من|منذ|بين|الفتره|فتره|عامي|العامين|الاعوام)\\s+)?(?:(?:عام|العام|سنه)\\s+)?(?<a>${Y})\\s*(?<sep>-|–|الي|حتي|وحتي|ولغايه|لغايه|و)\\s*(?:(?:عام|العام|سنه)\\s+)?(?<b>${Y})(?![\\d/\\-:%٪]|[.,٫]\\d)` + END,
  'g',
);
/** Two years and their separator: a range starts at most 18 characters (من عام, الفترة) before it. */
const RANGE_CUE = /\d{4}\s*(?:-|–|الي|حتي|وحتي|لغايه|ولغايه|و)\s*(?:(?:عام|العام|سنه)\s+)?\d{4}/g;
/** Words after a number that make it a count ("من 1970 إلى 2000 شخص"). */
const COUNT_AFTER = new RegExp(`^\\s*(?:[%٪]|[وب]?(?:شخص|دولار|يورو|ريال|درهم|دينار|جنيه|ليره|متر|طن|نسمه|حاله|منزل|مقعد|نقطه|عامل|طالب)(?![${LETTER}]))`);

const CENTURY_ORD: Record<string, number> = {
  'الاول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الخامس': 5, 'السادس': 6, 'السابع': 7, 'الثامن': 8, 'التاسع': 9, 'العاشر': 10,
  'الحاديعشر': 11, 'الثانيعشر': 12, 'الثالثعشر': 13, 'الرابععشر': 14, 'الخامسعشر': 15, 'السادسعشر': 16, 'السابععشر': 17,
  'الثامنعشر': 18, 'التاسععشر': 19, 'العشرين': 20, 'العشرون': 20, 'الحاديوالعشرين': 21, 'الحاديوالعشرون': 21,
};
/** القرن التاسع عشر (الميلادي), القرن العشرين, القرن الماضي, القرن الحالي; a Hijri century is left alone. */
const CENTURY = new RegExp(
  PRE +
    `القرن\\s+(?<o>(?:الحادي|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع)\\s+عشر|الحادي\\s+والعشر(?:ين|ون)|العشر(?:ين|ون)|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الماضي|المنصرم|الحالي|الجاري)` +
    `(?<era>\\s+(?:الميلادي|للميلاد|الهجري|للهجره))?` + END + '(?!\\s*(?:قبل\\s+الميلاد|ق\\.?\\s*م))',
  'g',
);

function yearsInterval(a: number, b: number): string {
  return `${String(a).padStart(4, '0')}/${String(b + 1).padStart(4, '0')}`;
}

export function years(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  const push = (s: number, e: number, value: string): void => {
    out.push({ s, e, kind: 'date', value, cal: 'gregorian' });
  };
  for (const m of scanNear(ctx.s, PAREN_YEAR, /\(/g, 0)) {
    const at = m.index! + m[0].indexOf(m.groups!.y!);
    push(at, at + 4, m.groups!.y!);
  }
  for (const m of scanNear(ctx.s, YEAR_LIST, /(?:عامي|عامين|اعوام|سنوات|سنتي|السنتين)\s+\d{4}/g, 4)) {
    const list = [...m.groups!.list!.matchAll(/\d{4}/g)];
    const ys = list.map((x) => Number(x[0]));
    const from = /(?:^|[^\u0621-\u064A])[وف]?بين\s+$/.test(before(ctx, m.index!, 8));
    const s = coreStart(m);
    const e = m.index! + m[0].length;
    const consecutive = ys.every((y, i) => i === 0 || y === ys[i - 1]! + 1);
    if (from && ys.length === 2 && ys[1]! > ys[0]!) push(s, e, yearsInterval(ys[0]!, ys[1]!));
    else if (consecutive) push(s, e, yearsInterval(ys[0]!, ys[ys.length - 1]!));
    else {
      // One span each: the first carries the word (عامي 2015), the rest their year alone.
      const listAt = m.index! + m[0].indexOf(m.groups!.list!);
      list.forEach((x, i) => {
        const a = listAt + x.index!;
        push(i === 0 ? s : a, a + 4, x[0]);
      });
    }
  }
  for (const m of scanNear(ctx.s, YEAR_RANGE, RANGE_CUE, 18)) {
    const g = m.groups!;
    const [a, b] = [Number(g.a), Number(g.b)];
    if (b <= a || b - a > 100) continue;
    // "من 1970 إلى 2000" needs its from-word; a bare dash range (2014-2018) stands alone.
    if (!g.w && g.sep !== '-' && g.sep !== '–') continue;
    if (g.sep === 'و' && g.w !== 'بين') continue; // "1990 و2000" may be two years
    // «موسم 2014-2015», «العام الدراسي 2014-2015»: a season across two years, not both years.
    if (b === a + 1 && /^[-–]$/.test(g.sep!) && /(?:عام|موسم|الموسم|الدراسي|المالي|الرياضي)\s*$/.test(before(ctx, m.index! + m[0].indexOf(g.a!), 14))) continue;
    const e = m.index! + m[0].length;
    if (COUNT_AFTER.test(ctx.s.slice(e, e + 12))) continue;
    const lead = g.w && /^(?:عامي|العامين|الاعوام)$/.test(g.w) ? m.index! : m.index! + m[0].search(/(?:عام|العام|سنه)\s|\d/);
    push(lead, e, yearsInterval(a, b));
  }
  for (const m of scanNear(ctx.s, CENTURY, /القرن/g, 2)) {
    const g = m.groups!;
    if (g.era && /هجر/.test(g.era)) continue;
    const o = g.o!.replace(/\s+/g, '');
    const refCentury = Math.floor(ctx.ref.getUTCFullYear() / 100) + 1;
    const n = /^(?:الماضي|المنصرم)$/.test(o) ? refCentury - 1 : /^(?:الحالي|الجاري)$/.test(o) ? refCentury : CENTURY_ORD[o];
    if (!n) continue;
    push(coreStart(m), m.index! + m[0].length, yearsInterval((n - 1) * 100, n * 100 - 1));
  }
  return out;
}
