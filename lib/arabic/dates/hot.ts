/**
 * Where dates can be: every date the recognizers read contains a digit or one of a few dozen words
 * (month, weekday, day, week, month, year words). One cheap scan finds them, and the recognizers run
 * only on windows around them: most of a news article holds no date, and the full recognizers
 * (lookbehinds, long alternations) are the expensive part.
 */
import { GREGORIAN_NAMES } from './months';

// Strong cues only: a frequent word (عام, يوم, احد) alone would put most of an article in a window.
const MONTHS = [...new Set(GREGORIAN_NAMES.map((n) => n.split(' ')[0]!).filter((w) => w.length > 2))];
const CUES = [
  '\\d ?[/.\\-:٫] ?\\d', '(?:1[3-49]|20)\\d\\d', '\\d\\s+(?:من\\s+)?اب', // numeric dates, years, "4 آب"
  ...MONTHS, 'محرم', 'صفر', 'ربيع', 'جماد', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعده', 'الحجه',
  'الاحد', 'الاثنين', 'الثلاثا', 'الاربعا', 'الخميس', 'الجمعه', 'السبت',
  'امس', 'غد', 'مبارح', 'بكر[اه]', 'النهارده', 'انهارده', 'البارحه', 'اليوم', 'الليله', 'هذا\\s+الصباح', 'هذا\\s+المساء', 'الشهر', 'شهر\\s', 'العام\\s+ال', 'الجاري', 'الحالي', 'هذا\\s+العام', 'السنه', 'هذه\\s+السنه',
  '(?:منذ|قبل|بعد)\\s+(?:\\S+\\s+)?(?:يوم|ايام|اسبوع|اسابيع|شهر|اشهر|شهور|عام|اعوام|سن)',
  '(?:مطلع|بدايه|اوايل|مستهل|منتصف|اواسط|اواخر|نهايه|ختام|اخر|اول)\\s+(?:هذا\\s+|هذه\\s+)?(?:العام|السنه)',
  'ينيات', 'ينات', 'الربع', 'النصف', 'القرن\\s', 'عيد\\s+(?:الفطر|الاضحي|الميلاد|العمال|المولد)', 'ليله\\s+(?:القدر|النصف|راس)', 'المولد\\s+النبوي', 'عاشوراء', 'يوم\\s+عرف', 'وقفه\\s+عرف', 'الاسراء',
  'صيف', 'شتاء', 'خريف', 'الساعه\\s', 'منتصف\\s+الليل', 'اسبوع', 'العشر\\s+الا', '(?:اول|اخر)\\s+يوم', 'ايام\\s+(?:العيد|عيد|رمضان|شهر)',
  // clock words without الساعة: «الثامنة صباحا», «التاسعة والنصف صباحا», «5 مساء»
  '[ه\\d]\\s*(?:من\\s+)?(?:صباحا?|مساءا?|عصرا?|ظهرا|فجرا?|ليلا)(?![\\u0621-\\u064A])', '(?:نصف|ربع|ثلث)\\s+(?:صباحا?|مساءا?|عصرا?|ظهرا|فجرا?|ليلا)(?![\\u0621-\\u064A])',
  '(?:عام|سنه)\\s*1[0-8]\\d\\d', '\\(1[5-8]\\d\\d\\)',
];
/**
 * Plain words as one trie-shaped alternation (ال(?:احد|اثنين|…)): the backtracking engine then tests
 * a shared prefix once per position instead of once per word. Cues with regex syntax stay as they are.
 */
function trie(words: string[]): string {
  const groups = new Map<string, string[]>();
  let end = false;
  for (const w of words) {
    if (w === '') end = true;
    else groups.set(w[0]!, [...(groups.get(w[0]!) ?? []), w.slice(1)]);
  }
  const alts = [...groups].map(([c, rest]) => c + (rest.length === 1 ? rest[0] : `(?:${trie(rest)})`));
  if (end) alts.push('');
  return alts.join('|');
}
const PLAIN = /^[\u0621-\u064A]*$/;
const TRIGGER = new RegExp([trie([...new Set(CUES.filter((c) => PLAIN.test(c)))]), ...CUES.filter((c) => !PLAIN.test(c))].join('|'), 'y');

/**
 * A cue as (first character, rest) pairs: «(?:منذ|قبل|بعد)\\s+…» gives one pair per word. A cue of
 * another shape stays whole under the key ''.
 */
function heads(cue: string): Array<[string, string]> {
  if (/^\\[d(]/.test(cue)) return [[cue.slice(0, 2), cue.slice(2)]];
  if (cue.startsWith('[ه\\d]')) return [['ه', cue.slice(5)], ['\\d', cue.slice(5)]];
  const group = /^\(\?:([\u0621-\u064A|]+)\)/.exec(cue);
  if (group) return group[1]!.split('|').map((w) => [w[0]!, w.slice(1) + cue.slice(group[0].length)]);
  if (/^[\u0621-\u064A]/.test(cue)) return [[cue[0]!, cue.slice(1)]];
  return [['', cue]];
}
/**
 * The cues regrouped by their first character («ا(?:…)|ب(?:…)|…»): the same positions match as
 * TRIGGER, but the engine tests one alternative per first character at each position instead of every
 * cue. It only finds where the next cue starts; TRIGGER, sticky there, gives the match itself (the
 * same one: both take the leftmost position, and TRIGGER keeps its order of alternatives).
 */
const FIND = (() => {
  const groups = new Map<string, string[]>();
  for (const c of CUES) for (const [first, rest] of heads(c)) groups.set(first, [...(groups.get(first) ?? []), rest]);
  const alts = [...groups].map(([first, rests]) => {
    const plain = [...new Set(rests.filter((r) => PLAIN.test(r)))];
    const parts = [...(plain.length ? [trie(plain)] : []), ...rests.filter((r) => !PLAIN.test(r))];
    return first ? `${first}(?:${parts.join('|')})` : parts.join('|');
  });
  return new RegExp(alts.join('|'), 'g');
})();

/** The first TRIGGER match at or after `from`. */
function nextTrigger(s: string, from: number): RegExpExecArray | null {
  FIND.lastIndex = from;
  let f: RegExpExecArray | null;
  while ((f = FIND.exec(s))) {
    TRIGGER.lastIndex = f.index;
    const m = TRIGGER.exec(s);
    if (m) return m;
    FIND.lastIndex = f.index + 1; // unreachable while FIND and TRIGGER hold the same cues
  }
  return null;
}

const BEFORE = 40;
const AFTER = 50;

/** Disjoint [start, end) windows of `s` around every trigger, snapped to whitespace. */
export function hotWindows(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let next = 0;
  let m: RegExpExecArray | null;
  while ((m = nextTrigger(s, next))) {
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
    next = Math.max(m.index + m[0].length, out[out.length - 1]![1] - AFTER);
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
