/**
 * npm run eval:ner [FILE] — entity-level P/R/F1 (PERS, LOC, ORG, micro) of the shipped model on ANERcorp
 * dev or a CoNLL file.
 * npm run eval:ner -- --cv [--folds=5] [--fast] [--extra=wikifane:0.25,aqmar] [training flags of train:ner]
 *   trains one model per contiguous fold of ANERcorp train+dev (plus the extra corpora) and prints each
 *   kind's mean ± spread over the folds. Choose features, rules and weights by this, not by dev.
 *   --cache=DIR keeps each fold's model there and reuses it: rules are then measured without training.
 *   --only-folds=1,2,3 runs those folds alone (compare ideas on the same folds).
 *   --misses lists each fold's wrong spans as `fold N: missed|extra|bounds|kind KIND «…»` (grep, sort, count).
 * npm run eval:ner -- --news [--misses] [--batch=N] [--model=PATH] — the shipped model on the project's own annotated
 *   modern news (tests/data/ner-news); --misses lists each missed and extra span; --batch=N scores one batch alone.
 */
import { readFileSync, existsSync } from 'node:fs';
import { parseConll } from './lib/conll';
import { evaluate } from './lib/ner-eval';
import { formatReport, spanErrors, type Report } from './lib/ner-score';
import { loadNerModel, NER_MODEL_PATH } from './lib/load-ner-model';
import { dataFile } from './bench/_util';
import { buildGazetteerWith, placePhrases } from './lib/gazetteer';
import { buildOptions, lexFlag, flag, num, weightsFlag } from './lib/ner-options';
import { extraCorpora } from './lib/ner-corpora';
import { crossValidate, foldLine, foldRange, formatCv } from './lib/ner-cv';
import { evaluateNews, loadNews, NEWS_BATCHES } from './lib/ner-news';
import { parseNerModel, type NerModelFile } from '../lib/arabic/entities/model';

/** --only-folds=1,2,3: a subset of the folds (1-based). */
function onlyFolds(): Set<number> | undefined {
  const v = flag('only-folds');
  return v ? new Set(v.split(',').map(Number)) : undefined;
}

if (process.argv.includes('--cv')) {
  const opt = buildOptions();
  const k = num('folds', 5);
  const news = [...parseConll(dataFile('anercorp/train.txt')), ...parseConll(dataFile('anercorp/dev.txt'))];
  const extra = extraCorpora(weightsFlag(flag('extra')));
  console.log(`cross-validation: ${k} folds of ANERcorp train+dev (${news.length} sentences) + ${extra.length} extra sentences`);
  console.log(JSON.stringify({ ...opt, extra: flag('extra') ?? '' }));
  const misses = process.argv.includes('--misses');
  const onFold = (f: number, r: Report, s: number, pred: string[][]): void => {
    if (misses) {
      const [a] = foldRange(news.length, k, f);
      pred.forEach((p, i) => { const g = news[a + i]!; for (const m of spanErrors(g.tokens, g.tags, p)) console.log(`fold ${f + 1}: ${m}`); });
    }
    console.log(foldLine(f, r, s));
  };
  const reports = crossValidate(news, extra, buildGazetteerWith(lexFlag()), opt, k, onFold, flag('cache'), onlyFolds());
  console.log(formatCv(reports));
} else if (process.argv.includes('--news')) {
  const file = JSON.parse(readFileSync(flag('model') ?? NER_MODEL_PATH, 'utf8')) as NerModelFile;
  // A model from before the multi-word place list meets today's span rules with the list of today.
  if (!file.gazetteer.placePhrase) { file.gazetteer.placePhrase = placePhrases(); console.log('(model without placePhrase: the list is taken from the data)'); }
  const model = parseNerModel(file);
  // Each batch alone (each was annotated before the rules of its time were read off it), then all together.
  const batches = loadNews();
  let parts: { name: string; articles: typeof batches[number] }[] = NEWS_BATCHES.map((b, k) => ({ name: b.name, articles: batches[k]! }));
  if (parts.length > 1) parts.push({ name: 'all batches', articles: batches.flat() });
  // --batch=N scores (and with --misses, lists) that batch alone: the others stay unread.
  const only = flag('batch');
  if (only !== undefined) {
    parts = parts.filter((p) => p.name === `batch ${only}`);
    if (!parts.length) { console.error(`eval:ner: no batch ${only} (1–${NEWS_BATCHES.length})`); process.exit(2); }
  }
  for (const { name, articles } of parts) {
    const { report, misses } = evaluateNews(model, articles);
    if (process.argv.includes('--misses') && name !== 'all batches') for (const m of misses) console.log(m);
    console.log(`own news, ${name}: ${articles.length} articles, ${articles.reduce((n, a) => n + a.entities.length, 0)} names, exact spans`);
    console.log(formatReport(report));
  }
} else {
  const file = process.argv.slice(2).find((a) => !a.startsWith('-'));
  let text: string;
  if (file) {
    if (!existsSync(file)) { console.error(`eval:ner: no such file: ${file}`); process.exit(2); }
    text = readFileSync(file, 'utf8');
  } else text = dataFile('anercorp/dev.txt');
  if (!existsSync(NER_MODEL_PATH)) { console.error(`eval:ner: model missing at ${NER_MODEL_PATH} (run npm run train:ner)`); process.exit(2); }
  const sents = parseConll(text);
  const { report } = evaluate(loadNerModel(), sents);
  // The shipped model learns from dev too (train-ner.ts): its dev figure is a check that the file works, no estimate.
  console.log(`${file ?? 'ANERcorp dev (the shipped model trains on it: no estimate; --cv is)'}: ${sents.length} sentences, entity-level exact match`);
  console.log(formatReport(report));
}
