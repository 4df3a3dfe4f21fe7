import { describe, expect, it } from 'vitest';
import { allowedTransitions, emissions, parseNerModel, tagSentence, toBilou, toIob2, NER_FORMAT, NER_VERSION } from './model';

const TAGS = ['O', 'B-PERS', 'I-PERS'];
/** A hand-made model: "زيد" starts a person, "عمرو" continues one. */
function tiny(): Record<string, unknown> {
  return {
    format: NER_FORMAT,
    version: NER_VERSION,
    credits: 'test',
    tags: TAGS,
    scale: 10,
    transitions: new Array(12).fill(0),
    features: { b: [0, 5], 'w=زيد': [1, 30], 'w=عمرو': [2, 30] },
    gazetteer: { first: [], last: [], place: [] },
    entityWords: { زيد: 1 },
  };
}

describe('parseNerModel', () => {
  it('builds a model that decodes valid IOB2', () => {
    const m = parseNerModel(tiny());
    expect(tagSentence(m, ['قال', 'زيد', 'عمرو', 'امس'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    // I-PERS cannot open a sentence: the decoder must choose a valid tag.
    expect(tagSentence(m, ['عمرو'])[0]).not.toBe('I-PERS');
  });
  it.each([
    ['not an object', null, /not an object/],
    ['wrong format', { ...tiny(), format: 'other' }, /format/],
    ['wrong version', { ...tiny(), version: 99 }, /version/],
    ['bad tags', { ...tiny(), tags: ['X'] }, /tags/],
    ['short transitions', { ...tiny(), transitions: [0] }, /transitions/],
    ['odd feature pairs', { ...tiny(), features: { b: [0] } }, /pairs/],
    ['tag out of range', { ...tiny(), features: { b: [7, 1] } }, /bad pair/],
    ['missing gazetteer', { ...tiny(), gazetteer: undefined }, /gazetteer/],
    ['pairs that are no object', { ...tiny(), pairs: 2 }, /pairs must be an object/],
    ['a pair of one word', { ...tiny(), pairs: { ابو: [0, 1] } }, /expected two words/],
    ['a pair tag out of range', { ...tiny(), pairs: { 'ابو طالب': [6, 1] } }, /bad pair/],
  ])('rejects a file with %s', (_name, json, msg) => {
    expect(() => parseNerModel(json)).toThrow(msg);
  });
});

describe('BILOU', () => {
  it('converts IOB2 to BILOU and back', () => {
    const iob = ['B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'O', 'B-ORG'];
    const bilou = toBilou(iob);
    expect(bilou).toEqual(['B-PERS', 'I-PERS', 'L-PERS', 'O', 'U-LOC', 'B-LOC', 'L-LOC', 'O', 'U-ORG']);
    expect(bilou.map(toIob2)).toEqual(iob);
  });
  it('lets a begun entity only go on, and only its own type', () => {
    const tags = ['O', 'B-PERS', 'I-PERS', 'L-PERS', 'U-PERS', 'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC'];
    const a = allowedTransitions(tags);
    const ok = (p: string | null, c: string): boolean => a[(p === null ? 0 : tags.indexOf(p) + 1) * tags.length + tags.indexOf(c)] === 1;
    expect(ok(null, 'L-PERS')).toBe(false);
    expect(ok(null, 'U-PERS')).toBe(true);
    expect(ok('B-PERS', 'O')).toBe(false);
    expect(ok('B-PERS', 'L-LOC')).toBe(false);
    expect(ok('B-PERS', 'L-PERS')).toBe(true);
    expect(ok('I-PERS', 'I-PERS')).toBe(true);
    expect(ok('L-PERS', 'B-LOC')).toBe(true);
    expect(ok('U-LOC', 'I-LOC')).toBe(false);
  });
  it('decodes a BILOU model to IOB2, never ending a sentence inside an entity', () => {
    const tags = ['O', 'B-PERS', 'I-PERS', 'L-PERS', 'U-PERS'];
    const m = parseNerModel({ ...tiny(), tags, transitions: new Array(30).fill(0),
      features: { b: [0, 5], 'w=زيد': [4, 30], 'w=عمرو': [1, 30], 'w=بكر': [3, 30], 'w=خالد': [2, 40, 3, -50] } });
    expect(tagSentence(m, ['قال', 'زيد'])).toEqual(['O', 'B-PERS']);
    expect(tagSentence(m, ['عمرو', 'بكر', 'قال'])).toEqual(['B-PERS', 'I-PERS', 'O']);
    // "عمرو خالد" would score best as B I, but an entity cannot stop on I-: without its L- it is no name.
    expect(tagSentence(m, ['عمرو', 'خالد'])).toEqual(['O', 'O']);
  });
});

describe('word pairs', () => {
  // «طالب» alone is no name; after «ابو» it ends one, and «ابو» before «طالب» begins it.
  // Tags 0…2 weigh «طالب» (the right word), 3…5 «ابو» (the left): I-PERS for one, B-PERS (1 + 3) for the other.
  const file = { ...tiny(), pairs: { 'ابو طالب': [2, 40, 4, 40] } };
  it('adds the pair of a word and the one before to it, and to the one before', () => {
    expect(tagSentence(parseNerModel(file), ['قال', 'ابو', 'طالب'])).toEqual(['O', 'B-PERS', 'I-PERS']);
    expect(tagSentence(parseNerModel(file), ['قال', 'طالب', 'ابو'])).toEqual(['O', 'O', 'O']);
    const e = emissions(parseNerModel(file), ['ابو', 'طالب']);
    expect(Array.from(e)).toEqual([0.5, 4, 0, 0.5, 0, 4]);
  });
  it('reads none without them', () => {
    expect(tagSentence(parseNerModel(tiny()), ['قال', 'ابو', 'طالب'])).toEqual(['O', 'O', 'O']);
  });
});
