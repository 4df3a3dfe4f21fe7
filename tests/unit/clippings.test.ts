import { beforeEach, describe, expect, it } from 'vitest';
import { ClippingsDb } from '../../lib/clippings/db';
import { ClippingStore } from '../../lib/clippings/store';
import { makeDraft } from '../../lib/clippings/draft';
import { dedupeKey, siteOf } from '../../lib/clippings/model';
import type { Span } from '../../lib/arabic/types';

const body = 'بغداد - دعا وزير الخارجية فؤاد حسين سفراء التحالف إلى دعم العراق. وقال حسين إن الدعم ضروري.';
const at = (kind: Span['kind'], text: string): Span => ({ kind, start: body.indexOf(text), end: body.indexOf(text) + text.length, text });
const spans: Span[] = [at('place', 'بغداد'), at('person', 'فؤاد حسين'), at('place', 'العراق')];

function draftOf(start: number, end: number, url = 'https://www.example.com/news/1#top') {
  return makeDraft({ url, title: 'عنوان', byline: null, published: '2023-03-14', bodyText: body, position: { start, end }, selectedText: '', spans })!;
}

describe('makeDraft', () => {
  it('keeps the words, the context each side and the entities inside, re-based', () => {
    const start = body.indexOf('دعا');
    const end = body.indexOf('العراق') + 6;
    const d = draftOf(start - 1, end); // selection starting on the space before: trimmed
    expect(d.text).toBe(body.slice(start, end));
    expect(d.position).toEqual({ start, end });
    expect(d.prefix).toBe(body.slice(0, start));
    expect(d.suffix.startsWith('. وقال')).toBe(true);
    expect(d.site).toBe('example.com');
    expect(d.entities.map((e) => [e.kind, e.text, d.text.slice(e.start, e.end)])).toEqual([
      ['person', 'فؤاد حسين', 'فؤاد حسين'],
      ['place', 'العراق', 'العراق'],
    ]);
  });
  it('falls back to the selected text when it lies outside the body, and refuses empty selections', () => {
    const d = makeDraft({ url: 'https://a.b/x', title: null, byline: null, published: null, bodyText: '', position: null, selectedText: ' نص ', spans: [] })!;
    expect(d).toMatchObject({ text: 'نص', position: null, prefix: '', entities: [] });
    expect(makeDraft({ url: 'https://a.b/x', title: null, byline: null, published: null, bodyText: '', position: null, selectedText: '  ', spans: [] })).toBeNull();
  });
});

describe('model helpers', () => {
  it('treats spelling variants and the URL fragment as the same clipping', () => {
    expect(dedupeKey({ url: 'https://x.com/a#p2', text: 'قال الجعفريّ' })).toBe(dedupeKey({ url: 'https://x.com/a', text: 'قال  الجعفري' }));
    expect(siteOf('not a url')).toBe('');
  });
});

describe('ClippingStore', () => {
  let store: ClippingStore;
  beforeEach(async () => {
    const db = new ClippingsDb(`test-${Math.random()}`);
    let t = Date.parse('2024-01-01T00:00:00Z');
    store = new ClippingStore(db, () => new Date((t += 1000)));
  });

  it('saves, lists newest first, and deletes', async () => {
    const a = await store.save(draftOf(0, 5));
    const b = await store.save(draftOf(spans[1]!.start, spans[1]!.end));
    expect(a.status).toBe('saved');
    expect((await store.list()).map((c) => c.text)).toEqual(['فؤاد حسين', 'بغداد']);
    await store.remove([b.clipping.id]);
    expect((await store.list()).map((c) => c.id)).toEqual([a.clipping.id]);
  });

  it('stores the DESIGN shape with note and tags, and no internal fields', async () => {
    const { clipping } = await store.save(draftOf(0, 5));
    expect(Object.keys(clipping).sort()).toEqual(['byline', 'createdAt', 'entities', 'id', 'kind', 'note', 'position', 'prefix', 'published', 'site', 'speaker', 'suffix', 'tags', 'text', 'title', 'updatedAt', 'url'].sort());
    expect(clipping).toMatchObject({ note: '', tags: [], kind: 'selection', title: 'عنوان' });
  });

  it('saves the same text from the same page once', async () => {
    await store.save(draftOf(0, 5));
    const again = await store.save(draftOf(0, 5, 'https://www.example.com/news/1'));
    expect(again.status).toBe('duplicate');
    expect(await store.list()).toHaveLength(1);
  });
});

describe('entity names in the library', () => {
  it('gives back the article a «لل» took, so «للعراق» groups with «العراق»', async () => {
    const { entityName } = await import('../../lib/clippings/entities');
    const { entitiesOf } = await import('../../lib/clippings/view');
    const text = 'وقدم الدعم للعراق وللأمم المتحدة، وزار لبنان والعراق.';
    const span = (t: string, from = 0) => ({ kind: 'place' as const, start: text.indexOf(t, from), end: text.indexOf(t, from) + t.length, text: t });
    const c = { text } as Parameters<typeof entityName>[0];
    expect(entityName(c, span('لعراق'))).toBe('العراق');
    expect(entityName(c, span('لأمم المتحدة'))).toBe('الأمم المتحدة');
    expect(entityName(c, span('لبنان'))).toBe('لبنان'); // a name that starts with ل stays as written
    const clipping = { text, speaker: null, entities: [span('لعراق'), span('العراق'), span('لبنان')] } as unknown as Parameters<typeof entitiesOf>[0];
    expect(entitiesOf(clipping).map((e) => e.label)).toEqual(['العراق', 'لبنان']);
  });
});
