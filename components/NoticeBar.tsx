import type { Notice } from './useLibrary';
import { t } from './i18n';

/** Outcome of the last action: errors as alerts (read out at once), the rest as status, with undo. */
export function NoticeBar({ notice, canUndo, onUndo, onClose }: { notice: Notice; canUndo: boolean; onUndo(): void; onClose(): void }) {
  return (
    <div class="notice-slot" role="status" aria-live="polite">
      {notice && (
        <div class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : undefined}>
          <span class="notice-text">{notice.text}</span>
          {canUndo && notice.kind === 'info' && <button type="button" class="notice-undo" onClick={onUndo}>{t('undo')}</button>}
          <button type="button" class="notice-close" aria-label="×" onClick={onClose}>×</button>
        </div>
      )}
    </div>
  );
}
