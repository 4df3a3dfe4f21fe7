import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { runtimeConnector } from './runtime-connector';
import { ClippingsDb } from '../clippings/db';
import { ClippingStore } from '../clippings/store';
import { dbName } from '../../tests/unit/clip';

describe('runtimeConnector', () => {
  beforeEach(() => fakeBrowser.reset());

  it('focuses the open library tab instead of opening a second one (no "tabs" permission: runtime.getContexts)', async () => {
    const url = browser.runtime.getURL('/library.html');
    const getContexts = vi.fn(async () => [{ tabId: 7, windowId: 3, documentUrl: `${url}#x`, contextType: 'TAB' }]);
    (browser.runtime as unknown as { getContexts: unknown }).getContexts = getContexts;
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    const focus = vi.spyOn(browser.windows, 'update').mockResolvedValue({} as never);
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const conn = runtimeConnector(new ClippingStore(new ClippingsDb(dbName())));
    await conn.openLibrary();
    expect(update).toHaveBeenCalledWith(7, { active: true });
    expect(focus).toHaveBeenCalledWith(3, { focused: true });
    expect(create).not.toHaveBeenCalled();
    // None open: one is opened.
    getContexts.mockResolvedValue([]);
    await conn.openLibrary();
    expect(create).toHaveBeenCalledWith({ url });
    delete (browser.runtime as unknown as { getContexts?: unknown }).getContexts;
  });
});
