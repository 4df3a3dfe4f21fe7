import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../../../scripts/lib/load-ner-model';
import { normalize } from '../normalize';
import { withoutArticle } from '../tokenize';
import { KNOWN_ORGS, KNOWN_ORG_NAMES } from './known-orgs';
import { PLACES } from './lexicon';
import { applySpanRules } from './span-rules';

// Brands whose town the place list also has, and far likelier the brand in news.
const BRAND_TOWNS = new Set(['نوكيا', 'تويوتا', 'روتانا'].map(normalize));

describe('the list of known organizations', () => {
  it('holds normalized words, each name under its first word, longest first', () => {
    for (const ws of KNOWN_ORG_NAMES) for (const w of ws) expect(normalize(w)).toBe(w);
    expect(KNOWN_ORGS.get(normalize('الأمم'))?.[0]).toEqual(['الامم', 'المتحده']);
    for (const list of KNOWN_ORGS.values()) for (let k = 1; k < list.length; k++) expect(list[k - 1]!.length).toBeGreaterThanOrEqual(list[k]!.length);
  });

  it('has no one-word name that is a place too', () => {
    const place = loadNerModel().gazetteer.place;
    const both = KNOWN_ORG_NAMES.filter((ws) => ws.length === 1 && !BRAND_TOWNS.has(ws[0]!))
      .map((ws) => ws[0]!).filter((w) => PLACES.has(w) || place.has(w) || place.has(withoutArticle(w)));
    expect(both).toEqual([]);
  });

  it('reads every name of the list, standing whole, as that organization through all the span rules', () => {
    const model = loadNerModel();
    const lost = KNOWN_ORG_NAMES.filter((ws) => {
      const words = ['وقالت', ...ws, 'امس'];
      const out = applySpanRules(model, words, words.map(() => 'O'));
      return out.slice(1, -1).join(' ') !== ['B-ORG', ...ws.slice(1).map(() => 'I-ORG')].join(' ');
    }).map((ws) => ws.join(' '));
    expect(lost).toEqual([]);
  });
});
