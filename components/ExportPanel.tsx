import { useRef } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import { parseExport, toJson } from '../lib/clippings/export-json';
import { combinedMarkdown, markdownZip } from '../lib/clippings/export-markdown';
import { toCsv } from '../lib/clippings/export-csv';
import { download, stamp } from './download';
import { t } from './i18n';
import { importProblemText } from './error-text';

interface Props {
  clippings: Clipping[];
  onImport(records: Clipping[]): Promise<void>;
  onError(message: string): void;
}

/** Export in every format, and import a JSON export after checking the whole file. */
export function ExportPanel({ clippings, onImport, onError }: Props) {
  const file = useRef<HTMLInputElement>(null);
  const read = async (f: File): Promise<void> => {
    const parsed = parseExport(await f.text());
    if (!parsed.ok) onError(t('importError', importProblemText(parsed.problem)));
    else await onImport(parsed.clippings);
  };
  return (
    <details class="export">
      <summary>{t('exportTitle')}</summary>
      <div class="export-actions">
        <button type="button" class="export-json" onClick={() => download(`${stamp()}.json`, toJson(clippings), 'application/json')}>{t('exportJson')}</button>
        <button type="button" class="export-md" onClick={() => download(`${stamp()}-markdown.zip`, markdownZip(clippings) as Uint8Array<ArrayBuffer>, 'application/zip')}>{t('exportMarkdown')}</button>
        <button type="button" class="export-md-one" onClick={() => download(`${stamp()}.md`, combinedMarkdown(clippings), 'text/markdown')}>{t('exportMarkdownOne')}</button>
        <button type="button" class="export-csv" onClick={() => download(`${stamp()}.csv`, toCsv(clippings), 'text/csv;charset=utf-8')}>{t('exportCsv')}</button>
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
