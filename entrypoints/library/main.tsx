import { render } from 'preact';
import { Library } from '../../components/Library';
import { t, uiDir, uiLang } from '../../components/i18n';
import { runtimeConnector } from '../../lib/messaging/runtime-connector';
import '../popup/style.css';
import './style.css';

document.documentElement.dir = uiDir();
document.documentElement.lang = uiLang();
document.title = t('libraryTitle');
render(<Library connector={runtimeConnector} lang={uiLang()} />, document.getElementById('app')!);
