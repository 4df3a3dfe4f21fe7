import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardLifetime } from './lifetime';

const startedEvent = (): string => (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

describe('the content script lifetime', () => {
  it('is not ended by a page dispatching WXT\'s "script started" event on document', () => {
    const ctx = new ContentScriptContext('content');
    guardLifetime(ctx);
    document.dispatchEvent(new CustomEvent(startedEvent(), { detail: { contentScriptName: 'content', messageId: 'page' } }));
    document.body.dispatchEvent(new CustomEvent(startedEvent(), { bubbles: true, detail: { contentScriptName: 'content', messageId: 'page' } }));
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });
});
