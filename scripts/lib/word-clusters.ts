/**
 * Distributional word clusters from unlabeled text (the words of the training sentences, tags unread):
 * each frequent word is described by the words seen just before and just after it, and those
 * descriptions are grouped by seeded spherical k-means. A word the labeled data saw rarely (a ministry's
 * name, a news agency) then shares a cluster feature with words of the same use that it did see.
 * Brown clustering would need hours in Node on this machine; k-means over neighbour counts takes seconds.
 */
import { clusterKey } from '../../lib/arabic/entities/features';
import { prng } from './random';

export interface ClusterOptions {
  /** Number of clusters. */
  k: number;
  /** Most frequent words clustered (the shipped table's size). */
  vocab: number;
  /** Most frequent neighbour words that describe a word (left and right apart). */
  context: number;
  seed: number;
  iterations: number;
  /** A word seen fewer times is not clustered (its neighbour counts say too little). */
  minCount: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = { k: 128, vocab: 8000, context: 1500, seed: 7, iterations: 12, minCount: 4 };

/** Words in order of frequency, ties by code unit order, so the same text gives the same list. */
function byFrequency(counts: Map<string, number>): string[] {
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/** word → cluster id (0..k-1) for the `vocab` most frequent cluster keys of the sentences. */
export function wordClusters(sentences: readonly (readonly string[])[], o: ClusterOptions = CLUSTER_DEFAULTS): Record<string, number> {
  const keyed = sentences.map((s) => s.map(clusterKey));
  const counts = new Map<string, number>();
  for (const s of keyed) for (const w of s) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = byFrequency(counts);
  const vocab = ranked.filter((w) => counts.get(w)! >= o.minCount).slice(0, o.vocab);
  const row = new Map(vocab.map((w, i) => [w, i]));
  // Sentence edges count as a neighbour word of their own (a name often opens a sentence).
  const ctxWords = ['<s>', ...ranked.slice(0, o.context - 1)];
  const ctx = new Map(ctxWords.map((w, i) => [w, i]));
  const C = ctxWords.length;
  const D = 2 * C;
  // Sparse neighbour counts per vocabulary word: left neighbour at j, right neighbour at C + j.
  const vec: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of keyed) {
    for (let i = 0; i < s.length; i++) {
      const r = row.get(s[i]!);
      if (r === undefined) continue;
      const l = i === 0 ? 0 : ctx.get(s[i - 1]!);
      const rt = i === s.length - 1 ? 0 : ctx.get(s[i + 1]!);
      const m = vec[r]!;
      if (l !== undefined) m.set(l, (m.get(l) ?? 0) + 1);
      if (rt !== undefined) m.set(C + rt, (m.get(C + rt) ?? 0) + 1);
    }
  }
  // Square roots of counts, unit length: frequent function-word neighbours do not swamp the rest.
  const idx: Int32Array[] = [];
  const val: Float32Array[] = [];
  for (const m of vec) {
    const keys = [...m.keys()].sort((a, b) => a - b);
    const v = Float32Array.from(keys, (k) => Math.sqrt(m.get(k)!));
    const norm = Math.hypot(...v) || 1;
    for (let j = 0; j < v.length; j++) v[j]! /= norm;
    idx.push(Int32Array.from(keys));
    val.push(v);
  }
  const N = vocab.length;
  const K = Math.min(o.k, N);
  const rand = prng(o.seed);
  // Seeds: K distinct words drawn at random (same seed, same draw).
  const picks = new Set<number>();
  while (picks.size < K) picks.add(Math.floor(rand() * N));
  const cent = new Float32Array(K * D);
  [...picks].forEach((p, c) => { const ix = idx[p]!, vv = val[p]!; for (let j = 0; j < ix.length; j++) cent[c * D + ix[j]!] = vv[j]!; });
  const assign = new Int32Array(N).fill(-1);
  for (let it = 0; it < o.iterations; it++) {
    let moved = 0;
    for (let n = 0; n < N; n++) {
      const ix = idx[n]!, vv = val[n]!;
      let best = 0, bestDot = -Infinity;
      for (let c = 0; c < K; c++) {
        const base = c * D;
        let dot = 0;
        for (let j = 0; j < ix.length; j++) dot += cent[base + ix[j]!]! * vv[j]!;
        if (dot > bestDot) { bestDot = dot; best = c; }
      }
      if (assign[n] !== best) { assign[n] = best; moved++; }
    }
    cent.fill(0);
    for (let n = 0; n < N; n++) {
      const ix = idx[n]!, vv = val[n]!, base = assign[n]! * D;
      for (let j = 0; j < ix.length; j++) cent[base + ix[j]!]! += vv[j]!;
    }
    for (let c = 0; c < K; c++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += cent[c * D + d]! ** 2;
      const norm = Math.sqrt(s) || 1;
      for (let d = 0; d < D; d++) cent[c * D + d]! /= norm;
    }
    if (moved === 0) break;
  }
  const out: Record<string, number> = {};
  for (const w of [...vocab].sort()) out[w] = assign[row.get(w)!]!;
  return out;
}
