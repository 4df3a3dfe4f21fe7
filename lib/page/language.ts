/**
 * Arabic, or another language in Arabic script? Decided by letters Arabic does not use and by
 * function words, never by script alone (Persian, Urdu and Kurdish pages are Arabic script too).
 */
export type ScriptLanguage = 'ar' | 'fa' | 'ur' | 'ckb' | 'other';

const ARABIC_LETTER = /[\u0621-\u064A]/g;
const PERSIAN_LETTERS = /[پچژگیک]/g; // Persian/Urdu letters and the Persian forms of ya and kaf
const URDU_LETTERS = /[ٹڈڑںےہۓھ]/g;
const KURDISH_LETTERS = /[ڕڵۆێەڤ]/g;
const PERSIAN_WORDS = /(?:^|\s)(?:است|این|که|را|می|برای|های|آن|شد|بود|کرد|از)(?=\s|$)/g;
const ARABIC_WORDS = /(?:^|\s)(?:في|من|على|إلى|الى|عن|التي|الذي|أن|ان|هذا|هذه|مع)(?=\s|$)/g;

export function scriptLanguage(sample: string): ScriptLanguage {
  const arabic = count(sample, ARABIC_LETTER);
  if (arabic < 20) return 'other';
  const persian = count(sample, PERSIAN_LETTERS);
  const urdu = count(sample, URDU_LETTERS);
  const kurdish = count(sample, KURDISH_LETTERS);
  const faWords = count(sample, PERSIAN_WORDS);
  const arWords = count(sample, ARABIC_WORDS);
  // Scraped Arabic carries a few Persian forms (گ in Iraqi names, ی from Persian keyboards), so
  // letters alone decide only when they are frequent; function words break the tie.
  if (urdu > arabic * 0.02 && urdu >= persian * 0.3) return 'ur';
  if (kurdish > arabic * 0.02) return 'ckb';
  if (persian > arabic * 0.02 && faWords >= arWords) return 'fa';
  if (faWords > arWords * 2) return 'fa';
  return 'ar';
}

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}
