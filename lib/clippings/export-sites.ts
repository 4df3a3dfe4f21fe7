/**
 * The per-site settings in the JSON export. They live outside the library's Dexie database, in
 * their own IndexedDB (site-settings-db.ts), so this is the one boundary between the two: the export
 * reads them through SiteSettingsDb, and the import writes them there in one transaction of that
 * database, returning an undo so the import as a whole stays all or nothing.
 */
import { KINDS, type Kind } from '../arabic/types';
import { isSite, isSiteSettings } from '../page/site-settings';
import type { SiteSettingsDb } from './site-settings-db';
import { isObj } from './validate';

/** One site's choice as the file holds it (the SiteSettings fields beside the site's name). */
export interface SiteEntry { site: string; off: boolean; hidden: Kind[] }

/** One entry of a file's `sites`; a string names the first bad field. */
export function siteEntry(v: unknown): SiteEntry | string {
  if (!isObj(v)) return 'record';
  if (!isSite(v.site)) return 'site';
  if (typeof v.off !== 'boolean') return 'off';
  if (!isSiteSettings({ off: v.off, hidden: v.hidden })) return 'hidden';
  // Kinds in their fixed order, once each: the file says which, not how often.
  const hidden = KINDS.filter((k) => (v.hidden as unknown[]).includes(k));
  return { site: v.site, off: v.off, hidden };
}

export async function readSites(sites: SiteSettingsDb): Promise<SiteEntry[]> {
  // Kinds in the same fixed order as siteEntry reads them, so export, import, export is the same file.
  return (await sites.list()).map(({ site, settings }) => ({ site, off: settings.off, hidden: KINDS.filter((k) => settings.hidden.includes(k)) }));
}

export interface SitesImport { changed: number; undo(): Promise<void> }

/** The file's choice for a site replaces the one here (restoring a backup restores its settings); other sites stay. */
export async function importSites(sites: SiteSettingsDb, entries: readonly SiteEntry[]): Promise<SitesImport> {
  if (!entries.length) return { changed: 0, undo: async () => undefined };
  const before = await sites.replace(entries.map((e) => ({ site: e.site, settings: { off: e.off, hidden: e.hidden } })));
  const same = (a: { off: boolean; hidden: Kind[] } | null, b: SiteEntry): boolean => (a?.off ?? false) === b.off && (a?.hidden ?? []).join() === b.hidden.join();
  const changed = before.filter((b, i) => !same(b.settings, entries[i]!));
  return { changed: changed.length, undo: async () => { await sites.replace(changed); } };
}
