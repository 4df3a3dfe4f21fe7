import { normalize } from '../arabic/normalize';
import { cliticReadings, withoutArticle } from '../arabic/tokenize';

/**
 * Matching keys for Arabic words. A word's keys are its normalized stems with the proclitics
 * (و ف ب ل ك) and the article ال taken off in every way the tokenizer allows, so «والجعفريّ»,
 * «الجعفري» and «جعفري» share the key «جعفري». Shown text is never touched: keys are for matching.
 */
export function wordKeys(word: string): string[] {
  const norm = normalize(word).toLowerCase();
  if (!norm) return [];
  const keys = new Set<string>();
  for (const r of cliticReadings(norm)) keys.add(withoutArticle(r.stem));
  return [...keys];
}

/** Words of any script, tatweel and marks kept inside (same rule as lib/arabic/tokenize). */
export const WORD_RE = /[\p{L}\p{M}\p{Nd}\u0640\u200C\u200D]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;

/**
 * Is this UTF-16 unit part of a word? The same answer as WORD_RE, without a Unicode-property regex
 * for the common cases (Arabic, ASCII): splitting a 10,000-clipping library is 5× faster this way.
 */
function isWordUnit(c: number, s: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic punctuation and signs are not word characters.
    return !(c === 0x060c || c === 0x060d || c === 0x061b || c === 0x061f || c === 0x061e || (c >= 0x066a && c <= 0x066d) || c === 0x06d4 || c === 0x0600 || c === 0x0601 || c === 0x0602 || c === 0x0603 || c === 0x0604 || c === 0x0605 || c === 0x0606 || c === 0x0607 || c === 0x0608 || c === 0x0609 || c === 0x060a || c === 0x060e || c === 0x060f || c === 0x061c || c === 0x06dd || c === 0x06de || c === 0x06e9);
  }
  if (c === 0x200c || c === 0x200d) return true;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(s.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return WORD_CHAR.test(s.slice(i - 1, i + 1));
  return WORD_CHAR.test(s[i]!);
}

/** The words of a text with their offsets in it. */
export function words(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordUnit(text.charCodeAt(i), text, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return out;
}

/**
 * One key per entity across spelling variants: «إبراهيم الجعفريّ», «ابراهيم الجعفري» and «إبراهيم
 * جعفري» → the same key. Names arrive without their proclitics (the analyzer strips them), so only
 * the article is taken off: stripping و/ف/ب/ل/ك here would turn «فؤاد» into «واد».
 */
export function entityKey(text: string): string {
  let key = entityKeys.get(text);
  if (key === undefined) {
    key = words(text).map((w) => withoutArticle(normalize(w.text).toLowerCase())).join(' ');
    // Names repeat across a library: remember them (bounded, so a huge import cannot grow it forever).
    if (entityKeys.size > 50_000) entityKeys.clear();
    entityKeys.set(text, key);
  }
  return key;
}
const entityKeys = new Map<string, string>();

/** The page a clipping belongs to: its URL without the fragment. */
export function pageOf(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
