import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { ClippingStore } from '../../lib/clippings/store';
import { handleMessage, saveSelectionInTab } from './handlers';

const MENU_SAVE = 'qusasat-save-clipping';

export default defineBackground(() => {
  const store = new ClippingStore();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_SAVE, title: browser.i18n.getMessage('menuSave'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE && tab?.id !== undefined) void saveSelectionInTab(store, tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-clipping' && tab?.id !== undefined) void saveSelectionInTab(store, tab.id);
  });
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only the extension's own pages and content scripts; web pages cannot reach this listener.
    if (sender.id !== browser.runtime.id) return;
    void handleMessage(store, raw).then(sendResponse);
    return true; // answer asynchronously
  });
  // The e2e test drives the same path as the context menu (menus cannot be clicked headless).
  (globalThis as { qusasat?: unknown }).qusasat = { saveSelectionInTab: (tabId: number) => saveSelectionInTab(store, tabId) };
});
