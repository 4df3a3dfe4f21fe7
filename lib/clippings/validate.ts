import type { Clipping } from './model';

/**
 * Checks that a value is a complete Clipping, field by field. Returns what is wrong (for the person
 * importing a file) or null. Used on import and on every message that carries a whole clipping.
 */
export function clippingProblem(v: unknown): string | null {
  if (!isObj(v)) return 'not an object';
  const str = (k: string): string | null => (typeof v[k] === 'string' ? null : `"${k}" must be text`);
  const strOrNull = (k: string): string | null => (v[k] === null || typeof v[k] === 'string' ? null : `"${k}" must be text or null`);
  const problems = [
    str('id'), str('createdAt'), str('updatedAt'), str('url'), str('site'), strOrNull('title'), strOrNull('byline'),
    strOrNull('published'), str('text'), str('prefix'), str('suffix'), strOrNull('speaker'), str('note'),
  ];
  const first = problems.find((p) => p !== null);
  if (first) return first;
  if (!(v.id as string)) return '"id" is empty';
  if (!(v.text as string)) return '"text" is empty';
  if (Number.isNaN(Date.parse(v.createdAt as string)) || Number.isNaN(Date.parse(v.updatedAt as string))) return '"createdAt"/"updatedAt" must be dates';
  if (v.kind !== 'selection' && v.kind !== 'quote' && v.kind !== 'article') return '"kind" must be selection, quote or article';
  const pos = v.position;
  if (!(pos === null || (isObj(pos) && isInt(pos.start) && isInt(pos.end) && pos.start <= pos.end))) return '"position" must be {start, end} or null';
  if (!Array.isArray(v.tags) || !v.tags.every((t) => typeof t === 'string')) return '"tags" must be a list of text';
  if (!Array.isArray(v.entities)) return '"entities" must be a list';
  for (const s of v.entities) {
    if (!isSpan(s)) return '"entities" holds something that is not a span';
  }
  return null;
}

export function isClipping(v: unknown): v is Clipping {
  return clippingProblem(v) === null;
}

const KINDS = new Set(['person', 'place', 'org', 'date', 'quote']);

/** A Span of DESIGN.md: what every clipping's entities must be (the UI reads their text). */
export function isSpan(s: unknown): boolean {
  return isObj(s) && typeof s.kind === 'string' && KINDS.has(s.kind) && isInt(s.start) && isInt(s.end) && typeof s.text === 'string'
    && (s.value === undefined || typeof s.value === 'string')
    && (s.calendar === undefined || s.calendar === 'gregorian' || s.calendar === 'hijri')
    && (s.speaker === undefined || s.speaker === null || typeof s.speaker === 'string');
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
