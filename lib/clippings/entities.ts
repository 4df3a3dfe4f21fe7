import type { Kind } from '../arabic/types';
import type { Clipping } from './model';

/** The distinct names of one kind inside a clipping, as written (first spelling wins). */
export function entityNames(c: Clipping, kind: Kind): string[] {
  const seen = new Set<string>();
  for (const s of c.entities) if (s.kind === kind) seen.add(kind === 'date' && s.value ? `${s.text} (${s.value})` : s.text);
  return [...seen];
}
