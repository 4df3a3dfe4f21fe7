/**
 * How many leading characters of an entity's first word are proclitics to leave outside the span:
 * "وبغداد" → و, "بالعراق" → ب, "للأمم" → ل (one ل: the other belongs to the article), "لبنان" → none.
 */
import { cliticReadings, type CliticSplit } from '../tokenize';
import type { NerModel } from './model';

/** "ك" (as, like) before a bare name is rare; a name that begins with ك is not ("كريم" ≠ ك + ريم, "كيري" ≠ ك + يري). */
function isBareKaf(r: CliticSplit): boolean {
  return !r.definite && r.proclitics.endsWith('ك');
}

/** Normalized characters to strip from the start of `norm`. */
export function cliticPrefixLength(norm: string, model: NerModel | null): number {
  const readings = cliticReadings(norm);
  if (readings.length === 1) return 0;
  const seen = (s: string): number => {
    if (!model) return 0;
    const n = model.entityWords.get(s) ?? 0;
    const g = model.gazetteer;
    return n + (g.place.has(s) || g.first.has(s) || g.last.has(s) ? 1 : 0);
  };
  // A proclitic before the article is unambiguous ("والفلوجة", "بالأنبار", "للحلف"), unless the
  // whole word is a listed name ("فالنسيا"). Training counts cannot decide this: ANERcorp tags
  // prefixed forms too.
  const g = model?.gazetteer;
  const listed = !!g && (g.place.has(norm) || g.first.has(norm) || g.last.has(norm));
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
    // On a tie the stem wins: the prefixed form is the variant ("وجبهة" and "جبهة" both began names).
    if (s > 0 && s >= bestScore) { best = r; bestScore = s; }
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
