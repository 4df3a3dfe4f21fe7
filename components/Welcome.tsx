import { t } from './i18n';

interface Props {
  /** The save shortcut as the browser has it set. */
  shortcut: string;
  next?: string;
  previous?: string;
}

/** What Qusasat does on which pages, every way to save, and that nothing leaves the machine. */
export function Welcome({ shortcut, next = 'Alt+Shift+.', previous = 'Alt+Shift+,' }: Props) {
  return (
    <section class="welcome empty" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcomeTitle')}</h2>
      <p class="welcome-what">{t('welcomeWhat')}</p>
      <h3>{t('welcomeHowTitle')}</h3>
      <ul class="welcome-steps">
        <li>{t('welcomeMenu')}</li>
        <li>{t('welcomeKeysSave')} <kbd dir="ltr">{shortcut}</kbd></li>
        <li>{t('welcomeKeysStep')} <kbd dir="ltr">{next}</kbd> · <kbd dir="ltr">{previous}</kbd></li>
        <li>{t('welcomeCard')}</li>
      </ul>
      <p class="welcome-private">{t('welcomePrivate')}</p>
    </section>
  );
}

