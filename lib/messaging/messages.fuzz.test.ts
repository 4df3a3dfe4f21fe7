import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/lib/random';
import { clip } from '../../tests/unit/clip';
import { MAX_ANALYZE_CHARS, parseMessage, type Message } from './messages';

/**
 * parseMessage under thousands of random and near-valid values: it never throws, and whatever it
 * lets through is exactly a member of the union — the keys the union names and no other (at every
 * depth), values of the right types and ranges, plain objects only, and parsing it again gives it
 * back unchanged. The oracle below is written from the union's type, not from parseMessage.
 */

const SEED = 20261201;
const RUNS = 12_000;

type Rand = () => number;
const pick = <T,>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;


const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

/** A random value of any shape, with the edge cases a hostile sender would try. */
function anyValue(r: Rand, depth = 0): unknown {
  const k = Math.floor(r() * (depth > 2 ? 9 : 12));
  switch (k) {
    case 0: return null;
    case 1: return undefined;
    case 2: return r() < 0.5;
    case 3: return pick(r, [0, -0, -1, 1, 1.5, -7, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53, Number.MAX_VALUE, 1e-300, 200, 2_000_000]);
    case 4: return pick(r, ['', 'x', 'نص', '2023-01-01', 'selection', 'quote', 'person', 'https://x.example/', '__proto__', '\u0000', '\uD800', '\u202E', 'a'.repeat(300)]);
    case 5: return r() < 0.02 ? 'x'.repeat(MAX_ANALYZE_CHARS + 1) : 'y'.repeat(Math.floor(r() * 20_000));
    case 6: return pick(r, TYPES);
    case 7: return Math.floor(r() * 100) - 10;
    case 8: return pick(r, [[], {}, Object.create(null) as object]);
    case 9: return Array.from({ length: Math.floor(r() * 4) }, () => anyValue(r, depth + 1));
    default: return anyObject(r, depth + 1);
  }
}

/** An object with random and prototype-ish keys (own "__proto__" as JSON.parse and structured clone make it). */
function anyObject(r: Rand, depth: number): Record<string, unknown> {
  const o: Record<string, unknown> = r() < 0.2 ? Object.create(null) : {};
  const n = Math.floor(r() * 5);
  for (let i = 0; i < n; i++) {
    const key = r() < 0.3 ? pick(r, PROTO_KEYS) : pick(r, ['type', 'text', 'ref', 'draft', 'site', 'settings', 'id', 'ids', 'patch', 'clippings', 'url', 'page', 'tabId', 'direction', 'what', 'status', 'error', 'x']);
    Object.defineProperty(o, key, { value: anyValue(r, depth), enumerable: true, writable: true, configurable: true });
  }
  return o;
}

const draft = (): Record<string, unknown> => {
  const { id: _i, createdAt: _c, updatedAt: _u, note: _n, tags: _t, ...d } = clip({ text: 'قال فؤاد حسين', entities: [{ kind: 'person', start: 4, end: 13, text: 'فؤاد حسين' }] });
  return d;
};

/** One valid example of every message type: the starting points of the near-valid values. */
function valid(type: Message['type']): Record<string, unknown> {
  switch (type) {
    case 'content:analyze': return { type, text: 'نص', ref: '2023-01-01' };
    case 'content:save-clipping': return { type, draft: draft() };
    case 'content:get-site-settings': return { type, site: 'x.example' };
    case 'content:set-site-settings': return { type, site: 'x.example', settings: { off: true, hidden: ['person'] } };
    case 'background:save': return { type, what: 'article' };
    case 'content:page-clippings': return { type, url: 'https://x.example/a' };
    case 'background:step-highlight': return { type, direction: -1 };
    case 'popup:save-article': return { type, tabId: 3 };
    case 'content:undo-save':
    case 'popup:open-source': return { type, id: 'a' };
    case 'content:open-library': return { type, id: 'a' };
    case 'content:correct-highlight': return { type, text: 'فؤاد حسين', kind: 'place' };
    case 'content:uncorrect-highlight': return { type, text: 'فؤاد حسين' };
    default: return { type };
  }
}

