import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // The fewest that work: a context-menu item, and a library the browser must not evict.
    permissions: ['contextMenus', 'unlimitedStorage'],
    commands: {
      'save-clipping': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSave__' },
      // Keyboard access to the highlights and their cards (Comma/Period: key names Chrome and Firefox share).
      'next-highlight': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextHighlight__' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPreviousHighlight__' },
    },
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: { gecko: { id: 'qusasat@qusasat.invalid', strict_min_version: '140.0' } },
  },
  vite: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // Chrome warns of a key it does not know ("Unrecognized manifest key").
      if (wxt.config.browser !== 'firefox') {
        delete manifest.browser_specific_settings;
        return;
      }
      // addons.mozilla.org requires new extensions to declare what they collect: nothing. The key
      // is read from Firefox 140 on desktop (strict_min_version above) and 142 on Android.
      const settings = (manifest.browser_specific_settings ?? {}) as Record<string, Record<string, unknown> | undefined>;
      settings.gecko = { ...settings.gecko, data_collection_permissions: { required: ['none'] } };
      settings.gecko_android = { ...settings.gecko_android, strict_min_version: '142.0' };
      manifest.browser_specific_settings = settings;
    },
  },
});
