/**
 * The holidays the date recognizer reads (holidays.ts) and the hover card names (format.ts): the
 * normalized spellings, the calendar day, and the name in Arabic and English. Data only.
 */
import { isoToHijri } from './calendar';

export interface Holiday {
  /** Normalized spellings, spaces as \s+. */
  re: string;
  cal: 'gregorian' | 'hijri';
  month: number;
  day: number;
  ar: string;
  en: string;
}

export const HOLIDAYS: Holiday[] = [
  { re: 'عيد\\s+الفطر(?:\\s+(?:السعيد|المبارك))?', cal: 'hijri', month: 10, day: 1, ar: 'عيد الفطر', en: 'Eid al-Fitr' },
  { re: 'عيد\\s+الاضحي(?:\\s+المبارك)?', cal: 'hijri', month: 12, day: 10, ar: 'عيد الأضحى', en: 'Eid al-Adha' },
  { re: '(?:يوم|وقفه)\\s+عرف(?:ه|ات)', cal: 'hijri', month: 12, day: 9, ar: 'يوم عرفة', en: 'Day of Arafah' },
  { re: 'ليله\\s+القدر', cal: 'hijri', month: 9, day: 27, ar: 'ليلة القدر', en: 'Laylat al-Qadr' },
  { re: 'راس\\s+السنه\\s+الهجريه|(?:العام|السنه)\\s+الهجري(?:ه)?\\s+الجديد(?:ه)?', cal: 'hijri', month: 1, day: 1, ar: 'رأس السنة الهجرية', en: 'Islamic New Year' },
  { re: '(?:عيد\\s+)?المولد\\s+النبوي(?:\\s+الشريف)?', cal: 'hijri', month: 3, day: 12, ar: 'المولد النبوي', en: 'Mawlid' },
  { re: '(?:يوم\\s+)?عاشوراء', cal: 'hijri', month: 1, day: 10, ar: 'عاشوراء', en: 'Ashura' },
  { re: 'الاسراء\\s+والمعراج', cal: 'hijri', month: 7, day: 27, ar: 'الإسراء والمعراج', en: 'Isra and Miraj' },
  { re: 'ليله\\s+النصف\\s+من\\s+شعبان', cal: 'hijri', month: 8, day: 15, ar: 'ليلة النصف من شعبان', en: 'Mid-Shaban' },
  // Coptic and Orthodox Christmas, 7 January: said with its church, or (holidays.ts) in a sentence about it.
  { re: 'عيد\\s+الميلاد\\s+(?:المجيد\\s+)?(?:القبطي|الارثوذكسي|الشرقي|لدي\\s+الاقباط|للاقباط|عند\\s+الاقباط)', cal: 'gregorian', month: 1, day: 7, ar: 'عيد الميلاد المجيد (القبطي)', en: 'Orthodox Christmas' },
  { re: 'عيد\\s+الميلاد(?:\\s+المجيد)?(?!\\s+(?:ال)?\\S*(?:ين|ون|\\d))', cal: 'gregorian', month: 12, day: 25, ar: 'عيد الميلاد', en: 'Christmas' },
  { re: 'ليله\\s+راس\\s+السنه(?:\\s+الميلاديه)?', cal: 'gregorian', month: 12, day: 31, ar: 'ليلة رأس السنة', en: "New Year's Eve" },
  { re: 'راس\\s+السنه(?:\\s+الميلاديه|(?!\\s+(?:ال)?(?:هجري|عبري|امازيغي|صيني|فارسي|قبطي|يهودي|كردي)))', cal: 'gregorian', month: 1, day: 1, ar: 'رأس السنة الميلادية', en: "New Year's Day" },
  { re: 'عيد\\s+العمال', cal: 'gregorian', month: 5, day: 1, ar: 'عيد العمال', en: 'Labour Day' },
];

/** The holiday falling on a Gregorian day (YYYY-MM-DD), Hijri ones by the Umm al-Qura calendar. */
export function holidayOn(iso: string): Holiday | null {
  const [, m, d] = iso.split('-').map(Number);
  const h = isoToHijri(iso);
  return HOLIDAYS.find((x) => (x.cal === 'hijri' ? h !== null && h.month === x.month && h.day === x.day : x.month === m && x.day === d)) ?? null;
}
