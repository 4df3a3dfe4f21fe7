import { describe, expect, it } from 'vitest';
import { applyView, facets, groupRows, localDay, searchFacet } from './view';
import { SearchIndex } from './search';
import { clip } from '../../tests/unit/clip';

const person = (text: string) => ({ kind: 'person' as const, start: 0, end: text.length, text });

describe('library view', () => {
  const cs = [
    clip({ createdAt: '2026-03-02T10:00:00.000Z', site: 'a.example', entities: [person('إبراهيم الجعفريّ')], tags: ['عراق'] }),
    clip({ createdAt: '2026-03-02T09:00:00.000Z', site: 'a.example', entities: [person('ابراهيم الجعفري')] }),
    clip({ createdAt: '2026-03-01T09:00:00.000Z', site: 'b.example', speaker: 'إبراهيم جعفري', kind: 'quote' }),
    clip({ createdAt: '2026-03-01T08:00:00.000Z', site: 'b.example', entities: [person('فؤاد حسين')] }),
  ];

  it('gathers an entity across spellings ("everything I saved about X") with counts', () => {
    const f = facets(cs);
    expect(f.person[0]).toMatchObject({ value: 'person:ابراهيم جعفري', count: 3, label: 'إبراهيم الجعفريّ' });
    expect(applyView(cs, null, '', { entities: [f.person[0]!.value] })).toHaveLength(3);
    expect(f.site).toEqual([{ value: 'a.example', label: 'a.example', count: 2 }, { value: 'b.example', label: 'b.example', count: 2 }]);
    expect(f.tag).toEqual([{ value: 'عراق', label: 'عراق', count: 1 }]);
  });

  it('combines search, site, tag and date range', () => {
    const idx = new SearchIndex(cs);
    expect(applyView(cs, idx, 'رقم', { site: 'b.example' })).toEqual(cs.slice(2));
    expect(applyView(cs, null, '', { tags: ['عراق'] })).toEqual([cs[0]]);
    expect(applyView(cs, null, '', { from: '2026-03-02' })).toEqual(cs.slice(0, 2));
    expect(applyView(cs, null, '', { to: '2026-03-01' })).toEqual(cs.slice(2));
  });

  it('groups by day and site, newest first', () => {
    const rows = groupRows(cs);
    expect(rows.map((r) => (r.type === 'group' ? `${r.day} ${r.site} ${r.count}` : `item ${r.n}`))).toEqual(['2026-03-02 a.example 2', 'item 1', 'item 2', '2026-03-01 b.example 2', 'item 3', 'item 4']);
  });

  it("groups by the reader's own day, not UTC's", () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Baghdad';
      expect(localDay('2026-03-01T22:30:00.000Z')).toBe('2026-03-02');
      process.env.TZ = 'UTC';
      expect(localDay('2026-03-01T22:30:00.000Z')).toBe('2026-03-01');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('makes one group per site and day, however the clippings are spread', () => {
    const mixed = [
      clip({ createdAt: '2026-03-02T12:00:00.000Z', site: 'a.example' }),
      clip({ createdAt: '2026-03-02T11:00:00.000Z', site: 'b.example' }),
      clip({ createdAt: '2026-03-02T10:00:00.000Z', site: 'a.example' }),
      clip({ createdAt: '2026-03-02T09:00:00.000Z', site: 'b.example' }),
      clip({ createdAt: '2026-03-02T08:00:00.000Z', site: 'a.example' }),
    ];
    const rows = groupRows(mixed);
    const heads = rows.filter((r) => r.type === 'group');
    expect(heads.map((r) => (r.type === 'group' ? `${r.site} ${r.count}` : ''))).toEqual(['a.example 3', 'b.example 2']);
    expect(rows.filter((r) => r.type === 'item').map((r) => (r.type === 'item' ? r.n : 0))).toEqual([1, 2, 3, 4, 5]);
  });

  it('filters by the saving date, the publication date, or a date mentioned in the text', () => {
    const dated = [
      clip({ createdAt: '2026-03-02T10:00:00.000Z', published: '2025-12-30T08:00:00Z', entities: [{ kind: 'date', start: 0, end: 4, text: 'عام 2003', value: '2003' }] }),
      clip({ createdAt: '2026-03-01T10:00:00.000Z', published: null, entities: [{ kind: 'date', start: 0, end: 4, text: 'x', value: '2020-03-01/2020-04-15' }] }),
    ];
    expect(applyView(dated, null, '', { from: '2026-03-02', to: '2026-03-02' })).toEqual([dated[0]]);
    expect(applyView(dated, null, '', { dateOf: 'published', from: '2025-12-01', to: '2025-12-31' })).toEqual([dated[0]]);
    expect(applyView(dated, null, '', { dateOf: 'published', from: '2020-01-01' })).toEqual([dated[0]]);
    expect(applyView(dated, null, '', { dateOf: 'mentioned', from: '2003-06-01', to: '2003-06-30' })).toEqual([dated[0]]);
    expect(applyView(dated, null, '', { dateOf: 'mentioned', from: '2020-04-01', to: '2020-04-02' })).toEqual([dated[1]]);
  });
});

describe('facets combined', () => {
  const place = (text: string) => ({ kind: 'place' as const, start: 0, end: text.length, text });
  const cs = [
    clip({ entities: [person('فؤاد حسين'), place('بغداد')] }),
    clip({ entities: [person('فؤاد حسين'), place('دمشق')] }),
    clip({ entities: [place('بغداد')], tags: ['عراق', 'نفط'] }),
    clip({ entities: [person('فؤاد حسين'), place('بغداد')], tags: ['عراق'] }),
  ];
  it('a person and a place at once: only clippings with both', () => {
    const f = facets(cs);
    const fuad = f.person.find((x) => x.label === 'فؤاد حسين')!.value;
    const baghdad = f.place.find((x) => x.label === 'بغداد')!.value;
    expect(applyView(cs, null, '', { entities: [fuad, baghdad] })).toEqual([cs[0], cs[3]]);
    expect(applyView(cs, null, '', { entities: [fuad, baghdad], tags: ['عراق'] })).toEqual([cs[3]]);
    expect(applyView(cs, null, '', { tags: ['عراق', 'نفط'] })).toEqual([cs[2]]);
  });
  it('a search inside a facet matches across spellings', () => {
    const f = facets(cs);
    expect(searchFacet(f.place, 'بغداد').map((x) => x.label)).toEqual(['بغداد']);
    expect(searchFacet(f.person, 'فواد').map((x) => x.label)).toEqual(['فؤاد حسين']);
    expect(searchFacet(f.place, '')).toHaveLength(2);
  });
});
