/**
 * Tags a document (a list of sentences of normalized words) with IOB2 tags: the model's Viterbi
 * decoding per sentence; when the model has a second stage, a second decoding with document
 * features from the first; then the product's span rules and document-level consistency.
 */
import { docFeatures, docStats } from './docfeatures';
import { emissions, viterbi, type NerModel } from './model';
import { postprocess } from './postprocess';
import { applySpanRules } from './span-rules';

export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const T = model.tags.length;
  const name = (best: Int32Array): string[] => Array.from(best, (t) => model.tags[t]!);
  const em = sentences.map((s) => emissions(model, s));
  let tags = em.map((e, k) => name(viterbi(e, sentences[k]!.length, T, model.transitions, model.allowed)));
  const s2 = model.stage2;
  if (s2) {
    const stats = docStats(sentences, tags);
    tags = em.map((e, k) => {
      const n = sentences[k]!.length;
      const df = docFeatures(stats, k);
      for (let i = 0; i < n; i++) {
        for (const f of df[i]!) {
          const w = s2.weights.get(f);
          if (w) for (let t = 0; t < T; t++) e[i * T + t]! += w[t]!;
        }
      }
      return name(viterbi(e, n, T, s2.transitions, model.allowed));
    });
  }
  return postprocess(model, sentences, tags.map((t, k) => applySpanRules(model, sentences[k]!, t)));
}
