import { afterEach, describe, expect, it, vi } from 'vitest';
import gateScript from '../../entrypoints/gate';
import { takeEarlySettings } from '../../entrypoints/content/handoff';

/** An extension API that records every property read (the first read builds Chromium's bindings). */
function recordingApi() {
  const reads: string[] = [];
  const listeners: unknown[] = [];
  const runtime = { id: 'ext', getURL: (p: string) => `chrome-extension://ext/${p}`, onMessage: { addListener: (l: unknown) => listeners.push(l) } };
  const api = new Proxy({ runtime }, { get(t, k) { reads.push(String(k)); return t[k as 'runtime']; } });
  return { api, reads, listeners };
}

describe('the gate on a page that is not Arabic', () => {
  afterEach(() => { vi.unstubAllGlobals(); document.body.innerHTML = ''; getSelection()?.removeAllRanges(); });

  it('leaves the extension API untouched until the reader selects something, then listens for the background', () => {
    const { api, reads, listeners } = recordingApi();
    vi.stubGlobal('browser', api);
    vi.stubGlobal('chrome', api);
    document.documentElement.lang = 'en';
    document.title = 'Markets close higher as oil prices rise';
    document.body.innerHTML = '<p>Stocks rose on Tuesday.</p>';
    gateScript.main();
    expect(reads).toEqual([]);

    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    expect(reads).toContain('runtime');
    expect(listeners).toHaveLength(1);
  });
});

describe('the gate on a page that could be an Arabic article', () => {
  afterEach(() => { vi.unstubAllGlobals(); document.documentElement.lang = ''; });

  it('asks for the site settings before it imports the module, and hands the answer to the module once', async () => {
    const order: string[] = [];
    const answer = { ok: true, settings: { off: false, hidden: [] } };
    const runtime = {
      id: 'ext',
      getURL: (p: string) => { order.push('import'); return `chrome-extension://ext/${p}`; },
      sendMessage: vi.fn((m: unknown) => { order.push('settings'); return Promise.resolve(m && answer); }),
      onMessage: { addListener: () => undefined },
    };
    vi.stubGlobal('browser', { runtime });
    vi.stubGlobal('chrome', { runtime });
    document.documentElement.lang = 'ar';
    gateScript.main();
    expect(order).toEqual(['settings', 'import']);
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'content:get-site-settings', site: location.host });
    expect(takeEarlySettings('other.example')).toBeUndefined();
    gateScript.main();
    await expect(takeEarlySettings(location.host)).resolves.toEqual(answer);
    expect(takeEarlySettings(location.host)).toBeUndefined();
  });
});
