import { describe, expect, it } from 'vitest';
import { parseNerModel, tagSentence, NER_FORMAT, NER_VERSION } from './model';

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
  ])('rejects a file with %s', (_name, json, msg) => {
    expect(() => parseNerModel(json)).toThrow(msg);
  });
});
