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

/** The words of a text with their offsets in it. */
export function words(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD_RE)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * One key per entity across spelling variants: «إبراهيم الجعفريّ», «ابراهيم الجعفري» and «إبراهيم
 * جعفري» → the same key. Names arrive without their proclitics (the analyzer strips them), so only
 * the article is taken off: stripping و/ف/ب/ل/ك here would turn «فؤاد» into «واد».
 */
export function entityKey(text: string): string {
  return words(text).map((w) => withoutArticle(normalize(w.text).toLowerCase())).join(' ');
}

/** The page a clipping belongs to: its URL without the fragment. */
export function pageOf(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
