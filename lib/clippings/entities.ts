import type { Kind, Span } from '../arabic/types';
import { entityKey } from './keys';
import type { Clipping } from './model';

/**
 * An entity as a reader names it. Spans leave proclitics out, but after «لل» the article's alef is
 * gone from the text: «للعراق» gives the span «لعراق», which is «العراق» (and must group with it).
 * A person is named by the longest mention of the same clipping that holds this one's words in a row
 * («البشير» → «عمر البشير», «فخري» → «محسن فخري»), when exactly one such longest mention exists
 * (two people sharing «سلمان» keep the short form).
 */
export function entityName(c: Pick<Clipping, 'text'> & Partial<Pick<Clipping, 'entities'>>, s: Pick<Span, 'start' | 'text'> & Partial<Pick<Span, 'kind'>>): string {
  const own = writtenName(c, s);
  return s.kind === 'person' && c.entities ? longestLinked(c.entities, own, (x) => writtenName(c, x)) : own;
}

/** The mention as written, with the article a «لل» took given back. */
function writtenName(c: Pick<Clipping, 'text'>, s: Pick<Span, 'start' | 'text'>): string {
  if (!s.text.startsWith('ل') || s.start === 0) return s.text;
  let w = s.start;
  while (w > 0 && /\p{L}/u.test(c.text[w - 1]!)) w--;
  return /^[وف]?ل$/.test(c.text.slice(w, s.start)) ? `ا${s.text}` : s.text;
}

/** Does word list `a` occur, in a row, inside word list `b`? */
function inRow(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i + a.length <= b.length; i++) if (a.every((w, k) => b[i + k] === w)) return true;
  return false;
}

function longestLinked(spans: readonly Span[], own: string, name: (s: Span) => string): string {
  const mine = entityKey(own).split(' ');
  // The person mentions that hold this one (by key, so spellings and the article do not matter).
  const holders = new Map<string, string[]>();
  for (const x of spans) {
    if (x.kind !== 'person') continue;
    const n = name(x);
    const k = entityKey(n).split(' ');
    if (k.length > mine.length && inRow(mine, k) && !holders.has(n)) holders.set(n, k);
  }
  if (holders.size === 0) return own;
  // Only the mentions no other holder contains; one of them, or the link is ambiguous.
  const top = [...holders].filter(([n, k]) => ![...holders].some(([m, j]) => m !== n && j.length > k.length && inRow(k, j)));
  const keys = new Set(top.map(([, k]) => k.join(' ')));
  return keys.size === 1 ? top[0]![0] : own;
}

/** The distinct names of one kind inside a clipping, as written (first spelling wins). */
export function entityNames(c: Clipping, kind: Kind): string[] {
  const seen = new Set<string>();
  for (const s of c.entities) if (s.kind === kind) seen.add(kind === 'date' && s.value ? `${s.text} (${s.value})` : entityName(c, s));
  return [...seen];
}
