import type { Clipping } from './model';

/**
 * A newest-first list after some of its clippings changed: `ids` were written, `rows` is what the
 * database now holds for each (undefined: deleted). Unchanged clippings keep their objects, so
 * caches keyed on them (entities, search) stay valid.
 */
export function mergeChanged(list: readonly Clipping[], ids: readonly string[], rows: ReadonlyArray<Clipping | undefined>): Clipping[] {
  const touched = new Set(ids);
  const out = list.filter((c) => !touched.has(c.id));
  const fresh = rows.filter((r): r is Clipping => !!r).sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  for (const c of fresh) {
    // First index whose clipping is older than c: c goes before it (newest first).
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (out[mid]!.createdAt >= c.createdAt) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, c);
  }
  return out;
}
