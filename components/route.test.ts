import { describe, expect, it } from 'vitest';
import { clippingHref, parseHash, toHash, type Route } from './route';

describe('library routes', () => {
  it('round-trip every view with its state', () => {
    const routes: Route[] = [
      { view: 'library', query: '', filters: {} },
      { view: 'library', query: 'فؤاد حسين', filters: { entities: ['person:فواد حسين', 'place:بغداد'], tags: ['عراق'], site: 'x.example', from: '2026-01-01', to: '2026-02-01' }, clipping: 'abc' },
      { view: 'library', query: '', filters: {}, clipping: 'id-1' },
      { view: 'review' },
      { view: 'review', about: 'tag:سوريا' },
      { view: 'article', page: 'https://x.example/a?b=1&c=2', clipping: 'id-2' },
    ];
    for (const r of routes) expect(parseHash(toHash(r))).toEqual(r);
  });

  it('every clipping has its own address; the short #id works too', () => {
    expect(clippingHref('id-7')).toBe('library.html#/clipping/id-7');
    expect(parseHash('#id-7')).toEqual({ view: 'library', query: '', filters: {}, clipping: 'id-7' });
    expect(parseHash('')).toEqual({ view: 'library', query: '', filters: {} });
  });

  it('ignores what it cannot read', () => {
    expect(parseHash('#/?from=yesterday&e=')).toEqual({ view: 'library', query: '', filters: {} });
    expect(parseHash('#/article')).toEqual({ view: 'library', query: '', filters: {} });
  });
});
