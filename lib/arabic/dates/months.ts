/** Month names by family, normalized (see normalize.ts). Index = month number (1–12). */
export const GREGORIAN_MONTHS: Record<string, number> = {};
export const HIJRI_MONTHS: Record<string, number> = {};

const GREGORIAN: string[][] = [
  ['يناير', 'كانون الثاني', 'جانفي', 'جانفييه'],
  ['فبراير', 'شباط', 'فيفري', 'فبرير'],
  ['مارس', 'اذار', 'مارش'],
  ['ابريل', 'نيسان', 'افريل', 'ابريل'],
  ['مايو', 'ايار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان', 'يونيوز'],
  ['يوليو', 'يوليه', 'تموز', 'جويليه', 'جويلية', 'يوليوز'],
  ['اغسطس', 'اب', 'اوت', 'غشت', 'اغسطس'],
  ['سبتمبر', 'ايلول', 'شتنبر', 'سبتمبر'],
  ['اكتوبر', 'تشرين الاول', 'اكتوبر'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  ['ديسمبر', 'كانون الاول', 'دجنبر'],
];
const HIJRI: string[][] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الاول', 'ربيع الاولي', 'ربيع اول'],
  ['ربيع الثاني', 'ربيع الاخر', 'ربيع الثانى', 'ربيع ثاني'],
  ['جمادي الاولي', 'جمادي الاول', 'جماد الاول'],
  ['جمادي الاخره', 'جمادي الثانيه', 'جمادي الاخر', 'جمادي الثاني'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعده', 'ذي القعده'],
  ['ذو الحجه', 'ذي الحجه'],
];
GREGORIAN.forEach((names, i) => names.forEach((n) => (GREGORIAN_MONTHS[n] = i + 1)));
HIJRI.forEach((names, i) => names.forEach((n) => (HIJRI_MONTHS[n] = i + 1)));

/** Weekdays, Sunday = 0 as in Date.getUTCDay(). */
export const WEEKDAYS: Record<string, number> = {
  'الاحد': 0, 'الاثنين': 1, 'الإثنين': 1, 'الثلاثاء': 2, 'الاربعاء': 3, 'الخميس': 4, 'الجمعه': 5, 'السبت': 6,
};

/** Alternation pattern for a month table, longest names first so "كانون الثاني" beats "كانون". */
export function monthPattern(table: Record<string, number>): string {
  return Object.keys(table).sort((a, b) => b.length - a.length).join('|');
}
