import { describe, expect, it } from 'vitest';
import { wordCore, sentenceFeatures, wordFeatures, type Gazetteer } from './features';
import { parseNerModel, NER_FORMAT, NER_VERSION } from './model';

const none = { has: (): boolean => false };
const base: Gazetteer = { first: none, last: none, place: none };

describe('the place-table lexicon (gazetteer.city, feature g=Y)', () => {
  it('flags a word of the list, alone or after a clitic (و، ب), and nothing without the list', () => {
    const gaz: Gazetteer = { ...base, city: new Set(['ادلب']) };
    for (const w of ['ادلب', 'وادلب', 'بادلب']) expect(wordFeatures(w, 0, gaz)).toContain('g=Y');
    expect(wordFeatures('ادلب', 0, base)).not.toContain('g=Y');
    expect(wordFeatures('حلب', 0, gaz)).not.toContain('g=Y');
  });
  it('is read from a model file that carries it, and is optional', () => {
    const file = {
      format: NER_FORMAT, version: NER_VERSION, credits: 'test', tags: ['O'], scale: 1, transitions: [0, 0],
      features: {}, gazetteer: { first: [], last: [], place: [], city: ['ادلب'] }, entityWords: {},
    };
    expect(parseNerModel(file).gazetteer.city?.has('ادلب')).toBe(true);
    expect(parseNerModel({ ...file, gazetteer: { first: [], last: [], place: [] } }).gazetteer.city).toBeUndefined();
  });
});

describe('word clusters (gazetteer.cluster, feature c=)', () => {
  const gaz: Gazetteer = { ...base, cluster: new Map([['بوش', 3], ['وزاره', 5]]) };
  it('looks a word up whole before its clitic reading («بوش» is not ب + «وش»), without its article', () => {
    expect(wordFeatures('بوش', 0, gaz)).toContain('c=3');
    expect(wordFeatures('الوزاره', 0, gaz)).toContain('c=5');
    expect(wordFeatures('بالوزاره', 0, gaz)).toContain('c=5');
    expect(wordFeatures('وزاره', 1, gaz)).toContain('+1c=5');
    expect(wordFeatures('وزاره', 2, gaz).some((f) => f.includes('c='))).toBe(false);
    expect(wordFeatures('وزاره', 0, base).some((f) => f.startsWith('c='))).toBe(false);
  });
  it('is read from a model file that carries it', () => {
    const file = {
      format: NER_FORMAT, version: NER_VERSION, credits: 'test', tags: ['O'], scale: 1, transitions: [0, 0],
      features: {}, gazetteer: { first: [], last: [], place: [] }, entityWords: {}, clusters: { بوش: 3 },
    };
    expect(parseNerModel(file).gazetteer.cluster?.get('بوش')).toBe(3);
  });
});

describe('institution head words (gazetteer.orgHead, feature g=H)', () => {
  const gaz: Gazetteer = { ...base, orgHead: new Set(['سفاره', 'هيئه']) };
  it('flags a head with or without its article and clitics, and nothing without the list', () => {
    for (const w of ['سفاره', 'السفاره', 'والسفاره', 'بالهيئه']) expect(wordFeatures(w, 0, gaz)).toContain('g=H');
    expect(wordFeatures('السفاره', -1, gaz)).toContain('-1g=H');
    expect(wordFeatures('السفاره', 0, base)).not.toContain('g=H');
  });
});

describe('word pairs (features bg- and bg+)', () => {
  it('names each word by its core: no conjunction, preposition or article', () => {
    expect(wordCore('والعراق')).toBe('عراق');
    expect(wordCore('بغداد')).toBe('غداد'); // as the a= feature reads it: the pair is learned under the same core
    expect(wordCore('،')).toBe('،');
    expect(wordCore('<s>')).toBe('<s>');
  });
  it('gives each token its pair with the word before and the word after, the sentence ends included, only when asked', () => {
    const [first, second] = sentenceFeatures(['عبد', 'القيس'], base, true);
    expect(first).toEqual(expect.arrayContaining(['bg-<s> عبد', 'bg+عبد قيس']));
    expect(second).toEqual(expect.arrayContaining(['bg-عبد قيس', 'bg+قيس </s>']));
    expect(sentenceFeatures(['عبد', 'القيس'], base).flat().some((f) => f.startsWith('bg'))).toBe(false);
  });
});
