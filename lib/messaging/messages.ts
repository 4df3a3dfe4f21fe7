import type { Span } from '../arabic/types';
import type { Clipping, ClippingDraft, ClippingKind } from '../clippings/model';
import type { ClippingPatch, ImportResult } from '../clippings/store';
import { isClipping, isSpan } from '../clippings/validate';
import { isSiteSettings, type SiteSettings } from '../page/site-settings';
import { isCorrectedKind, type CorrectedKind } from '../clippings/corrections';

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
  | { type: 'background:clippings-changed' }
  | { type: 'background:saved'; status: 'saved' | 'duplicate' | 'error' | 'empty'; error?: string; id?: string; kind?: ClippingKind }
  | { type: 'content:undo-save'; id: string }
  | { type: 'content:open-library'; id?: string }
  | { type: 'content:correct-highlight'; text: string; kind: CorrectedKind }
  | { type: 'content:uncorrect-highlight'; text: string }
  | { type: 'popup:open-source'; id: string }
  | { type: 'content:pending-reveal' }
  | { type: 'content:page-clippings'; url: string }
  | { type: 'background:capture-article' }
  | { type: 'background:step-highlight'; direction: 1 | -1 }
  | { type: 'popup:list-clippings'; page?: { offset: number; limit: number } }
  | { type: 'popup:delete-clipping'; id: string }
  | { type: 'popup:delete-clippings'; ids: string[] }
  | { type: 'popup:update-clipping'; id: string; patch: ClippingPatch }
  | { type: 'popup:restore-clippings'; clippings: Clipping[] }
  | { type: 'popup:import-clippings'; clippings: Clipping[] }
  | { type: 'popup:save-article'; tabId: number }
  | { type: 'popup:page-marks' };

/** Which clippings of the page are marked on it, and which could not be found. */
export interface PageMarks { found: string[]; missing: Clipping[] }
export type Failure = { ok: false; error: string };

/** What the receiver answers, per message type. */
export interface Responses {
  'content:analyze': { ok: true; spans: Span[] } | { ok: false; error: string };
  'content:save-clipping': { ok: true; status: 'saved' | 'duplicate'; clipping: Clipping } | { ok: false; error: string };
  'content:get-site-settings': { ok: true; settings: SiteSettings } | { ok: false; error: string };
  'content:set-site-settings': { ok: true } | { ok: false; error: string };
  'background:capture-selection': ClippingDraft | null;
  'background:clippings-changed': void;
  'background:saved': void;
  'content:undo-save': { ok: true } | Failure;
  'content:open-library': { ok: true } | Failure;
  'content:correct-highlight': { ok: true } | Failure;
  'content:uncorrect-highlight': { ok: true } | Failure;
  'popup:open-source': { ok: true } | Failure;
  /** The clipping this tab was opened to show (from the library's «open the source»), once; or null. */
  'content:pending-reveal': { ok: true; clipping: Clipping | null } | Failure;
  'content:page-clippings': { ok: true; clippings: Clipping[] } | Failure;
  'background:capture-article': ClippingDraft | null;
  'background:step-highlight': void;
  'popup:list-clippings': { ok: true; clippings: Clipping[] } | Failure;
  'popup:delete-clipping': { ok: true } | Failure;
  'popup:delete-clippings': { ok: true } | Failure;
  'popup:update-clipping': { ok: true; clipping: Clipping } | Failure;
  'popup:restore-clippings': { ok: true } | Failure;
  'popup:import-clippings': ({ ok: true } & ImportResult) | Failure;
  'popup:save-article': { ok: true; status: 'saved' | 'duplicate' | 'error' | 'empty' } | Failure;
  'popup:page-marks': PageMarks | null;
}

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
    && isStrOrNull(v.speaker) && Array.isArray(v.entities) && v.entities.length <= 100_000 && v.entities.every(isSpan)
    && (pos === null || (isObj(pos) && typeof pos.start === 'number' && typeof pos.end === 'number'));
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function isPatch(v: unknown): v is ClippingPatch {
  return isObj(v) && (v.note === undefined || isStr(v.note)) && (v.tags === undefined || (Array.isArray(v.tags) && v.tags.every(isStr)));
}

/** Messages only the extension's own pages (popup, library) may send: never a content script. */
export function isPageOnly(type: Message['type']): boolean {
  return type.startsWith('popup:');
}

/** A clipping id as the store makes it (short, no markup). */
const isId = (v: unknown): v is string => isStr(v) && v.length > 0 && v.length <= 64 && /^[\w-]+$/.test(v);

/** A highlighted name as the page writes it (a name, not a passage). */
const isName = (v: unknown): v is string => isStr(v) && v.trim().length > 0 && v.length <= 200;

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
    case 'popup:open-source':
      return isId(raw.id) ? { type: raw.type, id: raw.id } : null;
    case 'background:capture-selection':
    case 'content:pending-reveal':
    case 'background:clippings-changed':
    case 'background:capture-article':
    case 'popup:page-marks':
      return { type: raw.type };
    case 'background:step-highlight':
      return raw.direction === 1 || raw.direction === -1 ? { type: raw.type, direction: raw.direction } : null;
    case 'background:saved':
      return raw.status === 'saved' || raw.status === 'duplicate' || raw.status === 'error' || raw.status === 'empty'
        ? { type: raw.type, status: raw.status, ...(isStr(raw.error) ? { error: raw.error } : {}), ...(isId(raw.id) ? { id: raw.id } : {}),
          ...(raw.kind === 'selection' || raw.kind === 'quote' || raw.kind === 'article' ? { kind: raw.kind } : {}) } : null;
    case 'content:undo-save':
      // Only a clipping this tab saved, on this page: checked by the background against what it saved for the tab.
      return isId(raw.id) ? { type: raw.type, id: raw.id } : null;
    case 'content:correct-highlight':
      return isName(raw.text) && isCorrectedKind(raw.kind) ? { type: raw.type, text: raw.text, kind: raw.kind } : null;
    case 'content:uncorrect-highlight':
      return isName(raw.text) ? { type: raw.type, text: raw.text } : null;
    case 'content:open-library':
      return raw.id === undefined ? { type: raw.type } : isId(raw.id) ? { type: raw.type, id: raw.id } : null;
    case 'popup:delete-clipping':
      return isStr(raw.id) ? { type: raw.type, id: raw.id } : null;
    case 'popup:list-clippings': {
      // Newest first, all at once or a page at a time (the library shows the first page at once).
      if (raw.page === undefined) return { type: raw.type };
      const p = raw.page;
      return isObj(p) && isCount(p.offset) && isCount(p.limit) && p.limit > 0 ? { type: raw.type, page: { offset: p.offset, limit: p.limit } } : null;
    }
    case 'content:page-clippings':
      return isStr(raw.url) && raw.url.length <= 10_000 ? { type: raw.type, url: raw.url } : null;
    case 'popup:delete-clippings':
      return Array.isArray(raw.ids) && raw.ids.every(isStr) ? { type: raw.type, ids: raw.ids } : null;
    case 'popup:update-clipping':
      return isStr(raw.id) && isPatch(raw.patch) ? { type: raw.type, id: raw.id, patch: raw.patch } : null;
    case 'popup:restore-clippings':
    case 'popup:import-clippings':
      return Array.isArray(raw.clippings) && raw.clippings.every(isClipping) ? { type: raw.type, clippings: raw.clippings } : null;
    case 'popup:save-article':
      return typeof raw.tabId === 'number' && Number.isInteger(raw.tabId) ? { type: raw.type, tabId: raw.tabId } : null;
    default:
      return null;
  }
}
