import { describe, expect, it } from 'vitest';
import { cliticReadings, originalPrefixLength, tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits words with offsets and normalized forms', () => {
    const toks = tokenize('وقال الجعفريّ: «نعم».');
    expect(toks.map((t) => t.text)).toEqual(['وقال', 'الجعفريّ', 'نعم']);
    expect(toks[1]!.norm).toBe('الجعفري');
    expect(toks[1]!.start).toBe(5);
  });
  it('keeps digits of every script as numbers', () => {
    expect(tokenize('عام ٢٠١٥').map((t) => [t.norm, t.numeric])).toEqual([['عام', false], ['2015', true]]);
  });
});

describe('cliticReadings', () => {
  const stems = (w: string) => cliticReadings(w).map((r) => r.stem);
  it('offers و ف ب ل ك and their combinations', () => {
    expect(stems('وبغداد')).toContain('بغداد');
    expect(stems('بالعراق')).toContain('العراق');
    expect(stems('وبالعراق')).toContain('العراق');
    expect(stems('كالعاده')).toContain('العاده');
  });
  it('restores the article after لل', () => {
    const r = cliticReadings('للامم').find((x) => x.stem === 'الامم');
    expect(r).toMatchObject({ prefixLength: 1, definite: true });
  });
  it('keeps the bare word as the first reading', () => {
    expect(stems('وزير')[0]).toBe('وزير');
  });
  it('counts original characters of a prefix across diacritics', () => {
    expect(originalPrefixLength('وَبغداد', 1)).toBe(2);
  });
});
