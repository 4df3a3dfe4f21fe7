import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { ClippingStore } from '../../lib/clippings/store';
import { handleMessage, saveArticleInTab, saveSelectionInTab, stepHighlightInTab } from './handlers';

const MENU_SAVE = 'qusasat-save-clipping';
const MENU_SAVE_ARTICLE = 'qusasat-save-article';
const STEPS = new Map<string, 1 | -1>([['next-highlight', 1], ['previous-highlight', -1]]);

export default defineBackground(() => {
  const store = new ClippingStore();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_SAVE, title: browser.i18n.getMessage('menuSave'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_SAVE_ARTICLE, title: browser.i18n.getMessage('menuSaveArticle'), contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_SAVE) void saveSelectionInTab(store, tab.id);
    else if (info.menuItemId === MENU_SAVE_ARTICLE) void saveArticleInTab(store, tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'save-clipping') void saveSelectionInTab(store, tab.id);
    else if (STEPS.has(command)) void stepHighlightInTab(tab.id, STEPS.get(command)!);
  });
  const pageOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only the extension's own pages and content scripts; web pages cannot reach this listener.
    if (sender.id !== browser.runtime.id) return;
    // Extension pages (popup, library) have an extension URL; content scripts have the web page's.
    void handleMessage(store, raw, { extensionPage: (sender.url ?? '').startsWith(pageOrigin), url: sender.url, tabId: sender.tab?.id }).then(sendResponse);
    return true; // answer asynchronously
  });
  // The e2e tests drive the same paths as the context menu and the shortcuts (neither works headless).
  (globalThis as { qusasat?: unknown }).qusasat = {
    saveSelectionInTab: (tabId: number) => saveSelectionInTab(store, tabId),
    saveArticleInTab: (tabId: number) => saveArticleInTab(store, tabId),
    stepHighlightInTab,
  };
});
