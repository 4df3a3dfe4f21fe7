import { describe, expect, it } from 'vitest';
import { allowedTransitions, toBilou, viterbi } from '../../lib/arabic/entities/model';
import { BILOU_TAGS, tieOf } from './ner-build';
import { trainPerceptron, type TrainSentence } from './perceptron';

const TAGS = BILOU_TAGS.filter((t) => t === 'O' || t.endsWith('-PERS'));
// Features: 0 = bias, 1 = "the word before is الرئيس", 2.. = the word itself.
const sentence = (words: number[], iob: string[]): TrainSentence => ({
  feats: words.map((w, i) => Int32Array.from(i > 0 && words[i - 1] === 1 ? [0, 1, 2 + w] : [0, 2 + w])),
  gold: Int32Array.from(toBilou(iob), (t) => TAGS.indexOf(t)),
});
// After الرئيس (word 1) come two-word names, many times; a one-word name comes after it only once.
const data: TrainSentence[] = [];
for (let k = 0; k < 12; k++) data.push(sentence([5, 1, 10 + k, 30 + k, 6], ['O', 'O', 'B-PERS', 'I-PERS', 'O']));
data.push(sentence([5, 1, 60, 6], ['O', 'O', 'B-PERS', 'O']));
for (let k = 0; k < 12; k++) data.push(sentence([5, 70 + k, 6], ['O', 'O', 'O']));

function decode(m: { weights: Float64Array; transitions: Float64Array }, words: number[]): string[] {
  const T = TAGS.length;
  const s = sentence(words, words.map(() => 'O'));
  const e = new Float32Array(words.length * T);
  s.feats.forEach((fs, i) => { for (const f of fs) for (let t = 0; t < T; t++) e[i * T + t]! += m.weights[f * T + t]!; });
  return Array.from(viterbi(e, words.length, T, Float32Array.from(m.transitions), allowedTransitions(TAGS)), (t) => TAGS[t]!);
}

describe('averaged perceptron over BILOU tags', () => {
  it('learns the training sentences', () => {
    const m = trainPerceptron(data, 200, TAGS, { epochs: 10, seed: 1 });
    expect(decode(m, [5, 1, 10, 30, 6])).toEqual(['O', 'O', 'B-PERS', 'L-PERS', 'O']);
    expect(decode(m, [5, 1, 60, 6])).toEqual(['O', 'O', 'U-PERS', 'O']);
  });

  it('tied to IOB2, lets a one-word name learn from the context of longer names', () => {
    // An unseen word after الرئيس, alone: only the shared "begins a person" evidence can call it a name.
    const tied = trainPerceptron(data, 200, TAGS, { epochs: 10, seed: 1, tie: tieOf(TAGS) });
    expect(decode(tied, [5, 1, 99, 6])).toEqual(['O', 'O', 'U-PERS', 'O']);
    const plain = trainPerceptron(data, 200, TAGS, { epochs: 10, seed: 1 });
    expect(decode(plain, [5, 1, 99, 6])).not.toEqual(['O', 'O', 'U-PERS', 'O']);
  });

  it('with a margin, keeps updating until the gold path wins by it', () => {
    // Decoded with every wrong tag given `cost` more, a training sentence still comes out gold only
    // where the model learned to win by more than that.
    const T = TAGS.length;
    const robust = (m: { weights: Float64Array; transitions: Float64Array }, cost: number): number => data.filter((s) => {
      const n = s.gold.length;
      const e = new Float32Array(n * T);
      s.feats.forEach((fs, i) => { for (let t = 0; t < T; t++) { for (const f of fs) e[i * T + t]! += m.weights[f * T + t]!; if (t !== s.gold[i]) e[i * T + t]! += cost; } });
      const pred = viterbi(e, n, T, Float32Array.from(m.transitions), allowedTransitions(TAGS));
      return pred.every((t, i) => t === s.gold[i]);
    }).length;
    const plain = trainPerceptron(data, 200, TAGS, { epochs: 10, seed: 1 });
    const wide = trainPerceptron(data, 200, TAGS, { epochs: 10, seed: 1, margin: 4 });
    // Without a margin the averaged model gets barely half of them right; with it, all of them, even at cost 2.
    expect(robust(plain, 0)).toBeLessThan(data.length);
    expect(robust(wide, 2)).toBe(data.length);
  });
});
