import type { Span } from '../arabic/types';
import type { Clipping, ClippingDraft } from '../clippings/model';
import { isSiteSettings, type SiteSettings } from '../page/site-settings';

/**
 * Every message between the extension's contexts, named by direction (sender:verb). One union,
 * validated on arrival by parseMessage: anything that does not match is dropped.
 */
export type Message =
  | { type: 'content:analyze'; text: string; ref: string }
  | { type: 'content:save-clipping'; draft: ClippingDraft }
  | { type: 'content:get-site-settings'; site: string }
  | { type: 'content:set-site-settings'; site: string; settings: SiteSettings }
  | { type: 'background:capture-selection' }
  | { type: 'background:saved'; status: 'saved' | 'duplicate' | 'error'; error?: string }
  | { type: 'popup:list-clippings' }
  | { type: 'popup:delete-clipping'; id: string };

/** What the receiver answers, per message type. */
export interface Responses {
  'content:analyze': { ok: true; spans: Span[] } | { ok: false; error: string };
  'content:save-clipping': { ok: true; status: 'saved' | 'duplicate'; clipping: Clipping } | { ok: false; error: string };
  'content:get-site-settings': { ok: true; settings: SiteSettings } | { ok: false; error: string };
  'content:set-site-settings': { ok: true } | { ok: false; error: string };
  'background:capture-selection': ClippingDraft | null;
  'background:saved': void;
  'popup:list-clippings': { ok: true; clippings: Clipping[] } | { ok: false; error: string };
  'popup:delete-clipping': { ok: true } | { ok: false; error: string };
}

export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** Longest body text analyzed (≈ 300,000 words): beyond it a page is not an article. */
export const MAX_ANALYZE_CHARS = 2_000_000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

export function isDraft(v: unknown): v is ClippingDraft {
  if (!isObj(v)) return false;
  const pos = v.position;
  return isStr(v.url) && isStr(v.site) && isStr(v.text) && v.text.length > 0 && v.text.length <= 200_000
    && isStrOrNull(v.title) && isStrOrNull(v.byline) && isStrOrNull(v.published)
    && isStr(v.prefix) && isStr(v.suffix) && (v.kind === 'selection' || v.kind === 'quote' || v.kind === 'article')
    && isStrOrNull(v.speaker) && Array.isArray(v.entities)
    && (pos === null || (isObj(pos) && typeof pos.start === 'number' && typeof pos.end === 'number'));
}

/** A host name as siteKey gives it. */
const isSite = (v: unknown): v is string => isStr(v) && v.length > 0 && v.length <= 253 && /^[a-z0-9.:[\]-]+$/.test(v);

/** The message, if `raw` is one; null otherwise. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObj(raw) || !isStr(raw.type)) return null;
  switch (raw.type) {
    case 'content:analyze':
      return isStr(raw.text) && raw.text.length <= MAX_ANALYZE_CHARS && isStr(raw.ref) && /^\d{4}-\d{2}-\d{2}$/.test(raw.ref)
        ? { type: raw.type, text: raw.text, ref: raw.ref } : null;
    case 'content:save-clipping':
      return isDraft(raw.draft) ? { type: raw.type, draft: raw.draft } : null;
    case 'content:get-site-settings':
      return isSite(raw.site) ? { type: raw.type, site: raw.site } : null;
    case 'content:set-site-settings':
      return isSite(raw.site) && isSiteSettings(raw.settings)
        ? { type: raw.type, site: raw.site, settings: { off: raw.settings.off, hidden: [...raw.settings.hidden] } } : null;
    case 'background:capture-selection':
    case 'popup:list-clippings':
      return { type: raw.type };
    case 'background:saved':
      return raw.status === 'saved' || raw.status === 'duplicate' || raw.status === 'error'
        ? { type: raw.type, status: raw.status, ...(isStr(raw.error) ? { error: raw.error } : {}) } : null;
    case 'popup:delete-clipping':
      return isStr(raw.id) ? { type: raw.type, id: raw.id } : null;
    default:
      return null;
  }
}
