/**
 * npm run train:ner — rebuilds public/models/ner.json from ../shared/data (ANERcorp train and dev, all of
 * WikiFANE and AQMAR as another domain, gazetteers and lexicons: RECIPE below) with a fixed seed, then
 * prints dev figures (--dev=hold keeps dev out of training). Same data, same bytes.
 * Flags: --learner=crf|perceptron --scheme=bilou|iob2 --misc=0|1 (learn MISC as a type) --seed --epochs --scale
 * --tie=0|1 (BILOU tags share their IOB2 weights) --prune --stack=0|1 --folds2 (stage-2 jackknife) --bags --min-count;
 * --extra=wikifane:0.5,aqmar (extra corpora and the share kept) --domain-weight=wiki:0.5 --domain-feature=1 --fast;
 * --clusters=K --cluster-vocab=N (distributional word clusters from the training words, scripts/lib/word-clusters.ts);
 * --margin=N --margin-o=N (perceptron: train until the gold path wins by N, scripts/lib/perceptron.ts);
 * --pairs=1 --pair-prune=N (word-pair features, lib/arabic/entities/features.ts: pairKey; kept where a weight reaches N);
 * CRF only (scripts/lib/crf.ts): --l2 --lr --decay --avg-from, --verbose (loss per epoch).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseNerModel } from '../lib/arabic/entities/model';
import { dataFile } from './bench/_util';
import { parseConll } from './lib/conll';
import { buildGazetteerWith } from './lib/gazetteer';
import { buildModel } from './lib/ner-build';
import { buildOptions, lexFlag, flag, weightsFlag } from './lib/ner-options';
import { extraCorpora } from './lib/ner-corpora';
import { evaluate } from './lib/ner-eval';
import { formatReport } from './lib/ner-score';
import { NER_MODEL_PATH } from './lib/load-ner-model';

/**
 * The shipped model's recipe (docs/entity-model.md): a flag given on the command line wins over its
 * default here (flag() takes the first match). `npm run train:ner` appends its arguments to pack-model,
 * so other recipes run as `npx tsx scripts/train-ner.ts --flag=… && npm run pack:ner`.
 */
const RECIPE = ['--extra=wikifane:1,aqmar:1', '--domain-weight=wiki:0.3', '--domain-feature=1', '--lex=clubs,names', '--margin=50', '--prune=12', '--bags=2', '--epochs=10', '--pairs=1', '--pair-prune=40'];
const argv = [...process.argv, ...RECIPE];
const opts = buildOptions(argv);
const out = flag('out', argv) ?? NER_MODEL_PATH;

// Choices are made by cross-validation over train+dev (npm run eval:ner -- --cv), so the shipped model learns
// from dev too (--dev=train, the default); --dev=hold keeps it out, for a dev figure that is an estimate.
const holdDev = (flag('dev', argv) ?? 'train') === 'hold';
const dev = parseConll(dataFile('anercorp/dev.txt'));
const train = [...parseConll(dataFile('anercorp/train.txt')), ...(holdDev ? [] : dev), ...extraCorpora(weightsFlag(flag('extra', argv)))];
const t0 = performance.now();
const file = buildModel(train, buildGazetteerWith(lexFlag(argv)), opts);
const json = JSON.stringify(file);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
console.log(`trained on ${train.length} sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s (${JSON.stringify(opts)})`);
console.log(`model: ${out}: ${Object.keys(file.features).length} features, ${(json.length / 1024).toFixed(0)} KB raw, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KB gzip`);
console.log(`dev (${dev.length} sentences${holdDev ? ', held out' : ', trained on: no estimate'}):\n${formatReport(evaluate(parseNerModel(JSON.parse(json)), dev).report)}`);
