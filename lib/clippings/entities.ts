import type { Kind, Span } from '../arabic/types';
import type { Clipping } from './model';

/**
 * An entity as a reader names it. Spans leave proclitics out, but after «لل» the article's alef is
 * gone from the text: «للعراق» gives the span «لعراق», which is «العراق» (and must group with it).
 */
export function entityName(c: Pick<Clipping, 'text'>, s: Pick<Span, 'start' | 'text'>): string {
  if (!s.text.startsWith('ل') || s.start === 0) return s.text;
  let w = s.start;
  while (w > 0 && /\p{L}/u.test(c.text[w - 1]!)) w--;
  return /^[وف]?ل$/.test(c.text.slice(w, s.start)) ? `ا${s.text}` : s.text;
}

/** The distinct names of one kind inside a clipping, as written (first spelling wins). */
export function entityNames(c: Clipping, kind: Kind): string[] {
  const seen = new Set<string>();
  for (const s of c.entities) if (s.kind === kind) seen.add(kind === 'date' && s.value ? `${s.text} (${s.value})` : entityName(c, s));
  return [...seen];
}
