import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { uiDir, uiLang } from '../../components/i18n';
import { runtimeConnector } from '../../lib/messaging/runtime-connector';
import './style.css';

document.documentElement.dir = uiDir();
document.documentElement.lang = uiLang();
render(<Popup connector={runtimeConnector} lang={uiLang()} />, document.getElementById('app')!);
