/**
 * How many leading characters of an entity's first word are proclitics to leave outside the span:
 * "وبغداد" → و, "بالعراق" → ب, "للأمم" → ل (one ل: the other belongs to the article), "لبنان" → none.
 */
import { cliticReadings } from '../tokenize';
import type { NerModel } from './model';

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
  // Prefer the reading best attested as an entity word; ties keep the longer word ("وليد", "كريم").
  let best = readings[0]!;
  let bestScore = seen(best.stem);
  for (const r of readings.slice(1)) {
    if (r.stem.length < 3) continue; // "واس" is not و + اس
    const s = seen(r.stem);
    if (s > bestScore) { best = r; bestScore = s; }
  }
  if (bestScore > 0) return best.prefixLength;
  // Unknown word: a proclitic before the article is unambiguous ("والفلوجة", "بالأنبار", "للأمم").
  for (let k = readings.length - 1; k > 0; k--) {
    const r = readings[k]!;
    if (r.definite && r.stem.length >= 5) return r.prefixLength;
  }
  return 0;
}
