import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/Welcome';
import { t, uiDir, uiLang } from '../../components/i18n';
import { saveShortcut } from '../../components/shortcut';
import '../popup/style.css';
import '../options/style.css';
import '../../components/views.css';

document.documentElement.dir = uiDir();
document.documentElement.lang = uiLang();
document.title = t('welcomeTitle');

const page = (shortcut: string) => (
  <main class="options welcome-page">
    <h1>{t('extName')}</h1>
    <Welcome shortcut={shortcut} />
    <p class="welcome-links">
      <a href={browser.runtime.getURL('/library.html')}>{t('welcomeLibrary')}</a>{' · '}
      <a href={browser.runtime.getURL('/options.html')}>{t('welcomeOptions')}</a>
    </p>
  </main>
);
const app = document.getElementById('app')!;
render(page('Alt+Shift+S'), app);
void saveShortcut().then((s) => render(page(s), app));
