/**
 * npm run train:ner — rebuilds public/models/ner.json from ../shared/data (ANERcorp train + gazetteers)
 * with a fixed seed, then prints dev figures. Same data, same bytes.
 * Flags: --learner=crf|perceptron --scheme=bilou|iob2 --misc=0|1 (learn MISC as a type) --seed --epochs --scale
 * --tie=0|1 (BILOU tags share their IOB2 weights) --prune --stack=0|1 --folds --bags --min-count;
 * CRF only (scripts/lib/crf.ts): --l2 --lr --decay --avg-from, --verbose (loss per epoch).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseNerModel } from '../lib/arabic/entities/model';
import { dataFile } from './bench/_util';
import { parseConll } from './lib/conll';
import { buildGazetteer } from './lib/gazetteer';
import { buildModel, type BuildOptions } from './lib/ner-build';
import { evaluate } from './lib/ner-eval';
import { formatReport } from './lib/ner-score';
import { NER_MODEL_PATH } from './lib/load-ner-model';

const num = (name: string, def: number): number => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : def;
};
const str = (name: string, def: string): string => process.argv.find((x) => x.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const learner = str('learner', 'perceptron');
if (learner !== 'crf' && learner !== 'perceptron') throw new Error('--learner must be crf or perceptron');
const crf = learner === 'crf';
const opts: BuildOptions = {
  learner, epochs: num('epochs', crf ? 10 : 15), seed: num('seed', 7), scale: num('scale', crf ? 32 : 4), minCount: num('min-count', 1),
  bags: num('bags', crf ? 2 : 3), prune: num('prune', crf ? 2 : 4), stack: num('stack', 1) === 1,
  l2: num('l2', 0.1), lr: num('lr', 0.3), decay: num('decay', 1), avgFrom: num('avg-from', 1), folds: num('folds', 4), verbose: process.argv.includes('--verbose'), nl: num('nl', 1) === 1,
  scheme: str('scheme', 'bilou') === 'iob2' ? 'iob2' : 'bilou', misc: num('misc', 0) === 1, tie: num('tie', 1) === 1,
};
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
