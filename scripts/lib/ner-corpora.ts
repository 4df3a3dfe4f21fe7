/**
 * The extra training corpora of ../shared/data/ner-extra (README there): Arabic Wikipedia annotated
 * by hand, converted to ANERcorp's tags. Their sentences carry domain "wiki".
 */
import { dataFile } from '../bench/_util';
import { parseConll, type Sentence } from './conll';
import { DOC } from './ner-build';

export const EXTRA_FILES: Record<string, string> = {
  wikifane: 'ner-extra/wikifane/wikifane_coarse.conll', // WikiFANE Gold 2014, CC BY-SA 3.0
  aqmar: 'ner-extra/aqmar/aqmar_coarse.conll', // AQMAR, CC BY-SA 3.0
};

/** Every DOC-sentence block kept with probability `frac`, evenly spread and deterministic. */
export function subsample(sents: Sentence[], frac: number): Sentence[] {
  if (frac >= 1) return sents;
  const out: Sentence[] = [];
  for (let b = 0; b * DOC < sents.length; b++) {
    if (Math.floor((b + 1) * frac) > Math.floor(b * frac)) out.push(...sents.slice(b * DOC, (b + 1) * DOC));
  }
  return out;
}

/** spec: corpus name → share of it kept (e.g. { wikifane: 0.25, aqmar: 1 }). */
export function extraCorpora(spec: Record<string, number>): Sentence[] {
  const out: Sentence[] = [];
  for (const [name, frac] of Object.entries(spec)) {
    const file = EXTRA_FILES[name];
    if (!file) throw new Error(`unknown extra corpus ${name} (known: ${Object.keys(EXTRA_FILES).join(', ')})`);
    for (const s of subsample(parseConll(dataFile(file)), frac)) out.push({ ...s, domain: 'wiki' });
  }
  return out;
}
