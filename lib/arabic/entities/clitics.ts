/**
 * How many leading characters of an entity's first word are proclitics to leave outside the span:
 * "وبغداد" → و, "بالعراق" → ب, "للأمم" → ل (one ل: the other belongs to the article), "لبنان" → none.
 */
import { cliticReadings, type CliticSplit } from '../tokenize';
import { KNOWN_ORGS } from './known-orgs';
import { LATE_HEADS, ORG_HEADS, normalized } from './lexicon';
import type { NerModel } from './model';

/** "ك" (as, like) before a bare name is rare; a name that begins with ك is not ("كريم" ≠ ك + ريم, "كيري" ≠ ك + يري). */
function isBareKaf(r: CliticSplit): boolean {
  return !r.definite && r.proclitics.endsWith('ك');
}

/** Two-letter words that open longer names («تل أبيب», «أم درمان»): after و/ب/ل they are the name's, in a name of several words. */
const SHORT_OPENERS = new Set(['تل', 'بن', 'ام', 'دي', 'سي', 'اب', 'لا']);

/** Head words an organization's name may open with (the span rules' heads, and institutions'); a clitic letter before one is never the name's. */
const ORG_HEAD_WORDS = new Set([...ORG_HEADS, ...LATE_HEADS, ...normalized(['مكتب', 'مركز', 'معهد', 'كليه', 'مدرسه'])]);

/** A person-name list knows the word whole («بايدن»): a clitic-like first letter is the name's. */
export function personListed(model: NerModel, s: string): boolean {
  const g = model.gazetteer;
  return g.first.has(s) || g.last.has(s) || !!g.pname?.has(s);
}

/**
 * Normalized characters to strip from the start of `norm`. multiword: the word opens a name of
 * several words, where a two-letter name word may follow the clitic («وتل أبيب» → تل أبيب).
 */
export function cliticPrefixLength(norm: string, model: NerModel | null, multiword = false, kind?: string): number {
  const readings = cliticReadings(norm);
  if (readings.length === 1) return 0;
  // An organization that opens with a known organization's first word keeps only that word: «بتويتر» → تويتر;
  // so does one that opens with a head word: «بشرطة باريس» → شرطة باريس.
  if (kind === 'ORG' && !KNOWN_ORGS.has(norm)) for (const r of readings.slice(1)) if (KNOWN_ORGS.has(r.stem) || ORG_HEAD_WORDS.has(r.stem)) return r.prefixLength;
  // The hand-checked first names are trusted before counts: «فراس» is no ف + «راس», which began more
  // names in training («رأس العين»); «وفراس» loses only its و; a listed place stays whole («لبنان», not ل + «بنان»).
  const lists = model?.gazetteer;
  if (lists) for (const r of readings) {
    if (lists.place.has(r.stem)) break;
    if (lists.first.has(r.stem) && !isBareKaf(r)) return r.prefixLength;
  }
  if (multiword) {
    for (const r of readings.slice(1)) if (r.stem.length === 2 && !r.definite && SHORT_OPENERS.has(r.stem)) return r.prefixLength;
  }
  const seen = (s: string): number => {
    if (!model) return 0;
    const n = model.entityWords.get(s) ?? 0;
    const g = model.gazetteer;
    return n + (g.place.has(s) || g.first.has(s) || g.last.has(s) || g.pname?.has(s) ? 1 : 0);
  };
  // A proclitic before the article is unambiguous ("والفلوجة", "بالأنبار", "للحلف"), unless the
  // whole word is a listed name ("فالنسيا"). Training counts cannot decide this: ANERcorp tags
  // prefixed forms too.
  const g = model?.gazetteer;
  const listed = !!g && (g.place.has(norm) || g.first.has(norm) || g.last.has(norm) || !!g.pname?.has(norm));
  if (!listed) {
    for (let k = readings.length - 1; k > 0; k--) {
      const r = readings[k]!;
      if (r.definite && r.stem.length >= 5) return r.prefixLength;
    }
  }
  // Otherwise prefer the reading best attested as an entity word; unattested stems never win ("وليد", "كريم").
  let best = readings[0]!;
  let bestScore = seen(best.stem);
  for (const r of readings.slice(1)) {
    if (r.stem.length < 3) continue; // "واس" is not و + اس
    if (isBareKaf(r)) continue;
    const s = seen(r.stem);
    // On a tie the stem wins: the prefixed form is the variant ("وجبهة" and "جبهة" both began names),
    // unless a person-name list knows the longer form whole: «بايدن» is not ب + the place «ايدن».
    if (s > 0 && (s > bestScore || (s === bestScore && !(model && bestScore > 0 && personListed(model, best.stem))))) { best = r; bestScore = s; }
  }
  if (bestScore > 0) return best.prefixLength;
  // A word the model never saw whose stem it did see as a word: "وجبهة" → و + جبهة.
  if (model && !model.weights.has('w=' + norm)) {
    for (let k = readings.length - 1; k > 0; k--) {
      const r = readings[k]!;
      if (r.stem.length >= 3 && !isBareKaf(r) && model.weights.has('w=' + r.stem)) return r.prefixLength;
    }
  }
  return 0;
}
