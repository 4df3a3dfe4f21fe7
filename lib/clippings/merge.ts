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
  // One pass over both lists, each newest first: a fresh clipping goes after every kept one of the
  // same time or newer. (An insert per clipping moved the whole list each time: 10,000 imported
  // rows arriving at once cost a quadratic splice.)
  const merged: Clipping[] = [];
  let i = 0;
  for (const c of fresh) {
    while (i < out.length && out[i]!.createdAt >= c.createdAt) merged.push(out[i++]!);
    merged.push(c);
  }
  while (i < out.length) merged.push(out[i++]!);
  return merged;
}
