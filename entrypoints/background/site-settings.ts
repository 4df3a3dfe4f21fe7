/**
 * Per-site choices from the in-page control, kept in the background's own IndexedDB: no "storage"
 * permission needed, and pages cannot read it (a content script would get the page's origin).
 */
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../../lib/page/site-settings';

const DB = 'qusasat-sites';
const STORE = 'sites';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then((db) => new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = fn(tx.objectStore(STORE));
    tx.oncomplete = () => { db.close(); resolve(req.result); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  }));
}

export async function getSiteSettings(site: string): Promise<SiteSettings> {
  const v = (await run('readonly', (s) => s.get(site))) as SiteSettings | undefined;
  return v ?? DEFAULT_SITE_SETTINGS;
}

export async function setSiteSettings(site: string, settings: SiteSettings): Promise<void> {
  // The default needs no record: forget the site instead.
  if (!settings.off && settings.hidden.length === 0) await run('readwrite', (s) => s.delete(site));
  else await run('readwrite', (s) => s.put(settings, site));
}

/** Every site with a choice of its own (turned off, or kinds hidden), for the options page. */
export async function listSiteSettings(): Promise<Array<{ site: string; settings: SiteSettings }>> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const out: Array<{ site: string; settings: SiteSettings }> = [];
    const req = db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
    req.onsuccess = () => {
      const cur = req.result;
      if (!cur) { db.close(); resolve(out.sort((a, b) => (a.site < b.site ? -1 : 1))); return; }
      out.push({ site: String(cur.key), settings: cur.value as SiteSettings });
      cur.continue();
    };
    req.onerror = () => { db.close(); reject(req.error); };
  });
}
