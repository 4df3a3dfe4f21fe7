import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import { useLibrary } from './useLibrary';
import { ConfirmDialog } from './ConfirmDialog';
import { TrashPanel } from './TrashPanel';
import { formatBytes, useStorageUse } from './useStorageUse';
import { applyView, entitiesOf, facets as facetsOf, groupRows, localDay, type Facets, type Filters, type Row } from '../lib/clippings/view';
import type { Connector } from '../lib/messaging/connector';
import { ClippingEditor } from './ClippingEditor';
import { ExportPanel } from './ExportPanel';
import { FacetPanel } from './FacetPanel';
import { LibraryRow } from './LibraryRow';
import { NoticeBar } from './NoticeBar';
import { VirtualList } from './VirtualList';
import { useSearchIndex } from './useSearchIndex';
import { t, tn } from './i18n';
import { pageOf } from '../lib/clippings/keys';
import { tagCounts } from '../lib/clippings/tags';
import { ClippingsDb } from '../lib/clippings/db';
import { chooseDaySet } from '../lib/clippings/review-today';
import { ArticleView } from './ArticleView';
import { ReviewView } from './ReviewView';
import { toHash, type Route } from './route';
import { useRoute } from './useRoute';
import { Welcome } from './Welcome';

interface Props {
  connector: Connector;
  lang: string;
  shortcut?: string;
  /** The database the review and article views read (extension pages share the extension's origin). */
  db?: ClippingsDb;
}


const GROUP_H = 36;
const ITEM_H = 116;
const heightOf = (r: Row): number => (r.type === 'group' ? GROUP_H : ITEM_H);
const keyOf = (r: Row): string => (r.type === 'group' ? `g:${r.key}` : r.clipping.id);

