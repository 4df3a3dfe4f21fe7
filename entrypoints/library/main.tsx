import { render } from 'preact';
import { Library } from '../../components/Library';
import { t, uiDir, uiLang } from '../../components/i18n';
import { saveShortcut } from '../../components/shortcut';
import { runtimeConnector } from '../../lib/messaging/runtime-connector';
import { backUpIfDue } from '../../components/backup-run';
import { backupIo } from '../../components/backup-io';
import '../popup/style.css';
import './style.css';

document.documentElement.dir = uiDir();
document.documentElement.lang = uiLang();
document.title = t('libraryTitle');
const app = document.getElementById('app')!;
// The page reads and writes the database itself (same origin as the extension).
const connector = runtimeConnector();
// Opened now, while the first render runs: every tab's first read waits for it (a failure is left
// to that read, which reports it or falls back to the old library).
void connector.store.db.open().catch(() => undefined);
render(<Library connector={connector} lang={uiLang()} />, app);
void saveShortcut().then((shortcut) => render(<Library connector={connector} lang={uiLang()} shortcut={shortcut} />, app));
// A scheduled backup that came due is made when the library opens too (the options page does the same).
void backUpIfDue(connector.store.db, backupIo).catch(() => undefined);