/** A valid message with one to three things changed somewhere inside it. */
function nearValid(r: Rand): unknown {
  const msg = structuredClone(valid(pick(r, TYPES)));
  const times = 1 + Math.floor(r() * 3);
  for (let t = 0; t < times; t++) {
    // Walk down to a random object or array inside the message.
    let target: Record<string, unknown> | unknown[] = msg;
    for (let d = 0; d < 4 && r() < 0.6; d++) {
      const kids: Array<Record<string, unknown>> = Object.values(target).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
      if (!kids.length) break;
      target = pick(r, kids);
    }
    const keys = Object.keys(target);
    const key = keys.length && r() < 0.8 ? pick(r, keys) : pick(r, [...PROTO_KEYS, 'extra', '0']);
    const op = Math.floor(r() * 5);
    const t2 = target as Record<string, unknown>;
    if (op === 0) delete t2[key];
    else if (op === 1) Object.defineProperty(t2, key, { value: anyValue(r), enumerable: true, writable: true, configurable: true });
    else if (op === 2) Object.defineProperty(t2, pick(r, [...PROTO_KEYS, 'extra']), { value: anyValue(r), enumerable: true, writable: true, configurable: true });
    else if (op === 3) t2[key] = Array.isArray(t2[key]) ? { ...(t2[key] as unknown[]) } : [t2[key]];
    else t2[key] = pick(r, [-1, NaN, Infinity, 1.5, -0, 2 ** 53, '', 'x'.repeat(MAX_ANALYZE_CHARS + 1), null]);
  }
  return r() < 0.05 ? [msg] : msg;
}

// ---- The oracle: what the union describes, written from its type. ----

type Check = (v: unknown) => boolean;
const plain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const list = (v: unknown, each: Check): boolean => Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && v.every(each);
const str = (max = Infinity): Check => (v) => typeof v === 'string' && v.length <= max;
const strOrNull: Check = (v) => v === null || typeof v === 'string';
const nat: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const oneOf = (...xs: unknown[]): Check => (v) => xs.includes(v);
/** Exactly these keys (optional ones may be absent), each passing its check. */
function shape(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (v) => {
    if (!plain(v)) return false;
    for (const k of Object.keys(v)) if (!(k in required) && !(k in optional)) return false;
    if (Object.getOwnPropertyNames(v).some((k) => !Object.keys(v).includes(k))) return false;
    for (const [k, c] of Object.entries(required)) if (!Object.hasOwn(v, k) || !c(v[k])) return false;
    for (const [k, c] of Object.entries(optional)) if (Object.hasOwn(v, k) && !c(v[k])) return false;
    return true;
  };
}

const span = (textLength: number): Check => (v) => shape(
  { kind: oneOf('person', 'place', 'org', 'date', 'quote'), start: nat, end: nat, text: str() },
  { value: str(), calendar: oneOf('gregorian', 'hijri'), speaker: strOrNull },
)(v) && (v as { start: number; end: number }).start <= (v as { end: number }).end && (v as { end: number }).end <= textLength;
const position: Check = (v) => v === null || (shape({ start: nat, end: nat })(v) && (v as { start: number }).start <= (v as { end: number }).end);
const draftFields = { url: str(), site: str(), title: strOrNull, byline: strOrNull, published: strOrNull, text: str(), prefix: str(), suffix: str(), position, kind: oneOf('selection', 'quote', 'article'), speaker: strOrNull, entities: (v: unknown) => Array.isArray(v) };
const withSpans = (c: Check): Check => (v) => c(v) && (v as { text: string }).text.length > 0
  && list((v as { entities: unknown }).entities, span((v as { text: string }).text.length));
const isDraftShape = withSpans(shape(draftFields, { note: str(), tags: (v) => list(v, str()) }));

