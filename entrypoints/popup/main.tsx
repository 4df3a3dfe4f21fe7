import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { uiDir, uiLang } from '../../components/i18n';
import { saveShortcut } from '../../components/shortcut';
import { runtimeConnector } from '../../lib/messaging/runtime-connector';
import './style.css';

document.documentElement.dir = uiDir();
document.documentElement.lang = uiLang();
const app = document.getElementById('app')!;
// The popup reads and writes the database itself (same origin as the extension).
const connector = runtimeConnector();
render(<Popup connector={connector} lang={uiLang()} />, app);
// The empty state names the reader's own shortcut once it is known.
void saveShortcut().then((shortcut) => render(<Popup connector={connector} lang={uiLang()} shortcut={shortcut} />, app));
