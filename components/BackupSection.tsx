import { useEffect, useState } from 'preact/hooks';
import { BACKUP_SCHEDULES, loadBackupState, saveBackupState, type BackupSchedule, type BackupState } from '../lib/clippings/backup';
import type { ClippingsDb } from '../lib/clippings/db';
import { backUp, backUpIfDue, type BackupIo } from './backup-run';
import { errorText } from './error-text';
import { t, tn, uiLang, type MessageKey } from './i18n';

const SCHEDULE_LABEL: Record<BackupSchedule, MessageKey> = { off: 'backupOff', daily: 'backupDaily', weekly: 'backupWeekly' };

/** «نسخة احتياطية الآن», the schedule, and how the last backup went. */
export function BackupSection({ db, io }: { db: ClippingsDb; io: BackupIo }) {
  const [state, setState] = useState<BackupState | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void loadBackupState(db).then(setState, (e) => setProblem(t('backupFailed', errorText(e))));
    // A scheduled backup that came due while no extension page was open is made now.
    void backUpIfDue(db, io).then((s) => { if (s) setState(s); }, () => undefined);
  }, [db]);

  const now = async (): Promise<void> => {
    // The browser shows its prompt only from the click itself: ask before anything else awaits.
    const granted = await io.requestPermission().catch(() => false);
    if (!granted) { setProblem(t('backupRefused')); return; }
    setProblem(null);
    setBusy(true);
    try { setState(await backUp(db, io)); } finally { setBusy(false); }
  };
  const choose = async (schedule: BackupSchedule): Promise<void> => {
    if (!state) return;
    if (schedule !== 'off' && !(await io.requestPermission().catch(() => false))) {
      setProblem(t('backupRefused'));
      setState({ ...state });
      return;
    }
    setProblem(null);
    const next = { ...state, schedule };
    setState(next);
    try { await saveBackupState(db, next); } catch (e) { setProblem(t('backupFailed', errorText(e))); }
  };

  return (
    <section class="opt-backup" aria-labelledby="opt-backup">
      <h2 id="opt-backup">{t('optBackup')}</h2>
      <p class="opt-help">{t('optBackupHelp')}</p>
      {state && (
        <>
          <fieldset class="opt-backup-schedule">
            <legend>{t('backupSchedule')}</legend>
            {BACKUP_SCHEDULES.map((s) => (
              <label key={s}>
                <input type="radio" name="backup-schedule" value={s} checked={state.schedule === s} onChange={() => void choose(s)} /> {t(SCHEDULE_LABEL[s])}
              </label>
            ))}
          </fieldset>
          <button type="button" class="opt-backup-now" disabled={busy} onClick={() => void now()}>{t('backupNow')}</button>
          <p class="opt-backup-last" role="status">{lastText(state)}</p>
        </>
      )}
      {problem && <p class="notice notice-error" role="alert">{problem}</p>}
    </section>
  );
}

function lastText(s: BackupState): string {
  if (!s.lastAt) return t('backupNever');
  const when = new Date(s.lastAt).toLocaleString(uiLang());
  return s.lastOk ? t('backupLastOk', when, tn('clippings', s.lastCount)) : t('backupLastFailed', when, s.lastError ?? '');
}
