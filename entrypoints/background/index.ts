import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { ClippingStore } from '../../lib/clippings/store';
import { analyses, handleMessage, saveArticleInTab, saveSelectionInTab, stepHighlightInTab } from './handlers';

const MENU_SAVE = 'qusasat-save-clipping';
const MENU_SAVE_ARTICLE = 'qusasat-save-article';
const STEPS = new Map<string, 1 | -1>([['next-highlight', 1], ['previous-highlight', -1]]);

export default defineBackground(() => {
  const store = new ClippingStore();

  browser.runtime.onInstalled.addListener((details) => {
    // Once, on a new install (not on an update or a browser update): what Qusasat does and how to save.
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    browser.contextMenus.create({ id: MENU_SAVE, title: browser.i18n.getMessage('menuSave'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_SAVE_ARTICLE, title: browser.i18n.getMessage('menuSaveArticle'), contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_SAVE) void saveSelectionInTab(tab.id);
    else if (info.menuItemId === MENU_SAVE_ARTICLE) void saveArticleInTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'save-clipping') void saveSelectionInTab(tab.id);
    else if (STEPS.has(command)) void stepHighlightInTab(tab.id, STEPS.get(command)!);
  });
  const pageOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only the extension's own pages and content scripts; web pages cannot reach this listener.
    if (sender.id !== browser.runtime.id) return;
    // Extension pages (popup, library) have an extension URL; content scripts have the web page's.
    void handleMessage(store, raw, { extensionPage: (sender.url ?? '').startsWith(pageOrigin), url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId }).then(sendResponse);
    return true; // answer asynchronously
  });
  // The e2e tests drive the same paths as the context menu and the shortcuts (neither works headless).
  (globalThis as { qusasat?: unknown }).qusasat = {
    saveSelectionInTab,
    saveArticleInTab,
    stepHighlightInTab,
    // speed.e2e: how many analyses pages asked for (a page the decision stopped asks for none).
    analysesServed: () => analyses.served,
    // The benchmark's "a change shows in an open library": a save as the background makes one.
    saveDraft: (draft: Parameters<ClippingStore['save']>[0]) => store.save(draft),
  };
});
