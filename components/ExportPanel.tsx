import { useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import type { ClippingStore } from '../lib/clippings/store';
import { readExportFile } from '../lib/clippings/import-file';
import { importExtras } from '../lib/clippings/export-extras';
import { jsonExportParts, readAll } from '../lib/clippings/streamed-export';
import { combinedMarkdown, markdownZip } from '../lib/clippings/export-markdown';
import { toCsv } from '../lib/clippings/export-csv';
import { download, stamp } from './download';
import { t, tn } from './i18n';
import { failureText, importProblemText } from './error-text';

interface Props {
  store: ClippingStore;
  /** False when the clippings could not be imported. */
  onImport(records: Clipping[]): Promise<boolean | void>;
  onError(message: string): void;
  onInfo?(message: string): void;
}

/**
 * Export in every format, from the whole database at the moment of the click (never the list on
 * screen), and import a JSON export after checking the whole file.
 */
export function ExportPanel({ store, onImport, onError, onInfo }: Props) {
  const file = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const run = async (job: () => Promise<number>): Promise<void> => {
    setBusy(true);
    try {
      const n = await job();
      onInfo?.(t('exportedN', tn('clippings', n)));
    } catch (e) {
      onError(t('exportError', await failureText(e)));
    } finally {
      setBusy(false);
    }
  };
  // A count as the database is read, for a library large enough to take a moment.
  const progress = (n: number): void => { if (n >= 2000) onInfo?.(t('exportingN', tn('clippings', n))); };
  const whole = (make: (all: Clipping[]) => BlobPart, ext: string, type: string) => () => run(async () => {
    const all = await readAll(store, progress);
    download(`${stamp()}${ext}`, make(all), type);
    return all.length;
  });
  const json = () => run(async () => {
    const { parts, count } = await jsonExportParts(store, progress);
    download(`${stamp()}.json`, parts, 'application/json');
    return count;
  });
  const read = async (f: File): Promise<void> => {
    onInfo?.(t('importReading'));
    const parsed = await readExportFile(f);
    if (!parsed.ok) { onError(t('importError', importProblemText(parsed.problem))); return; }
    // Review history, corrections and settings first (one transaction), taken out again when the
    // clippings then fail: the file goes in whole or not at all.
    let extras;
    try {
      extras = await importExtras(store.db, parsed.extras);
    } catch (e) {
      onError(t('importError', await failureText(e)));
      return;
    }
    if ((await onImport(parsed.clippings)) === false) await extras.undo().catch(() => undefined);
  };
  return (
    <details class="export">
      <summary>{t('exportTitle')}</summary>
      <div class="export-actions" aria-busy={busy}>
        <button type="button" class="export-json" disabled={busy} onClick={() => void json()}>{t('exportJson')}</button>
        <button type="button" class="export-md" disabled={busy} onClick={() => void whole((all) => markdownZip(all) as Uint8Array<ArrayBuffer>, '-markdown.zip', 'application/zip')()}>{t('exportMarkdown')}</button>
        <button type="button" class="export-md-one" disabled={busy} onClick={() => void whole(combinedMarkdown, '.md', 'text/markdown')()}>{t('exportMarkdownOne')}</button>
        <button type="button" class="export-csv" disabled={busy} onClick={() => void whole(toCsv, '.csv', 'text/csv;charset=utf-8')()}>{t('exportCsv')}</button>
        <label class="import">
          {t('importJson')}
          <input ref={file} type="file" class="import-file" accept="application/json,.json" onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void read(f).finally(() => { if (file.current) file.current.value = ''; });
          }} />
        </label>
      </div>
    </details>
  );
}
