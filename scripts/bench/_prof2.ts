import { synthesize } from './_clippings-data';
import { words, wordKeys } from '../../lib/clippings/keys';
import { facets, entitiesOf } from '../../lib/clippings/view';
const cs = synthesize(10000);
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  const seen = new Set<string>(); let total = 0;
  const perDoc: string[][] = [];
  for (const c of cs) { seen.clear(); for (const f of [c.text, c.title ?? '', c.note]) for (const w of words(f)) seen.add(w.text); total += seen.size; perDoc.push([...seen]); }
  console.log('split', (performance.now() - t).toFixed(0), total); t = performance.now();
  const cache = new Map<string, string[]>(); const byKey = new Map<string, number[]>();
  perDoc.forEach((ws, i) => { for (const w of ws) { let ks = cache.get(w); if (!ks) { ks = wordKeys(w); cache.set(w, ks); } for (const k of ks) { let l = byKey.get(k); if (!l) byKey.set(k, (l = [])); if (l[l.length - 1] !== i) l.push(i); } } });
  console.log('post', (performance.now() - t).toFixed(0), byKey.size); t = performance.now();
  const keys = [...byKey.keys()].sort();
  console.log('sort', (performance.now() - t).toFixed(0)); t = performance.now();
  const copy = cs.map((c) => ({ ...c }));
  for (const c of copy) entitiesOf(c);
  console.log('entitiesOf', (performance.now() - t).toFixed(0)); t = performance.now();
  facets(copy);
  console.log('facets after', (performance.now() - t).toFixed(0)); t = performance.now();
  void keys;
}
