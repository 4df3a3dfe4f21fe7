/**
 * npm run train:ner — rebuilds public/models/ner.json from ../shared/data (ANERcorp train + gazetteers)
 * with a fixed seed, then prints dev figures. Same data, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseNerModel } from '../lib/arabic/entities/model';
import { dataFile } from './bench/_util';
import { parseConll } from './lib/conll';
import { buildGazetteer } from './lib/gazetteer';
import { buildModel } from './lib/ner-build';
import { evaluate } from './lib/ner-eval';
import { formatReport } from './lib/ner-score';
import { NER_MODEL_PATH } from './lib/load-ner-model';

const num = (name: string, def: number): number => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : def;
};
const opts = { epochs: num('epochs', 15), seed: num('seed', 7), scale: num('scale', 4), minCount: num('min-count', 1), bags: num('bags', 1), prune: num('prune', 2), stack: num('stack', 1) === 1, nl: num('nl', 1) === 1 };
const out = process.argv.find((x) => x.startsWith('--out='))?.slice(6) ?? NER_MODEL_PATH;

const train = parseConll(dataFile('anercorp/train.txt'));
const dev = parseConll(dataFile('anercorp/dev.txt'));
const t0 = performance.now();
const file = buildModel(train, buildGazetteer(), opts);
const json = JSON.stringify(file);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
console.log(`trained on ${train.length} sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s (${JSON.stringify(opts)})`);
console.log(`model: ${out}: ${Object.keys(file.features).length} features, ${(json.length / 1024).toFixed(0)} KB raw, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KB gzip`);
console.log(`dev (${dev.length} sentences):\n${formatReport(evaluate(parseNerModel(JSON.parse(json)), dev).report)}`);
