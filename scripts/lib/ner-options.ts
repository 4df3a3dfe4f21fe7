/** Command-line flags shared by train:ner and eval:ner --cv: training options and the extra corpora. */
import type { BuildOptions } from './ner-build';
import type { ExtraLexicons } from './gazetteer';

export const flag = (name: string, argv = process.argv): string | undefined =>
  argv.find((x) => x.startsWith(`--${name}=`))?.slice(name.length + 3);
export const num = (name: string, def: number, argv = process.argv): number => {
  const v = flag(name, argv);
  return v === undefined ? def : Number(v);
};
const str = (name: string, def: string, argv = process.argv): string => flag(name, argv) ?? def;

/** "a:1,b:0.3" → { a: 1, b: 0.3 } (a name alone counts 1). */
export function weightsFlag(v: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of (v ?? '').split(',').filter(Boolean)) {
    const [k, w] = part.split(':');
    const n = w === undefined ? 1 : Number(w);
    if (!k || !Number.isFinite(n)) throw new Error(`bad weight list: ${v}`);
    out[k] = n;
  }
  return out;
}

/**
 * Training options from flags. --fast: one bag and 6 epochs (for comparing ideas by CV; the shipped
 * model uses the defaults). --domain-weight=wiki:0.5 --domain-feature=1: see BuildOptions.
 */
export function buildOptions(argv = process.argv): BuildOptions {
  const learner = str('learner', 'perceptron', argv);
  if (learner !== 'crf' && learner !== 'perceptron') throw new Error('--learner must be crf or perceptron');
  const crf = learner === 'crf';
  const fast = argv.includes('--fast');
  return {
    learner, epochs: num('epochs', fast ? 6 : crf ? 10 : 15, argv), seed: num('seed', 7, argv), scale: num('scale', crf ? 32 : 4, argv),
    minCount: num('min-count', 1, argv), bags: num('bags', fast ? 1 : crf ? 2 : 3, argv), prune: num('prune', crf ? 2 : 4, argv),
    stack: num('stack', 1, argv) === 1, l2: num('l2', 0.1, argv), lr: num('lr', 0.3, argv), decay: num('decay', 1, argv),
    avgFrom: num('avg-from', 1, argv), folds: num('folds2', 4, argv), verbose: argv.includes('--verbose'), nl: num('nl', 1, argv) === 1,
    scheme: str('scheme', 'bilou', argv) === 'iob2' ? 'iob2' : 'bilou', misc: num('misc', 0, argv) === 1, tie: num('tie', 1, argv) === 1,
    domainWeight: weightsFlag(flag('domain-weight', argv) ?? 'wiki:1'), domainFeature: num('domain-feature', 0, argv) === 1,
    margin: num('margin', 0, argv),
    ...(flag('margin-o', argv) === undefined ? {} : { marginO: num('margin-o', 0, argv) }),
    clusters: num('clusters', 0, argv), clusterVocab: num('cluster-vocab', 8000, argv),
    pairs: num('pairs', 0, argv) === 1,
    ...(flag('pair-prune', argv) === undefined ? {} : { pairPrune: num('pair-prune', 0, argv) }),
  };
}

/** --lex=clubs,names,cities,places,heads: the ner-extra lexicons (heads: the project's institution head words) the gazetteer takes in (gazetteer.ts). */
export function lexFlag(argv = process.argv): ExtraLexicons {
  const v = new Set((flag('lex', argv) ?? '').split(',').filter(Boolean));
  for (const k of v) if (!['clubs', 'names', 'cities', 'places', 'heads'].includes(k)) throw new Error(`--lex: unknown lexicon ${k}`);
  return { clubs: v.has('clubs'), names: v.has('names'), cities: v.has('cities'), places: v.has('places'), heads: v.has('heads') };
}
