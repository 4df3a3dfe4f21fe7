/**
 * npm run eval:quotes [-- --verbose]: quote P/R/F1 (exact span, and overlap) and speaker accuracy on
 * the project's own annotated paragraphs (tests/fixtures/quotes.ts), for the tuned and held-out parts,
 * with the entity recognizer's spans and with no entity spans at all (robustness). Also checks the
 * seed article when ../shared/data is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../lib/arabic/types';
import { normalize } from '../lib/arabic/normalize';
import { recognizeEntities, setDefaultNerModel } from '../lib/arabic/entities/recognize';
import { loadNerModel } from './lib/load-ner-model';

// Entity spans from the shipped model, as the extension computes them.
setDefaultNerModel(loadNerModel());
import { recognizeQuotes } from '../lib/arabic/quotes/recognize';
import { QUOTE_EXAMPLES, type QuoteExample } from '../tests/fixtures/quotes';
import { DATA } from './bench/_util';

const verbose = process.argv.includes('--verbose');

interface Gold { start: number; end: number; speaker: string | null }

/** Gold spans located in order in the example's text. */
export function goldSpans(ex: QuoteExample): Gold[] {
  let from = 0;
  return ex.quotes.map((q) => {
    const at = ex.text.indexOf(q.text, from);
    if (at < 0) throw new Error(`${ex.id}: gold quote not in text: ${q.text}`);
    from = at + q.text.length;
    return { start: at, end: at + q.text.length, speaker: q.speaker };
  });
}

interface Tally { gold: number; pred: number; exact: number; overlap: number; spk: number; spkExact: number; misses: string[] }

function score(examples: QuoteExample[], withEntities: boolean): Tally {
  const t: Tally = { gold: 0, pred: 0, exact: 0, overlap: 0, spk: 0, spkExact: 0, misses: [] };
  for (const ex of examples) {
    const ents: Span[] = withEntities ? recognizeEntities(ex.text) : [];
    const pred = recognizeQuotes(ex.text, ents);
    const gold = goldSpans(ex);
    t.gold += gold.length;
    t.pred += pred.length;
    const used = new Set<number>();
    for (const g of gold) {
      const k = pred.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
      if (k < 0) {
        t.misses.push(`${ex.id} MISSED «${ex.text.slice(g.start, g.end)}»`);
        continue;
      }
      used.add(k);
      const p = pred[k]!;
      t.overlap++;
      if (p.start === g.start && p.end === g.end) t.exact++;
      else t.misses.push(`${ex.id} SPAN «${p.text}» ≠ gold «${ex.text.slice(g.start, g.end)}»`);
      const same = (p.speaker == null && g.speaker == null) || (p.speaker != null && g.speaker != null && normalize(p.speaker) === normalize(g.speaker));
      if (same) t.spk++;
      else t.misses.push(`${ex.id} SPEAKER ${p.speaker} ≠ gold ${g.speaker} for «${p.text.slice(0, 40)}»`);
      if (p.speaker === g.speaker) t.spkExact++;
    }
    pred.forEach((p, i) => { if (!used.has(i)) t.misses.push(`${ex.id} EXTRA «${p.text}»`); });
  }
  return t;
}

const f = (x: number): string => x.toFixed(3);
function report(label: string, t: Tally): void {
  const pr = (hit: number): string => {
    const p = t.pred ? hit / t.pred : 1;
    const r = t.gold ? hit / t.gold : 1;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    return `P ${f(p)} R ${f(r)} F1 ${f(f1)}`;
  };
  console.log(`${label.padEnd(28)} gold ${String(t.gold).padStart(3)} pred ${String(t.pred).padStart(3)} | exact ${pr(t.exact)} | overlap ${pr(t.overlap)} | speaker ${f(t.overlap ? t.spk / t.overlap : 1)} (${t.spk}/${t.overlap}; as written ${t.spkExact})`);
  if (verbose) for (const m of t.misses) console.log('   ' + m);
}

const tune = QUOTE_EXAMPLES.filter((e) => e.split === 'tune');
const held = QUOTE_EXAMPLES.filter((e) => e.split === 'heldout');
// Held-out batches: h* (looked at once, after which two general name fixes went in), g* (never
// looked at, written mid-way) and k* (written last).
const heldA = held.filter((e) => e.id.startsWith('h'));
const heldB = held.filter((e) => e.id.startsWith('g'));
const heldC = held.filter((e) => e.id.startsWith('k'));
console.log(`quotes: ${tune.length} tuned + ${held.length} held-out paragraphs (tests/fixtures/quotes.ts)`);
for (const withEntities of [true, false]) {
  const tag = withEntities ? 'entities' : 'no entities';
  report(`tuned        [${tag}]`, score(tune, withEntities));
  report(`held-out     [${tag}]`, score(held, withEntities));
  report(`  held-out h [${tag}]`, score(heldA, withEntities));
  report(`  held-out g [${tag}]`, score(heldB, withEntities));
  report(`  held-out k [${tag}]`, score(heldC, withEntities));
}

// The seed article: seven quotes, all by إبراهيم الجعفري.
const seed = join(DATA, 'seed', '000_a50affca2d2a37bf.txt');
if (existsSync(seed)) {
  const text = readFileSync(seed, 'utf8');
  for (const withEntities of [true, false]) {
    const qs = recognizeQuotes(text, withEntities ? recognizeEntities(text) : []);
    const right = qs.filter((q) => q.speaker && normalize(q.speaker) === normalize('إبراهيم الجعفري')).length;
    console.log(`seed [${withEntities ? 'entities' : 'no entities'}]: ${qs.length} quotes found (7 expected), ${right} attributed to إبراهيم الجعفري`);
  }
} else {
  console.log(`seed article absent (${seed}): seed check skipped`);
}
