import { KINDS, type Kind } from '../arabic/types';

/** What the reader chose for one site in the in-page control. */
export interface SiteSettings {
  /** The extension stays off on this site: no analysis, no paint. */
  off: boolean;
  /** Kinds the reader hid. */
  hidden: Kind[];
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { off: false, hidden: [] };

export function isSiteSettings(v: unknown): v is SiteSettings {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  // Array.from reads every index: every() would skip a sparse array's holes.
  return typeof o.off === 'boolean' && Array.isArray(o.hidden) && o.hidden.length <= KINDS.length
    && Array.from(o.hidden as unknown[]).every((k) => (KINDS as readonly unknown[]).includes(k));
}

/** A host name as siteKey gives it (a message's or an import file's site, checked). */
export const isSite = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 253 && /^[a-z0-9.:[\]-]+$/.test(v);

/** The key a choice is kept under: the host name (a site, not one page). */
export function siteKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}
