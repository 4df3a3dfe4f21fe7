import { describe, expect, it } from 'vitest';
import { entitiesOf, prf, score, spanErrors } from './ner-score';
import { parseConll } from './conll';

describe('entity-level scoring', () => {
  it('reads IOB2 entities, an I- without its B- opening one', () => {
    expect(entitiesOf(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'B-ORG', 'B-ORG'])).toEqual(['PERS:0:2', 'LOC:3:4', 'ORG:4:5', 'ORG:5:6']);
  });
  it('counts exact matches only, per class, MISC ignored', () => {
    const gold = [['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-MISC']];
    const pred = [['B-PERS', 'O', 'O', 'B-LOC', 'O']];
    const r = score(gold, pred);
    expect(r.PERS).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(r.LOC).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.micro).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(prf(r.micro!).f).toBeCloseTo(0.5);
  });
  it('parses CoNLL with normalized words', () => {
    const s = parseConll('قالَ O\nأحمد B-PERS\n\nبغداد B-LOC\n');
    expect(s).toHaveLength(2);
    expect(s[0]!.words).toEqual(['قال', 'احمد']);
    expect(s[1]!.tags).toEqual(['B-LOC']);
  });
  it('names each wrong span by what went wrong', () => {
    const tokens = ['زار', 'سامي', 'نور', 'شركة', 'فجر', 'في', 'دمشق', 'أمس'];
    const gold = ['O', 'B-PERS', 'I-PERS', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O'];
    const pred = ['B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG', 'B-PERS'];
    expect(spanErrors(tokens, gold, pred)).toEqual([
      'bounds PERS «زار سامي نور» / «سامي نور»',
      'extra LOC «فجر»',
      'kind ORG «دمشق» / gold LOC',
      'extra PERS «أمس»',
      'missed ORG «شركة فجر»',
    ]);
  });
});
