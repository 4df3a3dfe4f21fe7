/**
 * Tags a document (a list of sentences of normalized words) with IOB2 tags: the model's Viterbi
 * decoding per sentence; when the model has a second stage, a second decoding with document
 * features from the first; then the product's span rules and document-level consistency.
 */
import { DOC_FEATURES, docClasses, docStats } from './docfeatures';
import { emissions, viterbi, type NerModel } from './model';
import { postprocess } from './postprocess';
import { applySpanRules } from './span-rules';

type Stage2 = NonNullable<NerModel['stage2']>;
const flatMemo = new WeakMap<Stage2, Float32Array>();

/** Document-feature weights by offset (-1, 0, +1) and class, flattened once per model: [(o+1)·C + class]·T + tag. */
function docWeights(s2: Stage2, T: number): Float32Array {
  let flat = flatMemo.get(s2);
  if (!flat) {
    const C = DOC_FEATURES[0]!.length;
    const table = new Float32Array(3 * C * T);
    DOC_FEATURES.forEach((names, o) => names.forEach((f, c) => {
      const w = f ? s2.weights.get(f) : undefined;
      if (w) table.set(w, (o * C + c) * T);
    }));
    flatMemo.set(s2, (flat = table));
  }
  return flat;
}

/**
 * written: per sentence, how its words were written before normalizing, where the span rules tell apart
 * words it folds together («على» the preposition, «علي» the name); '' or absent elsewhere.
 */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[], written?: readonly (readonly string[])[]): string[][] {
  const T = model.tags.length;
  const name = (best: Int32Array): string[] => {
    const out = new Array<string>(best.length);
    for (let i = 0; i < best.length; i++) out[i] = model.iob[best[i]!]!;
    return out;
  };
  const em = sentences.map((s) => emissions(model, s));
  let tags = em.map((e, k) => name(viterbi(e, sentences[k]!.length, T, model.transitions, model.allowed)));
  const s2 = model.stage2;
  let keys: string[][] | undefined;
  if (s2) {
    const stats = docStats(sentences, tags);
    keys = stats.keys;
    const C = DOC_FEATURES[0]!.length;
    const flat = docWeights(s2, T);
    tags = em.map((e, k) => {
      const n = sentences[k]!.length;
      const c = docClasses(stats, k);
      for (let j = 0; j < n; j++) {
        const cj = c[j]!;
        if (cj === 0) continue;
        // Token j's class speaks for itself (o = 0) and for its neighbours j+1 (o = -1) and j-1 (o = +1).
        for (let o = -1; o <= 1; o++) {
          const i = j - o;
          if (i < 0 || i >= n) continue;
          const b = ((o + 1) * C + cj) * T;
          const r = i * T;
          for (let t = 0; t < T; t++) e[r + t]! += flat[b + t]!;
        }
      }
      return name(viterbi(e, n, T, s2.transitions, model.allowed));
    });
  }
  // A text that writes the preposition «على» apart from the name «علي» (not every one does: Egyptian
  // spelling writes both «علي») has its «علي» the name.
  const alaApart = !!written?.some((ws) => ws.some((w) => w.endsWith('ى')));
  return postprocess(model, sentences, tags.map((t, k) => applySpanRules(model, sentences[k]!, t, written?.[k], alaApart)), keys);
}
