/**
 * Where dates can be: every date the recognizers read contains a digit or one of a few dozen words
 * (month, weekday, day, week, month, year words). One cheap scan finds them, and the recognizers run
 * only on windows around them: most of a news article holds no date, and the full recognizers
 * (lookbehinds, long alternations) are the expensive part.
 */
import { GREGORIAN_NAMES } from './months';

const WORDS = [
  ...GREGORIAN_NAMES.map((n) => n.split(' ')[0]!).filter((w) => w.length > 2),
  'محرم', 'صفر', 'ربيع', 'جماد', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعده', 'الحجه',
  'احد', 'اثنين', 'ثلاثا', 'اربعا', 'خميس', 'جمعه', 'سبت',
  'امس', 'غد', 'البارحه', 'يوم', 'ايام', 'اسبوع', 'اسابيع', 'شهر', 'اشهر', 'شهور', 'عام', 'اعوام', 'سنه', 'سنوات', 'سنتين',
  'ينيات', 'ينات',
];
// Two-letter month names (اب) are only read with a digit or a context word: the digit triggers.
const TRIGGER = new RegExp(`\\d|${[...new Set(WORDS)].sort((a, b) => b.length - a.length).join('|')}`, 'g');

const BEFORE = 70;
const AFTER = 90;

/** Disjoint [start, end) windows of `s` around every trigger, snapped to whitespace. */
export function hotWindows(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(s))) {
    let a = Math.max(0, m.index - BEFORE);
    let b = Math.min(s.length, m.index + m[0].length + AFTER);
    const last = out[out.length - 1];
    if (last && a <= last[1]) {
      last[1] = Math.max(last[1], snapEnd(s, b));
    } else {
      a = snapStart(s, a);
      b = snapEnd(s, b);
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else out.push([a, b]);
    }
    TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, out[out.length - 1]![1] - AFTER);
  }
  return out;
}

function snapStart(s: string, i: number): number {
  while (i > 0 && !/\s/.test(s[i - 1]!)) i--;
  return i;
}
function snapEnd(s: string, i: number): number {
  while (i < s.length && !/\s/.test(s[i]!)) i++;
  return i;
}
