import type { Span } from '../arabic/types';
import type { Clipping, ClippingDraft } from '../clippings/model';
import { isDraftValue, isList, toClipping, toDraft } from '../clippings/validate';
import { isSite, isSiteSettings, type SiteSettings } from '../page/site-settings';
import type { DisplayPrefs } from '../clippings/prefs';
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
  | { type: 'content:get-prefs' }
  | { type: 'options:prefs-changed' }
  | { type: 'background:prefs-changed' }
  /**
   * The context menu, the shortcut or the popup asks the tab to save its selection or its article.
   * The tab saves it itself (content:save-clipping) and answers how it went: the passage stays in the
   * tab until the background's answer, so a worker stopped mid-save leaves it in the notice to retry.
   */
  | { type: 'background:save'; what: 'selection' | 'article' }
  | { type: 'background:clippings-changed' }
  | { type: 'content:undo-save'; id: string }
  | { type: 'content:open-library'; id?: string }
  | { type: 'content:correct-highlight'; text: string; kind: CorrectedKind }
  | { type: 'content:uncorrect-highlight'; text: string }
  | { type: 'popup:open-source'; id: string }
  | { type: 'content:pending-reveal' }
  | { type: 'content:page-clippings'; url: string }
  | { type: 'background:step-highlight'; direction: 1 | -1 }
  // The library and popup read and write the database themselves (same origin): no message carries clippings.
  | { type: 'popup:clippings-changed' }
  | { type: 'popup:save-article'; tabId: number }
  | { type: 'popup:page-marks' };

/** How a save the background asked a tab for went. */
export type SaveStatus = 'saved' | 'duplicate' | 'error' | 'empty';
const SAVE_STATUSES: readonly unknown[] = ['saved', 'duplicate', 'error', 'empty'] satisfies SaveStatus[];
export const isSaveStatus = (v: unknown): v is SaveStatus => SAVE_STATUSES.includes(v);

/** Which clippings of the page are marked on it, and which could not be found. */
export interface PageMarks { found: string[]; missing: Clipping[] }
export type Failure = { ok: false; error: string };

/** What the receiver answers, per message type. */
export interface Responses {
  'content:analyze': { ok: true; spans: Span[] } | { ok: false; error: string };
  'content:save-clipping': { ok: true; status: 'saved' | 'duplicate'; clipping: Clipping } | { ok: false; error: string };
  'content:get-site-settings': { ok: true; settings: SiteSettings } | { ok: false; error: string };
  'content:set-site-settings': { ok: true } | { ok: false; error: string };
  'content:get-prefs': { ok: true; prefs: DisplayPrefs } | Failure;
  'options:prefs-changed': { ok: true } | Failure;
  'background:prefs-changed': void;
  /** Checked on arrival by isSaveStatus. 'empty': nothing selected (or no article). */
  'background:save': SaveStatus;
  'background:clippings-changed': void;
  'content:undo-save': { ok: true } | Failure;
  'content:open-library': { ok: true } | Failure;
  'content:correct-highlight': { ok: true } | Failure;
  'content:uncorrect-highlight': { ok: true } | Failure;
  'popup:open-source': { ok: true } | Failure;
  /** The clipping this tab was opened to show (from the library's «open the source»), once; or null. */
  'content:pending-reveal': { ok: true; clipping: Clipping | null } | Failure;
  'content:page-clippings': { ok: true; clippings: Clipping[] } | Failure;
  'background:step-highlight': void;
  'popup:clippings-changed': { ok: true } | Failure;
  'popup:save-article': { ok: true; status: SaveStatus } | Failure;
  'popup:page-marks': PageMarks | null;
}

/** Longest body text analyzed (≈ 300,000 words): beyond it a page is not an article. */
export const MAX_ANALYZE_CHARS = 2_000_000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

/** A draft as the store takes it: every field checked by the validator the import uses. */
export function isDraft(v: unknown): v is ClippingDraft {
  return isDraftValue(v);
}

/** Most records in one message (the clippings a page holds). */
export const MAX_BATCH = 100_000;

