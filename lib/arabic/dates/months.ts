/**
 * Date vocabulary, written in normalized form (see normalize.ts: أإآ→ا, ى→ي, ة→ه, no diacritics or
 * tatweel). Multi-word names are matched with any run of spaces between words, and looked up with
 * spaces removed (`key()`), so "كانون  الثاني" and "ذو القعده" both resolve.
 */

/** Lookup key: a matched name with its spaces removed. */
export function key(name: string): string {
  return name.replace(/\s+/g, '');
}

function table(rows: string[][]): Record<string, number> {
  const t: Record<string, number> = {};
  rows.forEach((names, i) => names.forEach((n) => (t[key(n)] = i + 1)));
  return t;
}

/** Regex alternation for a list of names, longest first, spaces as \s+ (names are plain letters). */
export function alternation(names: Iterable<string>): string {
  return [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s*')).join('|');
}

// Every regional family: Egypt/Gulf, Levant/Iraq (Syriac), Tunisia/Algeria (French), Morocco and
// Mauritania. ماي, اب, جوان are also ordinary words or names: callers demand a day or year with them.
const GREGORIAN: string[][] = [
  ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي', 'جانفييه', 'ينير'],
  ['فبراير', 'شباط', 'فيفري', 'فيفرييه', 'فبرير'],
  ['مارس', 'اذار', 'مارش'],
  ['ابريل', 'نيسان', 'افريل', 'ابريل', 'ابرير'],
  ['مايو', 'ايار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان', 'يونيوز'],
  ['يوليو', 'يوليه', 'تموز', 'جويليه', 'جوييليه', 'يوليوز', 'جويليا'],
  ['اغسطس', 'اغسطوس', 'اب', 'اوت', 'غشت', 'اغشت'],
  ['سبتمبر', 'سيبتمبر', 'ايلول', 'شتنبر', 'شتمبر'],
  ['اكتوبر', 'تشرين الاول', 'تشرين اول', 'اكتوبر'],
  ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر'],
  ['ديسمبر', 'كانون الاول', 'كانون اول', 'دجنبر', 'دجمبر', 'دسمبر'],
];
export const GREGORIAN_MONTHS = table(GREGORIAN);
export const GREGORIAN_NAMES = GREGORIAN.flat();
/** Month names that are also common words or names: never a date on their own. */
export const AMBIGUOUS_MONTHS = new Set(['ماي', 'اب', 'جوان', 'مارس', 'نيسان', 'تموز']);

// ذو → ذي after prepositions and in idafa; honorific epithets (رمضان المبارك) are matched separately.
const HIJRI: string[][] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الاول', 'ربيع اول', 'ربيع الاولي'],
  ['ربيع الاخر', 'ربيع الثاني', 'ربيع ثاني', 'ربيع الاخره'],
  ['جمادي الاولي', 'جمادي الاول', 'جماد الاول', 'جمادي اولي'],
  ['جمادي الاخره', 'جمادي الاخر', 'جمادي الثانيه', 'جمادي الثاني', 'جماد الاخر', 'جماد الثاني'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعده', 'ذي القعده', 'ذوالقعده', 'ذيالقعده'],
  ['ذو الحجه', 'ذي الحجه', 'ذوالحجه', 'ذيالحجه'],
];
export const HIJRI_MONTHS = table(HIJRI);
export const HIJRI_NAMES = HIJRI.flat();
export const HIJRI_EPITHETS = ['الحرام', 'الخير', 'المرجب', 'الفرد', 'المعظم', 'المبارك', 'الكريم'];

/** Weekdays, Sunday = 0 as in Date.getUTCDay(); with the article (bare احد means "one"). */
export const WEEKDAYS: Record<string, number> = {
  'الاحد': 0, 'الاثنين': 1, 'الثلاثاء': 2, 'الثلاثا': 2, 'الاربعاء': 3, 'الاربعا': 3, 'الخميس': 4, 'الجمعه': 5, 'السبت': 6,
};

const UNITS_M = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];
const UNITS_F = ['الاولي', 'الثانيه', 'الثالثه', 'الرابعه', 'الخامسه', 'السادسه', 'السابعه', 'الثامنه', 'التاسعه', 'العاشره'];

/** Ordinal day words (masculine and feminine) → day of month: الاول, الثاني عشر, الحادي والعشرين. */
export const ORDINAL_DAYS: Record<string, number> = {};
/** Ordinal words as written (with spaces), for patterns. */
export const ORDINAL_WORDS: string[] = [];
function ord(words: string, n: number): void {
  ORDINAL_DAYS[key(words)] = n;
  ORDINAL_WORDS.push(words);
}
for (let i = 0; i < 10; i++) {
  ord(UNITS_M[i]!, i + 1);
  ord(UNITS_F[i]!, i + 1);
}
ord('اول', 1);
ord('الفاتح', 1); // Algeria, Libya: "الفاتح من نوفمبر"
for (const [ten, tens] of [[1, ['عشر', 'عشره']], [2, ['العشرين', 'العشرون']], [3, ['الثلاثين', 'الثلاثون']]] as const) {
  for (const t of tens) {
    if (ten > 1) ord(t, ten * 10);
    for (let u = 1; u <= 9; u++) {
      if (ten * 10 + u > 31) break;
      const ms = u === 1 ? ['الحادي'] : [UNITS_M[u - 1]!];
      const fs = u === 1 ? ['الحاديه'] : [UNITS_F[u - 1]!];
      for (const w of [...ms, ...fs]) ord(ten === 1 ? `${w} ${t}` : `${w} و${t}`, ten * 10 + u);
    }
  }
}

/** Cardinal number words for counts in relative expressions (منذ ثلاثة أيام). */
export const CARDINALS: Record<string, number> = {
  'واحد': 1, 'واحده': 1, 'اثنين': 2, 'اثنان': 2, 'ثلاث': 3, 'ثلاثه': 3, 'اربع': 4, 'اربعه': 4, 'خمس': 5, 'خمسه': 5,
  'ست': 6, 'سته': 6, 'سبع': 7, 'سبعه': 7, 'ثماني': 8, 'ثمانيه': 8, 'ثمان': 8, 'تسع': 9, 'تسعه': 9, 'عشر': 10, 'عشره': 10,
  'بضع': 3, 'بضعه': 3, 'عده': 3,
};

/** Clock hours as ordinal feminine words: الثامنة = 8, الحادية عشرة = 11. */
export const CLOCK_HOURS: Record<string, number> = { 'الواحده': 1 };
UNITS_F.forEach((w, i) => { if (i > 0) CLOCK_HOURS[w] = i + 1; });
CLOCK_HOURS[key('الحاديه عشره')] = 11;
CLOCK_HOURS[key('الحاديه عشر')] = 11;
CLOCK_HOURS[key('الثانيه عشره')] = 12;
CLOCK_HOURS[key('الثانيه عشر')] = 12;
