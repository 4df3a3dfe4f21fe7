/**
 * Linear-chain CRF over IOB2 tags (Lafferty et al. 2001), first order, trained by stochastic
 * gradient on the L2-regularized conditional log-likelihood. Same inputs and outputs as
 * trainPerceptron: weights nFeatures × T, transitions (T+1) × T with row 0 = sentence start, and
 * optional fixed `base` emissions per sentence (stacking).
 *
 * Forward–backward runs in log space over the allowed IOB2 transitions only, so the model's
 * distribution is over valid sequences — the ones Viterbi can return.
 *
 * Objective: Σ_sentences −log p(gold | sentence) + l2/2 · ‖w‖² (weights and transitions), one
 * sentence per SGD step. L2 is applied lazily: weights are stored as w = scale·v with one global
 * scale, so the decay every weight undergoes at every step is a multiplication of `scale` and only
 * the features of the current sentence are visited. Step size lr / (1 + (lr·l2/N + decay/N)·t)
 * (t in sentences, N sentences).
 * Averaging (ASGD, Polyak–Ruppert): the returned weights are the mean of the iterates from epoch
 * `avgFrom` on, also kept lazily — a feature row's running sum is brought up to date (its v times
 * the sum of the scales since) only when the row changes.
 * Deterministic: sentences are shuffled by the seeded PRNG of random.ts.
 */
import { allowedTransitions } from '../../lib/arabic/entities/model';
import { prng, shuffle } from './random';
import type { Trained, TrainSentence } from './perceptron';

export interface CrfOptions {
  epochs: number;
  seed: number;
  /** L2 coefficient on the whole training set's objective. */
  l2: number;
  /** Initial step size. */
  lr: number;
  /** Extra step-size decay per epoch: lr / (1 + decay·epochs so far), on top of the L2 1/t rate. */
  decay: number;
  /** Average the iterates from this epoch on (0-based); ≥ epochs: no averaging (last iterate). */
  avgFrom: number;
}

function logSumExp(xs: Float64Array, k: number): number {
  let m = -Infinity;
  for (let i = 0; i < k; i++) if (xs[i]! > m) m = xs[i]!;
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < k; i++) s += Math.exp(xs[i]! - m);
  return m + Math.log(s);
}

/** Buffers reused across sentences (grown to the longest sentence). */
class Lattice {
  alpha = new Float64Array(0);
  beta = new Float64Array(0);
  emit = new Float64Array(0);
  marg = new Float64Array(0);
  tmp: Float64Array;
  constructor(readonly T: number) { this.tmp = new Float64Array(T + 1); }
  ensure(n: number): void {
    const need = n * this.T;
    if (this.alpha.length >= need) return;
    this.alpha = new Float64Array(need);
    this.beta = new Float64Array(need);
    this.emit = new Float64Array(need);
    this.marg = new Float64Array(need);
  }
}

/**
 * Forward–backward on emissions lat.emit (n × T) and transitions tr: fills lat.marg with the
 * per-token tag marginals, adds the expected transition counts into `trGrad` (scaled by +1), and
 * returns log Z.
 */
function forwardBackward(lat: Lattice, n: number, tr: Float64Array, preds: Int32Array[], succs: Int32Array[], startOk: Uint8Array, trGrad: Float64Array): number {
  const T = lat.T;
  const { alpha, beta, emit, marg, tmp } = lat;
  for (let c = 0; c < T; c++) alpha[c] = startOk[c] ? emit[c]! + tr[c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    for (let c = 0; c < T; c++) {
      const ps = preds[c]!;
      for (let k = 0; k < ps.length; k++) { const p = ps[k]!; tmp[k] = alpha[prev + p]! + tr[(p + 1) * T + c]!; }
      alpha[i * T + c] = emit[i * T + c]! + logSumExp(tmp, ps.length);
    }
  }
  for (let c = 0; c < T; c++) tmp[c] = alpha[(n - 1) * T + c]!;
  const logZ = logSumExp(tmp, T);
  for (let c = 0; c < T; c++) beta[(n - 1) * T + c] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const next = (i + 1) * T;
    for (let p = 0; p < T; p++) {
      const cs = succs[p]!;
      for (let k = 0; k < cs.length; k++) { const c = cs[k]!; tmp[k] = tr[(p + 1) * T + c]! + emit[next + c]! + beta[next + c]!; }
      beta[i * T + p] = logSumExp(tmp, cs.length);
    }
  }
  for (let k = 0; k < n * T; k++) marg[k] = Math.exp(alpha[k]! + beta[k]! - logZ);
  for (let c = 0; c < T; c++) trGrad[c]! += marg[c]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    for (let c = 0; c < T; c++) {
      const ps = preds[c]!;
      const right = emit[i * T + c]! + beta[i * T + c]! - logZ;
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k]!;
        trGrad[(p + 1) * T + c]! += Math.exp(alpha[prev + p]! + tr[(p + 1) * T + c]! + right);
      }
    }
  }
  return logZ;
}

