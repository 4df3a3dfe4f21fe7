/**
 * Per-site choices from the in-page control (a site turned off, kinds hidden), kept in their own
 * small IndexedDB beside the library's: no "storage" permission needed, and pages cannot read it (a
 * content script would get the page's origin). The background reads it for every page; the options
 * page lists it; the JSON export carries it (export-sites.ts). This file is its only reader and writer.
 */
import { KINDS } from '../arabic/types';
import { DEFAULT_SITE_SETTINGS, isSiteSettings, type SiteSettings } from '../page/site-settings';

export const SITES_DB = 'qusasat-sites';
const STORE = 'sites';

export interface SiteChoice { site: string; settings: SiteSettings }

/** The default needs no record: a site set back to it is forgotten instead. */
const isDefault = (s: SiteSettings): boolean => !s.off && s.hidden.length === 0;

/** Only the known fields, the hidden kinds once each in their fixed order: one spelling per choice, so exports compare. */
const tidy = (s: SiteSettings): SiteSettings => ({ off: s.off, hidden: KINDS.filter((k) => s.hidden.includes(k)) });

export class SiteSettingsDb {
  constructor(readonly name = SITES_DB) {}

  private open(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const req = indexedDB.open(this.name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }

  /** One transaction: `fn` queues its requests, the promise settles when the transaction does. */
  private async tx<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => () => T): Promise<T> {
    const db = await this.open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = fn(tx.objectStore(STORE));
      tx.oncomplete = () => { db.close(); resolve(result()); };
      tx.onerror = () => { db.close(); reject(tx.error); };
      tx.onabort = () => { db.close(); reject(tx.error ?? new Error('aborted')); };
    });
  }

  async get(site: string): Promise<SiteSettings> {
    return this.tx('readonly', (s) => {
      const req = s.get(site);
      return () => (isSiteSettings(req.result) ? req.result : DEFAULT_SITE_SETTINGS);
    });
  }

  async set(site: string, settings: SiteSettings): Promise<void> {
    await this.tx('readwrite', (s) => {
      if (isDefault(settings)) s.delete(site);
      else s.put(tidy(settings), site);
      return () => undefined;
    });
  }

  /** Every site with a choice of its own, sorted by name (the options page, the export). */
  async list(): Promise<SiteChoice[]> {
    return this.tx('readonly', (s) => {
      const out: SiteChoice[] = [];
      const req = s.openCursor();
      req.onsuccess = () => {
        const cur = req.result;
        if (!cur) return;
        if (isSiteSettings(cur.value)) out.push({ site: String(cur.key), settings: cur.value });
        cur.continue();
      };
      return () => out.sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
    });
  }

  /**
   * Write several sites' settings in one transaction (null: back to the default) and return what each
   * was before, so an import can be taken out again exactly.
   */
  async replace(entries: ReadonlyArray<{ site: string; settings: SiteSettings | null }>): Promise<Array<{ site: string; settings: SiteSettings | null }>> {
    return this.tx('readwrite', (s) => {
      const before: Array<{ site: string; settings: SiteSettings | null }> = [];
      for (const { site, settings } of entries) {
        const req = s.get(site);
        req.onsuccess = () => {
          before.push({ site, settings: isSiteSettings(req.result) ? req.result : null });
          if (!settings || isDefault(settings)) s.delete(site);
          else s.put(tidy(settings), site);
        };
      }
      return () => before;
    });
  }
}
