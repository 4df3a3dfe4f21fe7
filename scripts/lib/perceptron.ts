/**
 * Averaged structured perceptron over IOB2 tags (Collins 2002), first-order, Viterbi-decoded.
 * Deterministic: sentences are shuffled by a seeded PRNG, features are numbered in first-seen order.
 */
import { allowedTransitions, viterbi } from '../../lib/arabic/entities/model';
import { prng, shuffle } from './random';

/**
 * base: fixed emission scores n × T added to the learned ones (stacking on a first model).
 * weight: the size of this sentence's updates (1 when absent): a corpus of another domain counts less.
 */
export interface TrainSentence { feats: Int32Array[]; gold: Int32Array; base?: Float32Array; weight?: number }

export interface Trained { weights: Float64Array; transitions: Float64Array }

/**
 * tie: for each tag, the coarser tag whose weights it shares (BILOU → IOB2: U-X and B-X share "begins an
 * X", L-X and I-X share "inside an X"). Each feature then learns the coarse evidence once for all the
 * tags that share it, and each tag's own weights only what sets it apart; the returned weights are
 * the sums, so the model file and the tagger are the same as without ties.
 */
export interface PerceptronOptions {
  epochs: number;
  seed: number;
  tie?: Int32Array;
  /**
   * Loss-augmented decoding in training: each wrong tag is scored this much higher while the sentence is
   * decoded for its update, so the model is updated until the gold path wins by a margin, not barely.
   */
  margin?: number;
  /** The margin for the O tag where a name is gold (default: margin): a missed name costs this much. */
  marginO?: number;
}

export function trainPerceptron(data: TrainSentence[], nFeatures: number, tags: readonly string[], opt: PerceptronOptions): Trained {
  const { epochs, seed, tie } = opt;
  const margin = opt.margin ?? 0;
  const marginO = opt.marginO ?? margin;
  const O = tags.indexOf('O');
  const T = tags.length;
  const allowed = allowedTransitions(tags);
  const W = new Float64Array(nFeatures * T);
  const U = new Float64Array(nFeatures * T); // sum of c·update, for averaging
  const T2 = tie ? Math.max(...tie) + 1 : 0;
  const W2 = new Float64Array(nFeatures * T2);
  const U2 = new Float64Array(nFeatures * T2);
  const TR = new Float64Array((T + 1) * T);
  const TU = new Float64Array((T + 1) * T);
  let c = 1;
  const rand = prng(seed);
  const order = data.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rand);
    for (const si of order) {
      const s = data[si]!;
      const n = s.gold.length;
      const emit = s.base ? Float32Array.from(s.base) : new Float32Array(n * T);
      for (let i = 0; i < n; i++) for (const f of s.feats[i]!) for (let t = 0; t < T; t++) emit[i * T + t]! += W[f * T + t]!;
      if (tie) for (let i = 0; i < n; i++) for (const f of s.feats[i]!) for (let t = 0; t < T; t++) emit[i * T + t]! += W2[f * T2 + tie[t]!]!;
      if (margin || marginO) {
        for (let i = 0; i < n; i++) {
          const g = s.gold[i]!;
          for (let t = 0; t < T; t++) if (t !== g) emit[i * T + t]! += t === O ? marginO : margin;
        }
      }
      // A fresh copy: viterbi() reads a transitions array once and keeps its layout.
      const pred = viterbi(emit, n, T, Float32Array.from(TR), allowed);
      const a = s.weight ?? 1;
      const ac = a * c;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          for (const f of s.feats[i]!) {
            W[f * T + g]! += a; U[f * T + g]! += ac;
            W[f * T + p]! -= a; U[f * T + p]! -= ac;
          }
          if (tie && tie[g] !== tie[p]) {
            const tg = tie[g]!;
            const tp = tie[p]!;
            for (const f of s.feats[i]!) {
              W2[f * T2 + tg]! += a; U2[f * T2 + tg]! += ac;
              W2[f * T2 + tp]! -= a; U2[f * T2 + tp]! -= ac;
            }
          }
        }
        const gp = i === 0 ? 0 : s.gold[i - 1]! + 1;
        const pp = i === 0 ? 0 : pred[i - 1]! + 1;
        if (gp !== pp || g !== p) {
          TR[gp * T + g]! += a; TU[gp * T + g]! += ac;
          TR[pp * T + p]! -= a; TU[pp * T + p]! -= ac;
        }
      }
      c++;
    }
  }
  return average();

  function average(): Trained {
    const w = new Float64Array(W.length);
    for (let k = 0; k < W.length; k++) w[k] = W[k]! - U[k]! / c;
    if (tie) for (let f = 0; f < nFeatures; f++) for (let t = 0; t < T; t++) w[f * T + t]! += W2[f * T2 + tie[t]!]! - U2[f * T2 + tie[t]!]! / c;
    const tr = new Float64Array(TR.length);
    for (let k = 0; k < TR.length; k++) tr[k] = TR[k]! - TU[k]! / c;
    return { weights: w, transitions: tr };
  }
}
