import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

/** The packed model's fingerprint: the worker's cache key for it (entrypoints/background/model.ts). */
function modelId(): string {
  try {
    return createHash('sha256').update(readFileSync('public/models/ner.bin')).digest('hex').slice(0, 16);
  } catch {
    return 'none';
  }
}

export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // The fewest that work: a context-menu item, and a library the browser must not evict.
    permissions: ['contextMenus', 'unlimitedStorage'],
    // Asked for only when the reader turns backups on or backs up now (components/BackupSection.tsx).
    // No "alarms": a due backup is made when an extension page opens (options, library), where the
    // export can be a Blob URL; the worker has none, and a message could not carry a big library.
    optional_permissions: ['downloads'],
    commands: {
      'save-clipping': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSave__' },
      // Keyboard access to the highlights and their cards (Comma/Period: key names Chrome and Firefox share).
      'next-highlight': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextHighlight__' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPreviousHighlight__' },
    },
    action: { default_title: '__MSG_extName__' },
    // The article module the gate imports (entrypoints/content/index.ts). Chromium serves it only through a
    // per-session URL, so a page cannot probe chrome-extension://<id>/… to learn the extension is here.
    web_accessible_resources: [{ resources: ['content-scripts/content.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    // The gate (entrypoints/gate.ts) is the one script every page gets; the article module is not listed.
    content_scripts: [{ matches: ['<all_urls>'], run_at: 'document_idle', js: ['gate.js'], css: ['content-scripts/highlights.css'] }],
    browser_specific_settings: { gecko: { id: 'qusasat@qusasat.invalid', strict_min_version: '140.0' } },
  },
  hooks: {
    // The extension loads the packed model (models/ner.bin); its JSON source stays out of the build.
    'build:publicAssets': (_wxt, files) => {
      const i = files.findIndex((f) => f.relativeDest === 'models/ner.json');
      if (i >= 0) files.splice(i, 1);
    },
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
  vite: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } }, define: { __QUSASAT_MODEL_ID__: JSON.stringify(modelId()) } }),
});