export function trainCrf(data: TrainSentence[], nFeatures: number, tags: readonly string[], opt: CrfOptions, log?: (epoch: number, loss: number) => void): Trained {
  const T = tags.length;
  const allowed = allowedTransitions(tags);
  const preds: Int32Array[] = [];
  const succs: Int32Array[] = [];
  for (let c = 0; c < T; c++) {
    const ps: number[] = [];
    for (let p = 0; p < T; p++) if (allowed[(p + 1) * T + c]) ps.push(p);
    preds.push(Int32Array.from(ps));
  }
  for (let p = 0; p < T; p++) {
    const cs: number[] = [];
    for (let c = 0; c < T; c++) if (allowed[(p + 1) * T + c]) cs.push(c);
    succs.push(Int32Array.from(cs));
  }
  const startOk = allowed.subarray(0, T);
  const N = data.length;
  const reg = opt.l2 / Math.max(1, N); // per-sentence share of the regularizer
  const V = new Float64Array(nFeatures * T); // w = scale·V
  const TR = new Float64Array((T + 1) * T);
  const trGrad = new Float64Array((T + 1) * T);
  let scale = 1;
  let step = 0;
  // Averaging: A = Σ w over averaged steps so far, up to row f's step `flushed[f]`; P[a] = Σ scale over the first a averaged steps.
  const averaging = opt.avgFrom < opt.epochs;
  const A = averaging ? new Float64Array(nFeatures * T) : null;
  const TA = new Float64Array((T + 1) * T);
  const flushed = averaging ? new Int32Array(nFeatures) : null;
  const P = averaging ? new Float64Array((opt.epochs - opt.avgFrom) * N + 1) : null;
  let a = 0; // averaged steps so far
  const flush = (f: number): void => {
    const d = P![a]! - P![flushed![f]!]!;
    flushed![f] = a;
    if (d === 0) return;
    const b = f * T;
    for (let t = 0; t < T; t++) A![b + t]! += d * V[b + t]!;
  };
  const flushAll = (): void => { if (averaging) for (let f = 0; f < nFeatures; f++) flush(f); };
  const lat = new Lattice(T);
  const rand = prng(opt.seed);
  const order = data.map((_, i) => i);

  for (let ep = 0; ep < opt.epochs; ep++) {
    const avg = averaging && ep >= opt.avgFrom;
    shuffle(order, rand);
    let loss = 0;
    for (const si of order) {
      const s = data[si]!;
      const n = s.gold.length;
      if (n === 0) continue;
      lat.ensure(n);
      const emit = lat.emit;
      // Emissions under the current weights.
      for (let i = 0; i < n; i++) {
        const row = i * T;
        for (let t = 0; t < T; t++) emit[row + t] = s.base ? s.base[row + t]! : 0;
        for (const f of s.feats[i]!) {
          const b = f * T;
          for (let t = 0; t < T; t++) emit[row + t]! += scale * V[b + t]!;
        }
      }
      trGrad.fill(0);
      const logZ = forwardBackward(lat, n, TR, preds, succs, startOk, trGrad);
      // Gold path score; gradient of −log p = expected − observed counts.
      let gold = 0;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const pi = i === 0 ? 0 : s.gold[i - 1]! + 1;
        gold += emit[i * T + g]! + TR[pi * T + g]!;
        trGrad[pi * T + g]! -= 1;
      }
      loss += logZ - gold;
      const marg = lat.marg;
      for (let i = 0; i < n; i++) marg[i * T + s.gold[i]!]! -= 1;
      step++;
      const eta = opt.lr / (1 + (opt.lr * reg + opt.decay / N) * step);
      if (avg) for (let i = 0; i < n; i++) for (const f of s.feats[i]!) flush(f);
      scale *= 1 - eta * reg;
      const k = eta / scale;
      for (let i = 0; i < n; i++) {
        const row = i * T;
        for (const f of s.feats[i]!) {
          const b = f * T;
          for (let t = 0; t < T; t++) V[b + t]! -= k * marg[row + t]!;
        }
      }
      for (let q = 0; q < TR.length; q++) TR[q]! -= eta * (trGrad[q]! + reg * TR[q]!);
      if (avg) {
        a++;
        P![a] = P![a - 1]! + scale;
        for (let q = 0; q < TR.length; q++) TA[q]! += TR[q]!;
      }
      if (scale < 1e-6) {
        if (avg) flushAll();
        for (let q = 0; q < V.length; q++) V[q]! *= scale;
        scale = 1;
      }
    }
    if (log) log(ep, loss);
  }
  if (!averaging || a === 0) return { weights: V.map((v) => v * scale), transitions: Float64Array.from(TR) };
  flushAll();
  return { weights: A!.map((v) => v / a), transitions: TA.map((v) => v / a) };
}
