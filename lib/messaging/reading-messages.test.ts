import { describe, expect, it } from 'vitest';
import { isPageOnly, isSaveStatus, parseMessage } from './messages';

describe('messages of the reading side, validated on arrival', () => {
  it('undo, open the library, open the source: a clipping id only', () => {
    expect(parseMessage({ type: 'content:undo-save', id: 'a1b2-c3' })).toEqual({ type: 'content:undo-save', id: 'a1b2-c3' });
    for (const id of ['', '<img>', 'x'.repeat(65), 42, null]) expect(parseMessage({ type: 'content:undo-save', id })).toBeNull();
    expect(parseMessage({ type: 'content:open-library' })).toEqual({ type: 'content:open-library' });
    expect(parseMessage({ type: 'content:open-library', id: '../x' })).toBeNull();
    expect(parseMessage({ type: 'popup:open-source', id: 'abc' })).toEqual({ type: 'popup:open-source', id: 'abc' });
    expect(isPageOnly('popup:open-source')).toBe(true); // a page cannot open tabs through it
  });

  it('corrections: a short name and a known kind', () => {
    expect(parseMessage({ type: 'content:correct-highlight', text: 'نينوى', kind: 'org', extra: 1 })).toEqual({ type: 'content:correct-highlight', text: 'نينوى', kind: 'org' });
    expect(parseMessage({ type: 'content:correct-highlight', text: 'نينوى', kind: 'date' })).toBeNull();
    expect(parseMessage({ type: 'content:correct-highlight', text: '  ', kind: 'none' })).toBeNull();
    expect(parseMessage({ type: 'content:correct-highlight', text: 'س'.repeat(201), kind: 'none' })).toBeNull();
    expect(parseMessage({ type: 'content:uncorrect-highlight', text: 'نينوى' })).toEqual({ type: 'content:uncorrect-highlight', text: 'نينوى' });
  });

  it('the menu\'s and shortcut\'s save: what to save, and the tab\'s answer one of four statuses', () => {
    expect(parseMessage({ type: 'background:save', what: 'selection', draft: {} })).toEqual({ type: 'background:save', what: 'selection' });
    expect(parseMessage({ type: 'background:save', what: 'article' })).toEqual({ type: 'background:save', what: 'article' });
    for (const what of [undefined, 'page', 1]) expect(parseMessage({ type: 'background:save', what })).toBeNull();
    for (const s of ['saved', 'duplicate', 'error', 'empty']) expect(isSaveStatus(s)).toBe(true);
    for (const s of ['great', null, { status: 'saved' }, undefined]) expect(isSaveStatus(s)).toBe(false);
  });
});
