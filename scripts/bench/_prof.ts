import { synthesize } from './_clippings-data';
import { SearchIndex } from '../../lib/clippings/search';
import { applyView, facets, groupRows } from '../../lib/clippings/view';
const cs = synthesize(10000);
for (let r = 0; r < 2; r++) {
  const copy = cs.map((c) => ({ ...c }));
  let t = performance.now();
  const shown = applyView(copy, null, '', {}); console.log('applyView', performance.now() - t); t = performance.now();
  groupRows(shown); console.log('groupRows', performance.now() - t); t = performance.now();
  facets(shown); console.log('facets', performance.now() - t); t = performance.now();
  new SearchIndex(copy); console.log('index', performance.now() - t);
}
import { WORD_RE, wordKeys } from '../../lib/clippings/keys';
{
  let t = performance.now();
  const uniq = new Set<string>(); let n = 0;
  for (const c of cs) for (const m of c.text.matchAll(WORD_RE)) { uniq.add(m[0]); n++; }
  console.log('words', n, 'unique', uniq.size, performance.now() - t); t = performance.now();
  for (const w of uniq) wordKeys(w);
  console.log('wordKeys', performance.now() - t);
}
