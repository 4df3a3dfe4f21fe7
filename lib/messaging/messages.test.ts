import { describe, expect, it } from 'vitest';
import { parseMessage, parsePageMarks } from './messages';
import { clip } from '../../tests/unit/clip';

describe('parseMessage (clipping messages)', () => {
  it('accepts well-formed library messages', () => {
    expect(parseMessage({ type: 'popup:clippings-changed' })).toEqual({ type: 'popup:clippings-changed' });
    expect(parseMessage({ type: 'content:page-clippings', url: 'https://x.example/' })).not.toBeNull();
    expect(parseMessage({ type: 'popup:page-marks' })).toEqual({ type: 'popup:page-marks' });
  });

  it('has no message that carries the library: the extension pages read the database themselves', () => {
    for (const type of ['popup:list-clippings', 'popup:import-clippings', 'popup:restore-clippings', 'popup:delete-clippings', 'popup:update-clipping']) {
      expect(parseMessage({ type, clippings: [clip()], ids: ['a'], id: 'a', patch: {} })).toBeNull();
    }
  });

  it('drops malformed ones', () => {
    expect(parseMessage({ type: 'popup:save-article', tabId: '3' })).toBeNull();
    expect(parseMessage({ type: 'content:page-clippings' })).toBeNull();
    const { id: _i, createdAt: _c, updatedAt: _u, note: _n, tags: _t, ...draft } = clip();
    expect(parseMessage({ type: 'content:save-clipping', draft })).not.toBeNull();
    expect(parseMessage({ type: 'content:save-clipping', draft: { ...draft, entities: [{ kind: 'person', start: 0, end: 2, text: 7 }] } })).toBeNull();
  });
});

describe('parsePageMarks (the content script answer the popup uses)', () => {
  it('keeps a well-formed answer, rebuilt from known fields', () => {
    const c = clip();
    const r = parsePageMarks({ found: ['a'], missing: [{ ...c, extra: 1 }], more: 2 });
    expect(r).toEqual({ found: ['a'], missing: [c] });
    expect(Object.keys(r!)).toEqual(['found', 'missing']);
  });

  it('drops anything else', () => {
    for (const bad of [null, undefined, 'x', [], {}, { found: 'a', missing: [] }, { found: [1], missing: [] }, { found: [], missing: [{ ...clip(), text: 7 }] },
      { found: [], missing: {} }, { found: [''], missing: [] }]) {
      expect(parsePageMarks(bad)).toBeNull();
    }
  });
});
