// Code that Playwright evaluates inside the extension's service worker sees the `chrome` global.
declare const chrome: typeof import('wxt/browser').browser;
