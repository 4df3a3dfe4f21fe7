import { describe, expect, it } from 'vitest';
import type { Span } from '../../lib/arabic/types';
import type { Clipping } from '../../lib/clippings/model';
import { entitiesOf } from '../../lib/clippings/view';
import { derive } from '../../lib/clippings/derive';

/** A clipping of `text` whose person mentions are `names`, each found in order. */
function clipping(text: string, names: string[]): Clipping {
  let from = 0;
  const entities: Span[] = names.map((n) => {
    const start = text.indexOf(n, from);
    from = start + n.length;
    return { kind: 'person', start, end: start + n.length, text: n };
  });
  return { text, url: 'https://example.com/a', speaker: null, entities } as unknown as Clipping;
}

describe('person facets merge the mentions a clipping links', () => {
  it('names a short mention by the longest one that holds it', () => {
    const c = clipping('قال الرئيس السوداني عمر البشير إن البشير لن يتنحى، وأضاف محسن فخري أن فخري رفض.', ['عمر البشير', 'البشير', 'محسن فخري', 'فخري']);
    expect(entitiesOf(c).map((e) => e.label)).toEqual(['عمر البشير', 'محسن فخري']);
    expect(derive(c).entityKeys).toHaveLength(2);
  });

  it('keeps the short form when two people share it, and links across spellings of the article', () => {
    const c = clipping('استقبل سلمان بن عبدالعزيز محمد بن سلمان، وقال سلمان إن…', ['سلمان بن عبدالعزيز', 'محمد بن سلمان', 'سلمان']);
    expect(entitiesOf(c).map((e) => e.label)).toEqual(['سلمان بن عبدالعزيز', 'محمد بن سلمان', 'سلمان']);
    const d = clipping('وصل عمر البشير، ثم تحدث بشير.', ['عمر البشير', 'بشير']);
    expect(entitiesOf(d).map((e) => e.label)).toEqual(['عمر البشير']);
  });

  it('links only inside one clipping', () => {
    expect(entitiesOf(clipping('قال البشير إن…', ['البشير'])).map((e) => e.label)).toEqual(['البشير']);
  });
});
