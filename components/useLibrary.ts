import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import type { ClippingPatch } from '../lib/clippings/store';
import { PartialImportError, type Connector } from '../lib/messaging/connector';
import { t } from './i18n';
import { errorText } from './error-text';

export type Notice = { kind: 'info' | 'error'; text: string } | null;

/**
 * The library as the UI sees it: the clippings (newest first), a notice for the person, and the
 * writes, each reporting failure instead of swallowing it. Deleting keeps the records for undo.
 */
export function useLibrary(connector: Connector) {
  const [clippings, setClippings] = useState<Clipping[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [undo, setUndo] = useState<Clipping[] | null>(null);
  /** The whole library has arrived (not only its first pages). */
  const [complete, setComplete] = useState(false);
  const live = useRef(true);

  /** progressive: show the first pages as they come (on opening; after a write the list is already there). */
  const reload = useCallback(async (progressive = false) => {
    try {
      const first = (): void => { if (!performance.getEntriesByName('qusasat-library-data').length) performance.mark('qusasat-library-data'); };
      const list = await connector.listClippings(progressive ? (soFar) => { first(); if (live.current) setClippings(soFar); } : undefined);
      first();
      if (!performance.getEntriesByName('qusasat-library-all-data').length) performance.mark('qusasat-library-all-data');
      if (live.current) { setClippings(list); setComplete(true); setLoadError(null); }
    } catch (e) {
      if (live.current) setLoadError(errorText(e));
    }
  }, [connector]);

  useEffect(() => {
    live.current = true;
    void reload(true);
    // Clippings saved in another tab show up when the reader comes back to this one.
    const onVisible = (): void => { if (document.visibilityState === 'visible') void reload(); };
    document.addEventListener('visibilitychange', onVisible);
    return () => { live.current = false; document.removeEventListener('visibilitychange', onVisible); };
  }, [reload]);

  const fail = (e: unknown): void => setNotice({ kind: 'error', text: t('writeError', errorText(e)) });

  const remove = async (ids: string[]): Promise<void> => {
    const gone = new Set(ids);
    const removed = (clippings ?? []).filter((c) => gone.has(c.id));
    try {
      await connector.deleteClippings(ids);
      setUndo(removed);
      setNotice({ kind: 'info', text: t('deletedN', removed.length) });
    } catch (e) {
      fail(e);
    }
    await reload();
  };

  const restore = async (): Promise<void> => {
    if (!undo) return;
    try {
      await connector.restoreClippings(undo);
      setUndo(null);
      setNotice(null);
    } catch (e) {
      fail(e);
    }
    await reload();
  };

  const update = async (id: string, patch: ClippingPatch): Promise<boolean> => {
    try {
      const next = await connector.updateClipping(id, patch);
      setClippings((list) => list && list.map((c) => (c.id === id ? next : c)));
      setNotice({ kind: 'info', text: t('edited') });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const importMany = async (records: Clipping[]): Promise<void> => {
    try {
      const r = await connector.importClippings(records);
      setNotice({ kind: 'info', text: t('importDone', r.added, r.skipped) });
    } catch (e) {
      const text = e instanceof PartialImportError ? t('importPartial', e.added, errorText(e)) : t('importError', errorText(e));
      setNotice({ kind: 'error', text });
    }
    await reload();
  };

  return { clippings, complete, loadError, notice, setNotice, undo, remove, restore, update, importMany, reload };
}
