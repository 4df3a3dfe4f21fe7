import { KINDS, type Kind, type Span } from '../arabic/types';
import type { Clipping, ClippingDraft, ClippingKind } from './model';

/**
 * The one check for a clipping from outside: a file being imported, a draft from a content script,
 * a record sent back for undo. Every field is checked and bounded, and what is kept is built from
 * the known fields only, so an extra key (or "__proto__") never rides along into the database.
 */

/** Longest clipping text: a whole article as analysed (MAX_ANALYZE_CHARS in lib/messaging). */
export const MAX_TEXT = 2_000_000;
export const MAX_NOTE = 1_000_000;
/** URL, title, byline, dates, speaker, id, context. */
export const MAX_SHORT = 10_000;
export const MAX_TAGS = 1_000;
export const MAX_TAG = 500;
export const MAX_ENTITIES = 100_000;
/** Offsets into an article body (itself at most MAX_TEXT long, with room for pages that grow). */
export const MAX_POSITION = 100_000_000;

const CLIPPING_KINDS: ReadonlySet<unknown> = new Set<ClippingKind>(['selection', 'quote', 'article']);
const SPAN_KINDS: ReadonlySet<unknown> = new Set<Kind>(KINDS);

/**
 * What is wrong with a stored clipping (a file's record): the name of the first bad field, "record"
 * when it is not an object at all, or null when it is a valid Clipping.
 */
export function clippingProblem(v: unknown): string | null {
  if (!isObj(v)) return 'record';
  if (!isText(v.id, MAX_SHORT) || !v.id) return 'id';
  if (!isDate(v.createdAt)) return 'createdAt';
  if (!isDate(v.updatedAt)) return 'updatedAt';
  return draftFieldsProblem(v) ?? (!isText(v.note, MAX_NOTE) ? 'note' : null) ?? (!isTags(v.tags) ? 'tags' : null);
}

/** What is wrong with a draft from a content script (same fields, but note and tags optional). */
export function draftProblem(v: unknown): string | null {
  if (!isObj(v)) return 'record';
  return draftFieldsProblem(v)
    ?? (v.note !== undefined && !isText(v.note, MAX_NOTE) ? 'note' : null)
    ?? (v.tags !== undefined && !isTags(v.tags) ? 'tags' : null);
}

export function isClipping(v: unknown): v is Clipping {
  return clippingProblem(v) === null;
}

export function isDraftValue(v: unknown): v is ClippingDraft {
  return draftProblem(v) === null;
}

/** A fresh Clipping of the known fields only, or null when `v` is not a valid one. */
export function toClipping(v: unknown): Clipping | null {
  if (!isClipping(v)) return null;
  return { id: v.id, createdAt: v.createdAt, updatedAt: v.updatedAt, ...toDraftFields(v), note: v.note, tags: Array.from(v.tags) };
}

/** A fresh draft of the known fields only, or null when `v` is not a valid one. */
export function toDraft(v: unknown): ClippingDraft | null {
  if (!isDraftValue(v)) return null;
  const d = toDraftFields(v);
  if (v.note !== undefined) d.note = v.note;
  if (v.tags !== undefined) d.tags = Array.from(v.tags);
  return d;
}

function toDraftFields(v: ClippingDraft): ClippingDraft {
  const entities: Span[] = new Array<Span>(v.entities.length);
  for (let i = 0; i < entities.length; i++) entities[i] = toSpan(v.entities[i]!);
  return {
    url: v.url, site: v.site, title: v.title, byline: v.byline, published: v.published, text: v.text, prefix: v.prefix,
    suffix: v.suffix, position: v.position && { start: v.position.start, end: v.position.end }, kind: v.kind,
    speaker: v.speaker, entities,
  };
}

function draftFieldsProblem(v: Record<string, unknown>): string | null {
  if (!isText(v.url, MAX_SHORT)) return 'url';
  if (!isText(v.site, MAX_SHORT)) return 'site';
  for (const k of ['title', 'byline', 'published', 'speaker'] as const) if (!(v[k] === null || isText(v[k], MAX_SHORT))) return k;
  if (!isText(v.text, MAX_TEXT) || !v.text) return 'text';
  if (!isText(v.prefix, MAX_SHORT)) return 'prefix';
  if (!isText(v.suffix, MAX_SHORT)) return 'suffix';
  if (!CLIPPING_KINDS.has(v.kind)) return 'kind';
  const pos = v.position;
  if (!(pos === null || (isObj(pos) && isOffset(pos.start, MAX_POSITION) && isOffset(pos.end, MAX_POSITION) && pos.start <= pos.end))) return 'position';
  const len = v.text.length;
  if (!isList(v.entities, MAX_ENTITIES, (s) => isSpan(s) && s.end <= len)) return 'entities';
  return null;
}

/** A Span of DESIGN.md (offsets checked against the text by the caller). */
export function isSpan(s: unknown): s is Span {
  return isObj(s) && SPAN_KINDS.has(s.kind) && isOffset(s.start, MAX_POSITION) && isOffset(s.end, MAX_POSITION) && s.start <= s.end
    && isText(s.text, MAX_SHORT)
    && (s.value === undefined || isText(s.value, 200))
    && (s.calendar === undefined || s.calendar === 'gregorian' || s.calendar === 'hijri')
    && (s.speaker === undefined || s.speaker === null || isText(s.speaker, MAX_SHORT));
}

/** A fresh Span of the known fields only. */
export function toSpan(s: Span): Span {
  const out: Span = { kind: s.kind, start: s.start, end: s.end, text: s.text };
  if (s.value !== undefined) out.value = s.value;
  if (s.calendar !== undefined) out.calendar = s.calendar;
  if (s.speaker !== undefined) out.speaker = s.speaker;
  return out;
}

function isTags(v: unknown): v is string[] {
  return isList(v, MAX_TAGS, (t) => isText(t, MAX_TAG));
}

/**
 * An array of at most `max` items, each passing `each`. Every index is read: Array#every skips the
 * holes of a sparse array, which then come out of a copy as undefined.
 */
export function isList<T>(v: unknown, max: number, each: (item: unknown) => item is T): v is T[];
export function isList(v: unknown, max: number, each: (item: unknown) => boolean): v is unknown[];
export function isList(v: unknown, max: number, each: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!each(v[i])) return false;
  return true;
}

function isDate(v: unknown): v is string {
  return isText(v, 100) && !Number.isNaN(Date.parse(v));
}

function isText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** An instant as toISOString writes it (review times, deletion times): one spelling, so rows compare as text. */
export function isIsoInstant(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 40 && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(v);
}

/** A plain object (not null, not an array): what every record of a file or message must be. */
export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isOffset(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
}
