/**
 * Tags a document (a list of sentences of normalized words) with IOB2 tags: the model's Viterbi
 * decoding per sentence; when the model has a second stage, a second decoding with document
 * features from the first; then the product's span rules and document-level consistency.
 */
import { DOC_FEATURES, docClasses, docStats } from './docfeatures';
import { emissions, viterbi, type NerModel } from './model';
import { postprocess } from './postprocess';
import { applySpanRules } from './span-rules';

export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const T = model.tags.length;
  const name = (best: Int32Array): string[] => {
    const out = new Array<string>(best.length);
    for (let i = 0; i < best.length; i++) out[i] = model.tags[best[i]!]!;
    return out;
  };
  const em = sentences.map((s) => emissions(model, s));
  let tags = em.map((e, k) => name(viterbi(e, sentences[k]!.length, T, model.transitions, model.allowed)));
  const s2 = model.stage2;
  let keys: string[][] | undefined;
  if (s2) {
    const stats = docStats(sentences, tags);
    keys = stats.keys;
    // Weight vectors by offset and class, looked up once per document.
    const vec = DOC_FEATURES.map((names) => names.map((f) => (f ? s2.weights.get(f) : undefined)));
    tags = em.map((e, k) => {
      const n = sentences[k]!.length;
      const c = docClasses(stats, k);
      for (let i = 0; i < n; i++) {
        for (let o = -1; o <= 1; o++) {
          const j = i + o;
          if (j < 0 || j >= n || c[j] === 0) continue;
          const w = vec[o + 1]![c[j]!];
          if (w) for (let t = 0; t < T; t++) e[i * T + t]! += w[t]!;
        }
      }
      return name(viterbi(e, n, T, s2.transitions, model.allowed));
    });
  }
  return postprocess(model, sentences, tags.map((t, k) => applySpanRules(model, sentences[k]!, t)), keys);
}
