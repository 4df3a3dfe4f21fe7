import { browser } from 'wxt/browser';
import { BackupError, type BackupIo } from './backup-run';
import { t } from './i18n';

const downloads = (): { permissions: ['downloads'] } => ({ permissions: ['downloads'] });

/**
 * The browser's downloads, behind the optional "downloads" permission: asked for only when the reader
 * turns backups on (or backs up now), so a reader who never does grants nothing more. The file is a
 * Blob URL of this page, which is why the backup runs in an extension page and not the worker.
 */
export const backupIo: BackupIo = {
  hasPermission: () => browser.permissions.contains(downloads()),
  requestPermission: () => browser.permissions.request(downloads()),
  async write(name, parts) {
    const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
    try {
      const id = await browser.downloads.download({ url, filename: name, saveAs: false, conflictAction: 'uniquify' });
      await finished(id);
    } finally {
      URL.revokeObjectURL(url);
    }
  },
};

/** Until the download is complete, or refused with the browser's reason in the reader's words. */
function finished(id: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (state: string | undefined, error: string | undefined): boolean => {
      if (state === 'complete') resolve();
      else if (state === 'interrupted') reject(new BackupError(t('backupInterrupted', error ?? '')));
      else return false;
      browser.downloads.onChanged.removeListener(listen);
      return true;
    };
    const listen = (d: { id: number; state?: { current?: string }; error?: { current?: string } }): void => {
      if (d.id === id) settle(d.state?.current, d.error?.current);
    };
    browser.downloads.onChanged.addListener(listen);
    // It may have finished before the listener was added.
    void browser.downloads.search({ id }).then(([d]) => { if (d) settle(d.state, d.error); });
  });
}