/** The full-page library: search, facets, a virtualized grouped list, and the selected clipping. */
export function Library({ connector, lang, shortcut = 'Alt+Shift+S', db }: Props) {
  // The search, the filters and the open clipping live in the URL: reload and back/forward keep them.
  const [route, go] = useRoute();
  // The review and article tabs read what they show themselves: the list waits until it is wanted.
  const lib = useLibrary(connector, { purgeTrash: true, paused: route.view !== 'library' });
  const [confirm, setConfirm] = useState<{ text: string; yes: string; run(): void } | null>(null);
  const storage = useStorageUse(lib.clippings);
  const list: Extract<Route, { view: 'library' }> = route.view === 'library' ? route : { view: 'library', query: '', filters: {} };
  const { query, filters } = list;
  const activeId = list.clipping ?? null;
  // The first keystroke of a search is a step back; the next ones replace it.
  const setQuery = (q: string): void => go({ ...list, query: q }, list.query ? 'replace' : 'push');
  const setFilters = (f: Filters): void => go({ ...list, filters: f });
  const setActiveId = (id: string | null): void => go({ ...list, clipping: id ?? undefined }, 'replace');
  const search = useRef<HTMLInputElement>(null);
  const editorNote = useRef<HTMLDivElement>(null);
  const all = lib.clippings ?? [];

  const indexFor = useSearchIndex(lib.clippings);
  const shown = useMemo(() => applyView(all, query.trim() ? indexFor(all) : null, query, filters), [all, query, filters]);
  const rows = useMemo(() => groupRows(shown), [shown]);
  const knownTags = useMemo(() => tagCounts(all), [all]);
  // Facet counts follow the list once typing pauses: each keystroke answers with the list first.
  const [facetCounts, setFacetCounts] = useState<Facets>(NO_FACETS);
  useEffect(() => {
    const id = setTimeout(() => setFacetCounts(facetsOf(shown)), FACETS_AFTER_MS);
    return () => clearTimeout(id);
  }, [shown]);
  const fmtDay = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'full' }), [lang]);

  // Performance marks for the benchmark: when the first list of clippings reached the screen.
  useEffect(() => {
    if (!lib.clippings || performance.getEntriesByName('qusasat-library-rendered').length) return;
    performance.mark('qusasat-library-rendered');
    performance.measure('qusasat-library-render', 'qusasat-library-data', 'qusasat-library-rendered');
  }, [lib.clippings]);
  // The day's review set is chosen while the list is open and idle, so the review tab opened from
  // here reads it kept instead of listing the library (a failure leaves it to the review tab).
  useEffect(() => {
    if (!lib.complete) return;
    const choose = (): void => { void chooseDaySet(db ?? lib.store.db, localDay(new Date().toISOString())).catch(() => undefined); };
    if (typeof requestIdleCallback !== 'function') { const id = setTimeout(choose, 1000); return () => clearTimeout(id); }
    const id = requestIdleCallback(choose, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }, [lib.complete]);
  useEffect(() => {
    if (!lib.complete || performance.getEntriesByName('qusasat-library-all-rendered').length) return;
    performance.mark('qusasat-library-all-rendered');
    performance.measure('qusasat-library-all-render', 'qusasat-library-all-data', 'qusasat-library-all-rendered');
  }, [lib.complete]);

  const activeIndex = activeId ? rows.findIndex((r) => r.type === 'item' && r.clipping.id === activeId) : -1;
  const active = activeIndex >= 0 ? (rows[activeIndex] as Extract<Row, { type: 'item' }>).clipping : null;

  const move = (from: number, step: number): void => {
    let i = from;
    for (;;) {
      i += step;
      if (i < 0 || i >= rows.length) return;
      const r = rows[i]!;
      if (r.type === 'item') { setActiveId(r.clipping.id); return; }
    }
  };

  const onListKey = (e: JSX.TargetedKeyboardEvent<HTMLDivElement>): void => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex, 1),
      ArrowUp: () => move(activeIndex < 0 ? rows.length : activeIndex, -1),
      Home: () => move(-1, 1),
      End: () => move(rows.length, -1),
      PageDown: () => move(Math.min(rows.length - 1, activeIndex + 8), -1),
      PageUp: () => move(Math.max(0, activeIndex - 8), 1),
      Enter: () => editorNote.current?.querySelector('textarea')?.focus(),
      Delete: () => { if (active) void removeOne(active); },
    };
    const act = keys[e.key];
    if (act) { e.preventDefault(); act(); }
  };

  /** Deleting more than one asks first; one goes at once (to the trash, with undo). */
  const removeShown = (): void => {
    const ids = shown.map((c) => c.id);
    if (ids.length === 1) { void lib.remove(ids); return; }
    setConfirm({ text: t('confirmDelete', tn('clippings', ids.length)), yes: t('confirmDeleteYes', ids.length), run: () => void lib.remove(ids) });
  };
  // A full disk would not take the trash's copy: offer to delete for good (it frees the space).
  useEffect(() => {
    const ids = lib.stuck;
    if (ids) setConfirm({ text: t('confirmDeleteForever', tn('clippings', ids.length)), yes: t('deleteForever'), run: () => void lib.removeForever(ids) });
  }, [lib.stuck]);
  const askEmptyTrash = (): void => setConfirm({ text: t('confirmEmptyTrash', tn('clippings', lib.trashCount)), yes: t('emptyTrash'), run: () => void lib.emptyTrash() });

  const removeOne = async (c: Clipping): Promise<void> => {
    const i = activeIndex;
    await lib.remove([c.id]);
    // Stay where the deleted one was.
    const next = rows.slice(i + 1).find((r) => r.type === 'item') ?? rows.slice(0, i).reverse().find((r) => r.type === 'item');
    setActiveId(next && next.type === 'item' ? next.clipping.id : null);
  };

  // "/" from anywhere focuses the search, as on most sites.
  const onGlobalKey = useCallback((e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (e.key === '/' && !(target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      e.preventDefault();
      search.current?.focus();
    }
  }, []);
  useEffect(() => {
    document.addEventListener('keydown', onGlobalKey);
    return () => document.removeEventListener('keydown', onGlobalKey);
  }, [onGlobalKey]);

  const renderRow = (r: Row) => (
    <LibraryRow row={r} active={r.type === 'item' && r.clipping.id === activeId} setSize={shown.length} query={query} lang={lang} fmtDay={fmtDay} onPick={setActiveId} />
  );

  const tabs = (
    <nav class="lib-tabs" aria-label={t('tabsLabel')}>
      <a href={toHash(list)} aria-current={route.view === 'library' ? 'page' : undefined}>{t('tabLibrary')}</a>
      <a href={toHash({ view: 'review' })} aria-current={route.view === 'review' ? 'page' : undefined}>{t('tabReview')}</a>
      {route.view === 'article' && <a href={location.hash} aria-current="page">{t('tabArticle')}</a>}
    </nav>
  );
  // Nothing saved yet: only what Qusasat does and how to save (and import, to bring a backup back),
  // no empty filters, no «0 من 0».
  // (With clippings in the trash the library stays, so they can be restored.)
  if (lib.clippings && all.length === 0 && !lib.trashCount) {
    return (
      <div class="library library-empty">
        <header class="lib-header"><h1>{t('libraryTitle')}</h1><ExportPanel store={lib.store} onImport={lib.importMany} onError={(text) => lib.setNotice({ kind: 'error', text })} onInfo={(text) => lib.setNotice({ kind: 'info', text })} /></header>
        <NoticeBar notice={lib.notice} canUndo={!!lib.undo} onUndo={() => void lib.restore()} onClose={() => lib.setNotice(null)} />
        <main class="lib-page"><Welcome shortcut={shortcut} /></main>
      </div>
    );
  }
  if (route.view !== 'library') {
    return (
      <div class="library">
        <header class="lib-header"><h1>{t('libraryTitle')}</h1>{tabs}</header>
        <main class="lib-page">
          {route.view === 'review'
            ? <ReviewView db={db ?? lib.store.db} lang={lang} about={route.about} />
            : <ArticleView db={db ?? lib.store.db} page={route.page} clipping={route.clipping} lang={lang} />}
        </main>
      </div>
    );
  }

  return (
    <div class="library">
      <header class="lib-header">
        <h1>{t('libraryTitle')}</h1>
        {tabs}
        <input ref={search} type="search" class="lib-search" role="searchbox" aria-label={t('searchLabel')} placeholder={t('searchPlaceholder')} dir={query ? 'auto' : undefined}
          value={query} onInput={(e) => setQuery(e.currentTarget.value)} onKeyDown={(e) => { if (e.key === 'Escape') setQuery(''); }} />
        <span class="lib-count" aria-live="polite">{lib.clippings ? t('shownOf', shown.length, all.length) : t('loading')}</span>
        {/* Always there, even when the list cannot be read: a reader can always back up. */}
        <ExportPanel store={lib.store} onImport={lib.importMany} onError={(text) => lib.setNotice({ kind: 'error', text })} onInfo={(text) => lib.setNotice({ kind: 'info', text })} />
        {shown.length > 0 && (
          <button type="button" class="lib-delete-shown" onClick={removeShown}>{t('deleteShown', shown.length)}</button>
        )}
        {storage && <span class="lib-storage">{t('storageUse', formatBytes(storage.usage, lang), formatBytes(storage.quota, lang))}</span>}
      </header>
      {lib.loadError && <p role="alert" class="popup-error lib-load-error">{t('loadError', lib.loadError)}</p>}
      {lib.readOnly && <p role="alert" class="popup-error lib-read-only">{lib.readOnly}</p>}
      <NoticeBar notice={lib.notice} canUndo={!!lib.undo} onUndo={() => void lib.restore()} onClose={() => lib.setNotice(null)} />
      <aside class="lib-filters" aria-label={t('filters')}>
        {filters.entities?.length === 1 && (
          <p class="lib-about">{t('aboutEntity', entityLabel(filters.entities[0]!, all))}{' '}
            <a class="lib-review-subject" href={toHash({ view: 'review', about: filters.entities[0]! })}>{t('reviewSubject', entityLabel(filters.entities[0]!, all))}</a>
          </p>
        )}
        <FacetPanel facets={facetCounts} filters={filters} onChange={setFilters} />
      </aside>
      <main class="lib-main">
        <TrashPanel store={lib.store} count={lib.trashCount} lang={lang} onRestore={lib.restoreIds} onEmpty={askEmptyTrash} />
        {lib.clippings && all.length === 0 && <EmptyState shortcut={shortcut} />}
        {lib.clippings && all.length > 0 && shown.length === 0 && <p class="lib-none">{t('noResults')}</p>}
        {shown.length > 0 && (
          <VirtualList rows={rows} heightOf={heightOf} keyOf={keyOf} render={renderRow} active={activeIndex} label={t('listLabel')}
            activeId={activeId ? `opt-${activeId}` : undefined} onKeyDown={onListKey} />
        )}
        <p class="lib-keys">{t('keysHelp')}</p>
      </main>
      <section class="lib-detail" aria-label={t('detailsLabel')} ref={editorNote}>
        {active
          ? <ClippingEditor key={active.id} clipping={active} query={query} onSave={(p) => lib.update(active.id, p)} onDelete={() => void removeOne(active)}
              onEntity={(key) => setFilters({ entities: [key] })} knownTags={knownTags} />
          : <p class="lib-hint">{t('selectHint')}</p>}
        {active && (
          <p class="lib-links">
            <a class="lib-by-article" href={toHash({ view: 'article', page: pageOf(active.url), clipping: active.id })}>{t('byArticle')}</a>
          </p>
        )}
      </section>
      {confirm && (
        <ConfirmDialog text={confirm.text} confirm={confirm.yes} onCancel={() => setConfirm(null)} onConfirm={() => { setConfirm(null); confirm.run(); }} />
      )}
    </div>
  );
}

/** Typing pause after which facet counts catch up with the list. */
const FACETS_AFTER_MS = 150;
const NO_FACETS: Facets = { person: [], place: [], org: [], site: [], tag: [] };

/** The spelling to show for an entity filter: the first one seen. */
function entityLabel(key: string, all: Clipping[]): string {
  for (const c of all) for (const e of entitiesOf(c)) if (e.key === key) return e.label;
  return key.slice(key.indexOf(':') + 1);
}