/** A fresh list of valid clippings (known fields only), or null when one is not valid. */
function clippings(v: unknown): Clipping[] | null {
  if (!Array.isArray(v) || v.length > MAX_BATCH) return null;
  const out: Clipping[] = [];
  for (let i = 0; i < v.length; i++) {
    const clean = toClipping(v[i]);
    if (!clean) return null;
    out.push(clean);
  }
  return out;
}

/**
 * The content script's answer to popup:page-marks, checked before the popup uses it: ids found,
 * and whole clippings not found. Null when it is not one (or the tab has none).
 */
export function parsePageMarks(v: unknown): PageMarks | null {
  if (!isObj(v) || !isList(v.found, MAX_BATCH, isId)) return null;
  const missing = clippings(v.missing);
  return missing ? { found: Array.from(v.found), missing } : null;
}

/** A clipping id from the database (an imported one may be any short text). */
const isId = (v: unknown): v is string => isStr(v) && v.length > 0 && v.length <= 10_000;
/** An id this store made for a clipping saved now (randomUUID: short, no markup). */
const isNewId = (v: unknown): v is string => isStr(v) && v.length > 0 && v.length <= 64 && /^[\w-]+$/.test(v);

/** Messages only the extension's own pages (popup, library, options) may send: never a content script. */
export function isPageOnly(type: Message['type']): boolean {
  return type.startsWith('popup:') || type.startsWith('options:');
}

/** A highlighted name as the page writes it (a name, not a passage). */
const isName = (v: unknown): v is string => isStr(v) && v.trim().length > 0 && v.length <= 200;

/** The message, if `raw` is one; null otherwise. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObj(raw) || !isStr(raw.type)) return null;
  switch (raw.type) {
    case 'content:analyze':
      return isStr(raw.text) && raw.text.length <= MAX_ANALYZE_CHARS && isStr(raw.ref) && /^\d{4}-\d{2}-\d{2}$/.test(raw.ref)
        ? { type: raw.type, text: raw.text, ref: raw.ref } : null;
    case 'content:save-clipping': {
      // Built from the known fields only: nothing else a content script adds reaches the database.
      const draft = toDraft(raw.draft);
      return draft ? { type: raw.type, draft } : null;
    }
    case 'content:get-site-settings':
      return isSite(raw.site) ? { type: raw.type, site: raw.site } : null;
    case 'content:set-site-settings':
      return isSite(raw.site) && isSiteSettings(raw.settings)
        ? { type: raw.type, site: raw.site, settings: { off: raw.settings.off, hidden: Array.from(raw.settings.hidden) } } : null;
    case 'popup:open-source':
      return isId(raw.id) ? { type: raw.type, id: raw.id } : null;
    case 'content:pending-reveal':
    case 'background:clippings-changed':
    case 'popup:page-marks':
    case 'popup:clippings-changed':
    case 'content:get-prefs':
    case 'options:prefs-changed':
    case 'background:prefs-changed':
      return { type: raw.type };
    case 'background:step-highlight':
      return raw.direction === 1 || raw.direction === -1 ? { type: raw.type, direction: raw.direction } : null;
    case 'background:save':
      return raw.what === 'selection' || raw.what === 'article' ? { type: raw.type, what: raw.what } : null;
    case 'content:undo-save':
      // Only a clipping this tab saved, on this page: checked by the background against what it saved for the tab.
      return isNewId(raw.id) ? { type: raw.type, id: raw.id } : null;
    case 'content:correct-highlight':
      return isName(raw.text) && isCorrectedKind(raw.kind) ? { type: raw.type, text: raw.text, kind: raw.kind } : null;
    case 'content:uncorrect-highlight':
      return isName(raw.text) ? { type: raw.type, text: raw.text } : null;
    case 'content:open-library':
      return raw.id === undefined ? { type: raw.type } : isNewId(raw.id) ? { type: raw.type, id: raw.id } : null;
    case 'content:page-clippings':
      return isStr(raw.url) && raw.url.length <= 10_000 ? { type: raw.type, url: raw.url } : null;
    case 'popup:save-article':
      return typeof raw.tabId === 'number' && Number.isSafeInteger(raw.tabId) && raw.tabId >= 0 ? { type: raw.type, tabId: raw.tabId } : null;
    default:
      return null;
  }
}