const ORACLE: Record<Message['type'], Check> = {
  'content:analyze': shape({ type: str(), text: str(MAX_ANALYZE_CHARS), ref: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) }),
  'content:save-clipping': shape({ type: str(), draft: isDraftShape }),
  'content:get-site-settings': shape({ type: str(), site: str(253) }),
  'content:set-site-settings': shape({ type: str(), site: str(253), settings: shape({ off: oneOf(true, false), hidden: (v) => list(v, oneOf('person', 'place', 'org', 'date', 'quote')) }) }),
  'background:save': shape({ type: str(), what: oneOf('selection', 'article') }),
  'background:clippings-changed': shape({ type: str() }),
  'content:page-clippings': shape({ type: str(), url: str() }),
  'background:step-highlight': shape({ type: str(), direction: oneOf(1, -1) }),
  'popup:save-article': shape({ type: str(), tabId: nat }),
  'popup:page-marks': shape({ type: str() }),
  'popup:clippings-changed': shape({ type: str() }),
  'content:get-prefs': shape({ type: str() }),
  'options:prefs-changed': shape({ type: str() }),
  'background:prefs-changed': shape({ type: str() }),
  'content:undo-save': shape({ type: str(), id: str() }),
  'content:open-library': shape({ type: str() }, { id: str() }),
  'content:correct-highlight': shape({ type: str(), text: str(200), kind: oneOf('person', 'place', 'org', 'none') }),
  'content:uncorrect-highlight': shape({ type: str(), text: str(200) }),
  'popup:open-source': shape({ type: str(), id: str() }),
  'content:pending-reveal': shape({ type: str() }),
};
/** Every type of the union (the oracle's type makes it complete). */
const TYPES = Object.keys(ORACLE) as Array<Message['type']>;

function describedByUnion(m: unknown): boolean {
  if (!plain(m) || typeof m.type !== 'string' || !(m.type in ORACLE)) return false;
  return ORACLE[m.type as Message['type']](m);
}

/** Any own "__proto__", "constructor" … key, or a non-plain object, anywhere inside. */
function protoKeyInside(v: unknown): string | null {
  if (typeof v !== 'object' || v === null) return null;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== Array.prototype) return 'a non-plain object';
  for (const k of Object.getOwnPropertyNames(v)) {
    if (PROTO_KEYS.includes(k)) return k;
    const inner = protoKeyInside((v as Record<string, unknown>)[k]);
    if (inner) return inner;
  }
  return null;
}

describe('parseMessage fuzz', () => {
  it(`lets through only what the union describes (${RUNS} random and near-valid values, seed ${SEED})`, () => {
    const r = prng(SEED);
    let accepted = 0;
    const acceptedTypes = new Set<string>();
    for (let i = 0; i < RUNS; i++) {
      const raw = i % 3 === 0 ? anyValue(r) : nearValid(r);
      let parsed: Message | null = null;
      expect(() => { parsed = parseMessage(raw); }, `run ${i}`).not.toThrow();
      if (parsed === null) continue;
      accepted++;
      acceptedTypes.add((parsed as Message).type);
      if (!describedByUnion(parsed)) throw new Error(`run ${i}: let through ${JSON.stringify(parsed).slice(0, 400)}`);
      const bad = protoKeyInside(parsed);
      if (bad) throw new Error(`run ${i}: "${bad}" rode along in ${JSON.stringify(parsed).slice(0, 400)}`);
      // A parsed message is its own parse: nothing was left to drop.
      expect(parseMessage(parsed)).toEqual(parsed);
    }
    // The near-valid values do reach every type (the test would prove nothing otherwise).
    expect(acceptedTypes.size).toBe(TYPES.length);
    expect(accepted).toBeGreaterThan(RUNS / 10);
  }, 120_000); // a few seconds alone; far more on a machine shared with other test runs

  it('accepts every valid example and returns fresh objects', () => {
    for (const type of TYPES) {
      const raw = valid(type);
      const parsed = parseMessage(raw);
      expect(parsed, type).toEqual(raw);
      expect(describedByUnion(parsed), type).toBe(true);
      for (const [k, v] of Object.entries(raw)) if (typeof v === 'object' && v !== null) expect((parsed as Record<string, unknown>)[k], `${type}.${k}`).not.toBe(v);
    }
  });
});
