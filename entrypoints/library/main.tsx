import { render } from 'preact';
import { Library } from '../../components/Library';
import { t, uiDir, uiLang } from '../../components/i18n';
import { saveShortcut } from '../../components/shortcut';
import { runtimeConnector } from '../../lib/messaging/runtime-connector';
import '../popup/style.css';
import './style.css';

document.documentElement.dir = uiDir();
document.documentElement.lang = uiLang();
document.title = t('libraryTitle');
const app = document.getElementById('app')!;
// The page reads and writes the database itself (same origin as the extension).
const connector = runtimeConnector();
render(<Library connector={connector} lang={uiLang()} />, app);
void saveShortcut().then((shortcut) => render(<Library connector={connector} lang={uiLang()} shortcut={shortcut} />, app));
