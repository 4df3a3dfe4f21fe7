import { describe, expect, it } from 'vitest';
import { wordClusters } from './word-clusters';

describe('wordClusters', () => {
  // Two kinds of word in the same frames: cities after «في», verbs before «ان».
  const sents: string[][] = [];
  for (let i = 0; i < 6; i++) for (const c of ['بغداد', 'دمشق', 'القاهره']) sents.push(['وصل', 'الي', c, 'امس']);
  for (let i = 0; i < 6; i++) for (const v of ['قال', 'اكد', 'اعلن']) sents.push(['ثم', v, 'ان', 'الوفد']);
  const opts = { k: 2, vocab: 100, context: 50, seed: 7, iterations: 10, minCount: 4 };
  it('puts words of the same neighbours in one cluster, the same way for the same seed', () => {
    const c = wordClusters(sents, opts);
    expect(c['بغداد']).toBe(c['دمشق']);
    expect(c['قاهره']).toBe(c['بغداد']);
    expect(c['قال']).toBe(c['اكد']);
    expect(c['قال']).not.toBe(c['بغداد']);
    expect(wordClusters(sents, opts)).toEqual(c);
  });
  it('keeps the most frequent words only', () => {
    expect(Object.keys(wordClusters(sents, { ...opts, vocab: 3 }))).toHaveLength(3);
  });
});
