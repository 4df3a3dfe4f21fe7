import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import { SearchIndex } from '../lib/clippings/search';
import { applyView } from '../lib/clippings/view';
import type { Connector } from '../lib/messaging/connector';
import type { PageMarks } from '../lib/messaging/messages';
import { ClippingItem } from './ClippingItem';
import { EmptyState } from './EmptyState';
import { NoticeBar } from './NoticeBar';
import { useLibrary } from './useLibrary';
import { t } from './i18n';
import { errorText } from './error-text';

interface Props {
  connector: Connector;
  lang: string;
  shortcut?: string;
}

/** The popup shows this many; the library page shows everything. */
const POPUP_LIMIT = 50;

/** The toolbar popup: a quick look (search, newest first), this page's saved passages, the way to the library. */
export function Popup({ connector, lang, shortcut = 'Alt+Shift+S' }: Props) {
  const lib = useLibrary(connector);
  const [query, setQuery] = useState('');
  const [marks, setMarks] = useState<PageMarks | null>(null);
  const index = useRef<{ of: Clipping[]; index: SearchIndex } | null>(null);
  const all = lib.clippings ?? [];
  const searchBox = useRef<HTMLInputElement>(null);
  const hasAny = all.length > 0;
  // The popup is for a quick look: typing goes straight to the search.
  useEffect(() => { if (hasAny) searchBox.current?.focus(); }, [hasAny]);

  useEffect(() => { void connector.pageMarks().then(setMarks).catch(() => setMarks(null)); }, [connector]);

  const shown = useMemo(() => {
    if (!query.trim()) return all;
    if (index.current?.of !== all) index.current = { of: all, index: new SearchIndex(all) };
    return applyView(all, index.current.index, query, {});
  }, [all, query]);

  const saveArticle = async (): Promise<void> => {
    try {
      const status = await connector.saveArticle();
      lib.setNotice(status === 'error' ? { kind: 'error', text: t('toastError', '') } : { kind: 'info', text: t(status === 'empty' ? 'articleEmpty' : status === 'duplicate' ? 'toastDuplicate' : 'articleSaved') });
      await lib.reload();
    } catch (e) {
      lib.setNotice({ kind: 'error', text: t('toastError', errorText(e)) });
    }
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        {all.length > 0 && <span class="popup-count">{t('count', all.length)}</span>}
        <button type="button" class="popup-library" onClick={() => void connector.openLibrary()}>{t('openLibrary')}</button>
      </header>
      {lib.loadError && <p role="alert" class="popup-error">{t('loadError', lib.loadError)}</p>}
      <NoticeBar notice={lib.notice} canUndo={!!lib.undo} onUndo={() => void lib.restore()} onClose={() => lib.setNotice(null)} />
      <div class="popup-tools">
        {all.length > 0 && (
          <input type="search" class="popup-search" role="searchbox" aria-label={t('searchLabel')} placeholder={t('searchPlaceholder')} dir="auto" ref={searchBox}
            value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        )}
        {marks && <button type="button" class="popup-save-article" onClick={() => void saveArticle()}>{t('saveArticle')}</button>}
      </div>
      {marks && marks.found.length > 0 && <p class="popup-marked">{t('markedOnPage', marks.found.length)}</p>}
      {marks && marks.missing.length > 0 && (
        <section class="popup-missing" aria-label={t('notFoundTitle', marks.missing.length)}>
          <h2>{t('notFoundTitle', marks.missing.length)}</h2>
          <p class="popup-hint">{t('notFoundHelp')}</p>
          <ul class="clippings">
            {marks.missing.map((c) => <ClippingItem key={c.id} clipping={c} lang={lang} onDelete={(id) => void lib.remove([id])} />)}
          </ul>
        </section>
      )}
      {lib.clippings && all.length === 0 && <EmptyState shortcut={shortcut} />}
      {all.length > 0 && shown.length === 0 && <p class="lib-none">{t('noResults')}</p>}
      {shown.length > 0 && (
        <ul class="clippings" aria-label={t('popupTitle')}>
          {shown.slice(0, POPUP_LIMIT).map((c) => <ClippingItem key={c.id} clipping={c} lang={lang} query={query} onDelete={(id) => void lib.remove([id])} />)}
        </ul>
      )}
    </main>
  );
}
