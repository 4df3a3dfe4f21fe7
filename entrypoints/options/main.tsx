import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import { t, uiDir, uiLang } from '../../components/i18n';
import { ClippingsDb } from '../../lib/clippings/db';
import { DEFAULT_SITE_SETTINGS } from '../../lib/page/site-settings';
import type { Message } from '../../lib/messaging/messages';
import { SiteSettingsDb } from '../../lib/clippings/site-settings-db';
import { backupIo } from '../../components/backup-io';
import '../popup/style.css';
import './style.css';

document.documentElement.dir = uiDir();
document.documentElement.lang = uiLang();
document.title = t('optionsTitle');
const siteDb = new SiteSettingsDb();

/** Chrome's shortcut page; Firefox opens its own with openShortcutSettings (an extension cannot link to about:addons). */
function openShortcuts(): void {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

render(
  <Options
    db={new ClippingsDb()}
    // The site choices live in their own database (lib/clippings/site-settings-db.ts); this page shares its origin.
    sites={{ list: () => siteDb.list(), turnOn: (site) => siteDb.set(site, DEFAULT_SITE_SETTINGS) }}
    shortcuts={async () => (await browser.commands.getAll()).map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }))}
    openShortcuts={openShortcuts}
    announce={async () => { await browser.runtime.sendMessage({ type: 'options:prefs-changed' } satisfies Message); }}
    libraryHref={browser.runtime.getURL('/library.html')}
    backup={backupIo}
  />,
  document.getElementById('app')!,
);
