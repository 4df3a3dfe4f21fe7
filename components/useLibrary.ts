import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import { ImportRolledBack, type ClippingPatch } from '../lib/clippings/store';
import { watchTable, type TableChange } from '../lib/clippings/live';
import { mergeChanged } from '../lib/clippings/merge';
import { failureClass } from '../lib/clippings/storage-full';
import type { ErrorClass } from '../lib/clippings/errors';
import { readOldLibrary } from '../lib/clippings/old-library';
import { DB_VERSION } from '../lib/clippings/db';
import type { Connector } from '../lib/messaging/connector';
import { t, tn } from './i18n';
import { classText, failureText } from './error-text';

export type Notice = { kind: 'info' | 'error'; text: string } | null;


/** About a screen and a half of rows: read first and shown before the rest (issue 14's 300 ms). */
const FIRST_CHUNK = 50;
const CHUNK = 1000;

/**
 * The library as the UI sees it, read from the database by the page itself and kept live: every
 * write from any context (this page, another tab, the background saving from an article) reaches it
 * within a frame, reading only the clippings that changed. Writes report failure instead of
 * swallowing it; deleting goes to the trash, so undo works from the database, in any tab.
 */
export function useLibrary(connector: Connector, { purgeTrash = false, paused = false } = {}) {
  const store = connector.store;
  const [clippings, setClippings] = useState<Clipping[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** The schema upgrade failed: what the old database holds is shown, read only, with why. */
  const [readOnly, setReadOnly] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  /** Ids of the last deletion, restorable from the trash. */
  const [undo, setUndo] = useState<string[] | null>(null);
  /** Ids a full disk would not let move to the trash: the reader may delete them for good. */
  const [stuck, setStuck] = useState<string[] | null>(null);
  const [trashCount, setTrashCount] = useState(0);
  /** The whole library has arrived (not only its first chunk). */
  const [complete, setComplete] = useState(false);
  const live = useRef(true);
  const list = useRef<Clipping[]>([]);
  const loading = useRef<Promise<void> | null>(null);
  const queued = useRef<TableChange[]>([]);
  /**
   * Ids of the import this tab is running, and the changes to them held back until it ends: reading
   * back each chunk the moment it is written (and re-rendering, re-indexing 10,000 clippings twenty
   * times) took most of an import's time. Changes to other clippings (a save from a page, another
   * tab) still show at once.
   */
  const importing = useRef<{ ids: Set<string>; held: string[]; all: boolean } | null>(null);
  /**
   * Paused (the review or article tab, which read what they show themselves): nothing is read until
   * the list is first wanted, so those tabs do not share the page with a 10,000-row read. Once
   * started the list stays live.
   */
  const [started, setStarted] = useState(!paused);
  if (!paused && !started) setStarted(true);

  const show = (next: Clipping[]): void => {
    list.current = next;
    if (live.current) setClippings(next);
  };

  const load = useCallback(async (): Promise<void> => {
    const mark = (name: string): void => { if (!performance.getEntriesByName(name).length) performance.mark(name); };
    try {
      let acc: Clipping[] = [];
      for await (const chunk of store.chunks(CHUNK, FIRST_CHUNK)) {
        const first = acc.length === 0;
        acc = acc.concat(chunk);
        if (first) { mark('qusasat-library-data'); if (!list.current.length) show(acc); }
      }
      mark('qusasat-library-data');
      mark('qusasat-library-all-data');
      show(newerOf(acc, list.current));
      if (live.current) { setComplete(true); setLoadError(null); }
    } catch (e) {
      // A failed upgrade left the old database as it was: show it rather than an empty library.
      const old = await readOldLibrary(store.db.name, DB_VERSION);
      const why = old ? '' : await failureText(e);
      if (!live.current) return;
      if (!old) { setLoadError(why); return; }
      show(old.clippings);
      setComplete(true);
      setReadOnly([t('upgradeFailed', tn('clippings', old.clippings.length)), old.unreadable ? t('upgradeUnreadable', tn('clippings', old.unreadable)) : ''].join(' ').trim());
    }
  }, [store]);

  const apply = useCallback(async (change: TableChange): Promise<void> => {
    if (loading.current) { queued.current.push(change); return; }
    if ('all' in change) {
      loading.current = load();
    } else {
      loading.current = store.getMany(change.ids).then((rows) => show(mergeChanged(list.current, change.ids, rows)), () => undefined);
    }
    await loading.current;
    loading.current = null;
    const next = queued.current;
    queued.current = [];
    if (next.some((c) => 'all' in c)) await apply({ all: true });
    else if (next.length) await apply({ ids: next.flatMap((c) => ('ids' in c ? c.ids : [])) });
  }, [load, store]);

  const countTrash = useCallback(() => { void store.trashCount().then((n) => { if (live.current) setTrashCount(n); }, () => undefined); }, [store]);

  useEffect(() => {
    live.current = true;
    const stopTrash = watchTable(store.db, 'trash', countTrash, 50);
    countTrash();
    if (!started) return () => { live.current = false; stopTrash(); };
    const stopClippings = watchTable(store.db, 'clippings', (c) => {
      const run = importing.current;
      if (!run) { void apply(c); return; }
      if ('all' in c) { run.all = true; return; }
      const rest: string[] = [];
      for (const id of c.ids) (run.ids.has(id) ? run.held : rest).push(id);
      if (rest.length) void apply({ ids: rest });
    });
    loading.current = (async () => {
      await load();
      // After the list, not before: the first screen does not wait for a write to the trash.
      if (purgeTrash) await store.purgeTrash().catch(() => 0);
    })();
    void loading.current.then(() => { loading.current = null; const q = queued.current; queued.current = []; if (q.length) void apply(q.some((c) => 'all' in c) ? { all: true } : { ids: q.flatMap((c) => ('ids' in c ? c.ids : [])) }); });
    return () => { live.current = false; stopClippings(); stopTrash(); };
  }, [store, load, apply, countTrash, purgeTrash, started]);

  /** Say what went wrong with a write; the class it was (the storage asked once, when the error does not say). */
  const fail = async (e: unknown): Promise<ErrorClass> => {
    const cls = await failureClass(e);
    setNotice({ kind: 'error', text: t('writeError', classText(cls)) });
    return cls;
  };

  const remove = async (ids: string[]): Promise<void> => {
    try {
      const n = await store.remove(ids, ids.length > 1000 ? (done) => setNotice({ kind: 'info', text: t('deletingN', done, ids.length) }) : undefined);
      setUndo(ids);
      setStuck(null);
      setNotice({ kind: 'info', text: tn('deleted', n) });
    } catch (e) {
      // A full disk cannot take the copy the trash keeps: offer to delete for good, which frees space.
      if ((await fail(e)) === 'quota') setStuck(ids);
    }
    connector.libraryChanged();
  };

  const removeForever = async (ids: string[]): Promise<void> => {
    try {
      await store.removeForever(ids);
      setStuck(null);
      setUndo(null);
      setNotice({ kind: 'info', text: t('deletedForeverN', tn('clippings', ids.length)) });
    } catch (e) {
      await fail(e);
    }
    connector.libraryChanged();
  };

  const restoreIds = async (ids: string[]): Promise<boolean> => {
    try {
      const { restored, joined } = await store.restoreFromTrash(ids);
      const all = tn('clippings', restored + joined);
      setNotice({ kind: 'info', text: joined ? t('restoredJoinedN', all, joined) : t('restoredN', all) });
      return true;
    } catch (e) {
      await fail(e);
      return false;
    } finally {
      connector.libraryChanged();
    }
  };

  const restore = async (): Promise<void> => {
    if (!undo) return;
    if (await restoreIds(undo)) setUndo(null);
  };

  const emptyTrash = async (): Promise<void> => {
    try {
      await store.emptyTrash();
      setUndo(null);
      setNotice({ kind: 'info', text: t('trashEmptied') });
    } catch (e) {
      await fail(e);
    }
  };

  const update = async (id: string, patch: ClippingPatch): Promise<Clipping | null> => {
    try {
      const next = await store.update(id, patch);
      show(list.current.map((c) => (c.id === id ? next : c)));
      return next;
    } catch (e) {
      await fail(e);
      return null;
    }
  };

  /** True when the clippings were imported (the caller undoes what it imported beside them otherwise). */
  const importMany = async (records: Clipping[]): Promise<boolean> => {
    let ok = true;
    const run = (importing.current = { ids: new Set(records.map((c) => c.id)), held: [], all: false });
    try {
      const r = await store.importAll(records, (done, total) => { if (total > 500) setNotice({ kind: 'info', text: t('importingN', done, total) }); });
      setNotice({ kind: 'info', text: t('importDone', tn('clippings', r.added), tn('clippings', r.skipped)) });
    } catch (e) {
      const why = await failureText(e instanceof ImportRolledBack ? e.cause : e);
      setNotice({ kind: 'error', text: e instanceof ImportRolledBack && e.kept ? t('importPartial', tn('clippings', e.kept), why) : t('importError', why) });
      ok = false;
    }
    importing.current = null;
    // What the import wrote (or took out again when it was rolled back), read once.
    if (run.all) void apply({ all: true });
    else if (run.held.length) void apply({ ids: run.held });
    connector.libraryChanged();
    return ok;
  };

  return { store, clippings, complete, loadError, readOnly, notice, setNotice, undo, stuck, trashCount, remove, removeForever, restore, restoreIds, emptyTrash, update, importMany };
}

/**
 * A whole read takes many transactions: a clipping written meanwhile (a note saved here) may come
 * back older than the copy on screen. Keep the newer copy of each (`read` says which exist), so a
 * read never puts an old note back into the box the reader is typing in.
 */
export function newerOf(read: Clipping[], shown: readonly Clipping[]): Clipping[] {
  if (!shown.length) return read;
  const mine = new Map(shown.map((c) => [c.id, c]));
  return read.map((c) => {
    const m = mine.get(c.id);
    return m && m.updatedAt > c.updatedAt ? m : c;
  });
}
