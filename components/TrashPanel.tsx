import { useEffect, useState } from 'preact/hooks';
import type { ClippingStore, TrashedClipping } from '../lib/clippings/store';
import { TRASH_DAYS } from '../lib/clippings/store';
import { watchTable } from '../lib/clippings/live';
import { relativeTime } from './format';
import { t } from './i18n';

interface Props {
  store: ClippingStore;
  count: number;
  lang: string;
  onRestore(ids: string[]): Promise<boolean>;
  /** Asks the reader first. */
  onEmpty(): void;
}

const SHOWN = 100;

/** The trash: what was deleted in the last TRASH_DAYS days, newest first, each restorable; emptied on request. */
export function TrashPanel({ store, count, lang, onRestore, onEmpty }: Props) {
  const [items, setItems] = useState<TrashedClipping[]>([]);
  // The newest SHOWN only: a trash of thousands is never read whole.
  useEffect(() => {
    const read = (): void => { void store.trash(SHOWN).then(setItems, () => setItems([])); };
    read();
    return watchTable(store.db, 'trash', read, 50);
  }, [store]);
  return (
    <details class="trash">
      <summary>{t('trashTitle', count)}</summary>
      <p class="trash-help">{t('trashHelp', TRASH_DAYS)}</p>
      {count > 0 && (
        <div class="trash-actions">
          <button type="button" class="trash-restore-all" onClick={() => void store.trashIds().then(onRestore)}>{t('restoreAll', count)}</button>
          <button type="button" class="trash-empty" onClick={onEmpty}>{t('emptyTrash')}</button>
        </div>
      )}
      <ul class="trash-list">
        {items.map(({ clipping: c, deletedAt }) => (
          <li key={c.id} class="trash-item">
            <span class="trash-text" dir="auto">{c.text.slice(0, 160)}</span>
            <span class="trash-when">{t('deletedWhen', relativeTime(deletedAt, lang))}</span>
            <button type="button" class="trash-restore" onClick={() => void onRestore([c.id])}>{t('restore')}</button>
          </li>
        ))}
      </ul>
      {count > SHOWN && <p class="trash-more">{t('trashMore', SHOWN, count)}</p>}
    </details>
  );
}
