import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import { SearchIndex } from '../lib/clippings/search';

/**
 * The search index for a list of clippings, built in slices after the list is on screen so neither
 * the first render nor typing waits for it. Returns a getter: a search typed before the index is
 * ready builds it at once.
 */
export function useSearchIndex(clippings: Clipping[] | null): (list: Clipping[]) => SearchIndex {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const built = useRef<SearchIndex | null>(null);
  useEffect(() => {
    if (!clippings) return;
    let stop = false;
    void SearchIndex.inSlices(clippings, 12, undefined, () => stop).then((ix) => { if (ix && !stop) setIndex(ix); });
    return () => { stop = true; };
  }, [clippings]);
  return (list) => {
    // An index over the same clippings in the same order still answers (an edit replaced one in place).
    for (const ix of [index, built.current]) if (ix && sameOrder(ix.clippings, list)) return ix;
    return (built.current = new SearchIndex(list));
  };
}

function sameOrder(a: readonly Clipping[], b: readonly Clipping[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}
