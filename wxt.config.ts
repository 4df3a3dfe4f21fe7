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
    },
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: { gecko: { id: 'qusasat@qusasat.invalid', strict_min_version: '140.0' } },
  },
  vite: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } }),
});
