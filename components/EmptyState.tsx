import { t } from './i18n';

/** Shown when nothing is saved yet: how to save, every way. */
export function EmptyState({ shortcut }: { shortcut: string }) {
  return (
    <section class="empty">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyHow', shortcut)}</p>
      <p>{t('emptyMore')}</p>
    </section>
  );
}
