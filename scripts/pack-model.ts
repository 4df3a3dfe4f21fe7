/**
 * npx tsx scripts/pack-model.ts [--corpus] [IN.json] [OUT.bin] — writes the packed model the
 * extension loads (default public/models/ner.json → public/models/ner.bin; `npm run train:ner` runs
 * it after training, `npm run pack:ner` alone). Any JSON packs (lib/arabic/entities/packed.ts says
 * how); the entity model is then checked: decoded from the packed bytes it must tag the project's
 * check text exactly as the JSON model does, and with --corpus every article of the shared corpus.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseNerModel } from '../lib/arabic/entities/model';
import { nerModelFromPacked } from '../lib/arabic/entities/model-packed';
import { corpusTexts } from './bench/_util';
import { NER_MODEL_PATH } from './lib/load-ner-model';
import { compareModels, packModelFile, toArrayBuffer } from './lib/pack-model-file';

const args = process.argv.slice(2);
const corpus = args.includes('--corpus');
const [input = NER_MODEL_PATH, output = input.replace(/\.json$/, '') + '.bin'] = args.filter((a) => !a.startsWith('--'));
try {
  const json = readFileSync(input, 'utf8');
  const r = packModelFile(json);
  writeFileSync(output, r.bytes);
  console.log(`${output}: ${(r.bytes.length / 1024).toFixed(0)} KB packed from ${(r.jsonBytes / 1024).toFixed(0)} KB of JSON; ${r.spans} spans alike on the check text`);
  if (corpus) {
    const texts = corpusTexts();
    const c = compareModels(parseNerModel(JSON.parse(json)), nerModelFromPacked(toArrayBuffer(r.bytes)), texts);
    if (c.differs) throw new Error(`the packed model does not tag as the JSON one on the corpus: ${c.differs}`);
    console.log(`corpus: ${texts.length} articles, ${c.spans} spans, all alike`);
  }
} catch (e) {
  console.error(`pack-model: ${(e as Error).message}`);
  process.exit(2);
}
