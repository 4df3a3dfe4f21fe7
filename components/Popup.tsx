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
import { t, tn } from './i18n';
import { failureText } from './error-text';

interface Props {
  connector: Connector;
  lang: string;
  shortcut?: string;
}

/** The popup shows this many; the library page shows everything. */
const POPUP_LIMIT = 50;

/**
 * The toolbar popup: this page's clippings first (those the page no longer has said so), then a
 * quick look at the others (search, newest first), and the way to the library. Each clipping once.
 */
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

  // This page's clippings, live from the library (a deleted one leaves at once); the page said which.
  const missingIds = useMemo(() => new Set((marks?.missing ?? []).map((c) => c.id)), [marks]);
  const onPage = useMemo(() => {
    if (!marks) return [];
    const ids = new Set([...marks.found, ...missingIds]);
    return all.filter((c) => ids.has(c.id));
  }, [all, marks, missingIds]);
  const articleSaved = onPage.some((c) => c.kind === 'article');
  const others = useMemo(() => {
    const here = new Set(onPage.map((c) => c.id));
    return here.size ? all.filter((c) => !here.has(c.id)) : all;
  }, [all, onPage]);

  const shown = useMemo(() => {
    if (!query.trim()) return others;
    if (index.current?.of !== others) index.current = { of: others, index: new SearchIndex(others) };
    return applyView(others, index.current.index, query, {});
  }, [others, query]);

  const saveArticle = async (): Promise<void> => {
    try {
      const status = await connector.saveArticle();
      lib.setNotice(status === 'error' ? { kind: 'error', text: t('toastError', '') } : { kind: 'info', text: t(status === 'empty' ? 'articleEmpty' : status === 'duplicate' ? 'toastDuplicate' : 'articleSaved') });
      // The saved article shows through the live library; the page's marks say it is this page's.
      setMarks(await connector.pageMarks().catch(() => marks));
    } catch (e) {
      lib.setNotice({ kind: 'error', text: t('toastError', await failureText(e)) });
    }
  };
  const remove = (id: string): void => void lib.remove([id]);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        {all.length > 0 && <span class="popup-count">{tn('clippings', all.length)}</span>}
        <button type="button" class="popup-library" onClick={() => void connector.openLibrary()}>{t('openLibrary')}</button>
      </header>
      {lib.loadError && <p role="alert" class="popup-error">{t('loadError', lib.loadError)}</p>}
      <NoticeBar notice={lib.notice} canUndo={!!lib.undo} onUndo={() => void lib.restore()} onClose={() => lib.setNotice(null)} />
      <div class="popup-tools">
        {all.length > 0 && (
          // Empty, the box takes the UI's direction (an Arabic placeholder laid out left to right was cut); typed text its own.
          <input type="search" class="popup-search" role="searchbox" aria-label={t('searchLabel')} placeholder={t('searchPlaceholder')} dir={query ? 'auto' : undefined} ref={searchBox}
            value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        )}
        {marks && !articleSaved && <button type="button" class="popup-save-article" onClick={() => void saveArticle()}>{t('saveArticle')}</button>}
        {marks && articleSaved && <p class="popup-article-saved">{t('articleAlreadySaved')}</p>}
      </div>
      {onPage.length > 0 && (
        <section class="popup-this-page" aria-label={t('thisPageTitle', onPage.length)}>
          <h2>{t('thisPageTitle', onPage.length)}</h2>
          {missingIds.size > 0 && <p class="popup-hint">{t('notFoundHelp')}</p>}
          <ul class="clippings">
            {onPage.map((c) => (
              <ClippingItem key={c.id} clipping={c} lang={lang} onDelete={remove} missing={missingIds.has(c.id)} />
            ))}
          </ul>
        </section>
      )}
      {lib.clippings && all.length === 0 && <EmptyState shortcut={shortcut} />}
      {others.length > 0 && shown.length === 0 && <p class="lib-none">{t('noResults')}</p>}
      {shown.length > 0 && (
        <ul class="clippings popup-recent" aria-label={t('popupTitle')}>
          {shown.slice(0, POPUP_LIMIT).map((c) => <ClippingItem key={c.id} clipping={c} lang={lang} query={query} onDelete={remove} />)}
        </ul>
      )}
    </main>
  );
}
