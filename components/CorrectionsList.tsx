import { useEffect, useState } from 'preact/hooks';
import type { ClippingsDb, CorrectionRow } from '../lib/clippings/db';
import { listCorrections, removeCorrection } from '../lib/clippings/corrections';
import { t } from './i18n';
import { errorText } from './error-text';
import { KIND_LABEL } from './page/ControlPanel';

/**
 * The reader's corrections of highlights, for the library's settings: each name with what it is now
 * («ليس اسماً», a place…) and a button that undoes it (the name is highlighted as analyzed again on
 * the next page load). Mount it with the extension's database: `<CorrectionsList db={db} />`.
 */
export function CorrectionsList({ db }: { db: ClippingsDb }) {
  const [rows, setRows] = useState<CorrectionRow[] | null>(null);
  const [error, setError] = useState('');
  const load = (): void => { listCorrections(db).then(setRows, (e: unknown) => setError(errorText(e))); };
  useEffect(load, [db]);
  const undo = (key: string): void => { removeCorrection(db, key).then(load, (e: unknown) => setError(errorText(e))); };
  return (
    <section class="corrections" aria-labelledby="qs-corrections-title">
      <h2 id="qs-corrections-title">{t('correctionsTitle')}</h2>
      {error && <p role="alert" class="error">{error}</p>}
      {rows && !rows.length && <p class="empty">{t('correctionsEmpty')}</p>}
      {rows && rows.length > 0 && (
        <ul>
          {rows.map((r) => (
            <li key={r.key}>
              <bdi class="name" dir="auto">{r.text}</bdi>
              <span class="corrected"> — {r.kind === 'none' ? t('correctionNone') : t(KIND_LABEL[r.kind])}</span>{' '}
              <button type="button" onClick={() => undo(r.key)} aria-label={`${t('correctionUndo')}: ${r.text}`}>{t('correctionUndo')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
