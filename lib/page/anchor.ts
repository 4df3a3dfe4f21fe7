import { anchorText, type AnchorHow, type AnchorTarget } from '../arabic/anchor-text';
import type { TextMap } from './textmap';

export interface Anchored<T> { item: T; range: Range; how: AnchorHow }

/**
 * Find saved clippings in a page's text map, as DOM Ranges (no text node is changed). Those that
 * cannot be found are returned apart so the reader can still see them.
 */
export function anchorAll<T extends AnchorTarget>(map: TextMap, items: readonly T[]): { found: Array<Anchored<T>>; missing: T[] } {
  const found: Array<Anchored<T>> = [];
  const missing: T[] = [];
  for (const item of items) {
    const a = anchorText(map.text, item);
    const range = a ? map.range(a.start, a.end) : null;
    if (a && range) found.push({ item, range, how: a.how });
    else missing.push(item);
  }
  return { found, missing };
}
