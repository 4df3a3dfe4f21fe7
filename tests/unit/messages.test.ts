import { describe, expect, it } from 'vitest';
import { parseMessage, isDraft } from '../../lib/messaging/messages';

const draft = { url: 'https://x.com/a', site: 'x.com', title: null, byline: null, published: null, text: 'نص', prefix: '', suffix: '', position: null, kind: 'selection', speaker: null, entities: [] };

describe('parseMessage', () => {
  it('accepts each well-formed message', () => {
    expect(parseMessage({ type: 'content:analyze', text: 'نص', ref: '2023-01-01' })).toEqual({ type: 'content:analyze', text: 'نص', ref: '2023-01-01' });
    expect(parseMessage({ type: 'content:save-clipping', draft })).toMatchObject({ type: 'content:save-clipping' });
    expect(parseMessage({ type: 'popup:clippings-changed' })).toEqual({ type: 'popup:clippings-changed' });
    expect(parseMessage({ type: 'background:save', what: 'selection' })).toEqual({ type: 'background:save', what: 'selection' });
    expect(parseMessage({ type: 'background:step-highlight', direction: 1 })).toEqual({ type: 'background:step-highlight', direction: 1 });
    expect(parseMessage({ type: 'background:step-highlight', direction: -1, extra: 'x' })).toEqual({ type: 'background:step-highlight', direction: -1 });
  });
  it('drops anything else', () => {
    for (const bad of [null, 'x', [], { type: 'nope' }, { type: 'content:analyze', text: 1, ref: '2023-01-01' }, { type: 'content:analyze', text: 'a', ref: 'yesterday' },
      { type: 'popup:delete-clipping', id: 'a' }, { type: 'popup:list-clippings' }, { type: 'content:save-clipping', draft: { ...draft, text: '' } }, { type: 'content:save-clipping', draft: { ...draft, kind: 'other' } },
      { type: 'background:save', what: 'great' }, { type: 'background:step-highlight' }, { type: 'background:step-highlight', direction: 2 },
      { type: 'background:step-highlight', direction: '1' }, { type: 'background:step-highlight', direction: 0 }]) {
      expect(parseMessage(bad)).toBeNull();
    }
  });
  it('validates a draft field by field', () => {
    expect(isDraft(draft)).toBe(true);
    expect(isDraft({ ...draft, position: { start: 'a', end: 2 } })).toBe(false);
    expect(isDraft({ ...draft, entities: 'x' })).toBe(false);
  });
});
