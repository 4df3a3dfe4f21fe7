import { describe, expect, it } from 'vitest';
import { allowedTransitions, viterbi } from '../../lib/arabic/entities/model';
import { trainCrf } from './crf';
import type { TrainSentence } from './perceptron';

const TAGS = ['O', 'B-PERS', 'I-PERS'];
// Feature 0 = "title" word (O, then a name follows), 1 = first name, 2 = surname, 3 = other word.
const sent = (feats: number[], gold: number[]): TrainSentence => ({ feats: feats.map((f) => Int32Array.of(f)), gold: Int32Array.from(gold) });
const data = [
  sent([0, 1, 2, 3], [0, 1, 2, 0]),
  sent([3, 0, 1, 3], [0, 0, 1, 0]),
  sent([1, 2, 3, 3], [1, 2, 0, 0]),
  sent([3, 3, 0, 1, 2], [0, 0, 0, 1, 2]),
];
const opts = { epochs: 30, seed: 1, l2: 0.1, lr: 0.3, decay: 1, avgFrom: 1 };

describe('trainCrf', () => {
  it('fits a small separable problem (decoded with the runtime Viterbi)', () => {
    const m = trainCrf(data, 4, TAGS, opts);
    const allowed = allowedTransitions(TAGS);
    for (const s of data) {
      const n = s.gold.length;
      const emit = new Float32Array(n * 3);
      s.feats.forEach((fs, i) => { for (const f of fs) for (let t = 0; t < 3; t++) emit[i * 3 + t]! += m.weights[f * 3 + t]!; });
      expect(Array.from(viterbi(emit, n, 3, Float32Array.from(m.transitions), allowed))).toEqual(Array.from(s.gold));
    }
  });

  it('is deterministic for a seed, and the loss decreases', () => {
    const losses: number[] = [];
    const a = trainCrf(data, 4, TAGS, opts, (_, loss) => losses.push(loss));
    const b = trainCrf(data, 4, TAGS, opts);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(losses[losses.length - 1]!).toBeLessThan(losses[0]!);
  });

  it('stronger L2 gives smaller weights', () => {
    const norm = (w: Float64Array): number => w.reduce((s, v) => s + v * v, 0);
    expect(norm(trainCrf(data, 4, TAGS, { ...opts, l2: 10 }).weights)).toBeLessThan(norm(trainCrf(data, 4, TAGS, opts).weights));
  });
});
