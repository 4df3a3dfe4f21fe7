import { describe, expect, it } from 'vitest';
import { charGrams, nameCore, nameLikeFlags, nameLikeProbs, parseNameLike, type NameLikeFile } from './namelike';

/** A hand-made model: a final "وف" makes a person, a final "ستان" a place. */
function tiny(): NameLikeFile {
  return {
    classes: ['O', 'PERS', 'LOC'],
    scale: 10,
    bias: [30, 0, 0],
    grams: 'وف$ تان$ ستان',
    weights: [0, 60, 0, 0, 0, 70, 0, 0, 10],
  };
}

describe('charGrams', () => {
  it('lists 2- to 4-grams with end marks', () => {
    expect(charGrams('زيد')).toEqual(['^ز', 'زي', 'يد', 'د$', '^زي', 'زيد', 'يد$', '^زيد', 'زيد$']);
  });
});

describe('nameCore', () => {
  it('drops the article only', () => {
    expect(nameCore('الغلوكسمان')).toBe('غلوكسمان');
    expect(nameCore('كاسياس')).toBe('كاسياس');
    expect(nameCore('الي')).toBe('الي');
  });
});

describe('nameLikeProbs', () => {
  it('is a probability distribution led by the matching class', () => {
    const m = parseNameLike(tiny());
    const p = nameLikeProbs(m, 'بيتروف');
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(p[1]).toBeGreaterThan(0.9);
    expect(nameLikeProbs(m, 'كتاب')[0]).toBeGreaterThan(0.8);
  });
});

describe('nameLikeFlags', () => {
  const m = parseNameLike(tiny());
  it('flags a name-like word by class and for any name', () => {
    expect(nameLikeFlags(m, 'بيتروف')).toEqual(['N3', 'PERS3']);
    expect(nameLikeFlags(m, 'طاجيكستان')).toEqual(['N3', 'LOC3']);
  });
  it('flags nothing on a plain word or a short one', () => {
    expect(nameLikeFlags(m, 'كتاب')).toEqual([]);
    expect(nameLikeFlags(m, 'وف')).toEqual([]);
  });
});

describe('parseNameLike', () => {
  it.each([
    ['one class', { ...tiny(), classes: ['O'] }, /classes/],
    ['bad scale', { ...tiny(), scale: 0 }, /scale/],
    ['short bias', { ...tiny(), bias: [1] }, /bias/],
    ['short weights', { ...tiny(), weights: [1, 2] }, /weights must be 9/],
    ['grams not a string', { ...tiny(), grams: ['ab'] }, /grams/],
  ])('rejects %s', (_n, json, msg) => {
    expect(() => parseNameLike(json)).toThrow(msg);
  });
});
