/** npm run eval:ner [FILE] — entity-level P/R/F1 (PERS, LOC, ORG, micro) on ANERcorp dev or a CoNLL file. */
import { readFileSync, existsSync } from 'node:fs';
import { parseConll } from './lib/conll';
import { evaluate } from './lib/ner-eval';
import { formatReport } from './lib/ner-score';
import { loadNerModel, NER_MODEL_PATH } from './lib/load-ner-model';
import { dataFile } from './bench/_util';

const file = process.argv.slice(2).find((a) => !a.startsWith('-'));
let text: string;
if (file) {
  if (!existsSync(file)) { console.error(`eval:ner: no such file: ${file}`); process.exit(2); }
  text = readFileSync(file, 'utf8');
} else text = dataFile('anercorp/dev.txt');
if (!existsSync(NER_MODEL_PATH)) { console.error(`eval:ner: model missing at ${NER_MODEL_PATH} (run npm run train:ner)`); process.exit(2); }
const sents = parseConll(text);
const { report } = evaluate(loadNerModel(), sents);
console.log(`${file ?? 'ANERcorp dev'}: ${sents.length} sentences, entity-level exact match`);
console.log(formatReport(report));
