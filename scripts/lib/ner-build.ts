/** Train the model from ANERcorp train and serialize it as the model file. */
import { PAIR_AFTER, PAIR_BEFORE, sentenceFeatures, type Gazetteer } from '../../lib/arabic/entities/features';
import { NER_FORMAT, NER_VERSION, allowedTransitions, toBilou, toIob2, viterbi, type NerModelFile } from '../../lib/arabic/entities/model';
import { docFeatures, docStats } from '../../lib/arabic/entities/docfeatures';
import { trainCrf } from './crf';
import type { Sentence } from './conll';
import type { GazetteerLists } from './gazetteer';
import { nameLikeExamples, trainNameLike } from './namelike-train';
import { parseNameLike } from '../../lib/arabic/entities/namelike';
import { trainPerceptron, type TrainSentence } from './perceptron';
import { CLUSTER_DEFAULTS, wordClusters } from './word-clusters';

const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'];
export const TAGS = ['O', ...TYPES.flatMap((t) => ['B-' + t, 'I-' + t])];
/** BILOU: a one-word entity (U-) and an entity's last word (L-) get tags of their own. */
export const BILOU_TAGS = ['O', ...TYPES.flatMap((t) => ['B-' + t, 'I-' + t, 'L-' + t, 'U-' + t])];
const BILOU_NO_MISC = BILOU_TAGS.filter((t) => !t.endsWith('MISC'));
export type Scheme = 'iob2' | 'bilou';

export const CREDITS =
  'Trained on ANERcorp (Benajiba & Rosso 2008; CAMeL Lab splits), CC BY-SA 4.0, WikiFANE Gold (Alotaibi & Lee 2014) and ' +
  'AQMAR (Mohit et al. 2012), CC BY-SA 3.0: this model is CC BY-SA 4.0. ' +
  'Gazetteer from AKhateeb/arabic-names (MIT), world-cities-translations (Wikidata, CC BY 4.0), ' +
  'Unicode CLDR territory names (cldr-localenames-full, Unicode-3.0), i18n-iso-countries (MIT), ' +
  'ArWikiCats club and people names (MIT) and Wikidata person-name words (Merhav & Ash 2018, CC0).';

export type Learner = 'crf' | 'perceptron';

/** l2, lr, decay, avgFrom: the CRF's (crf.ts); the perceptron ignores them. */
export interface BuildOptions {
  learner: Learner; epochs: number; seed: number; scale: number; minCount: number; bags: number; prune: number; stack: boolean;
  l2: number; lr: number; decay: number; avgFrom: number; folds?: number; verbose?: boolean;
  /** Name-likeness features (namelike.ts). */
  nl: boolean;
  /** Tag scheme the model learns (it always tags IOB2 for the rest of the pipeline). */
  scheme?: Scheme;
  /** Learn MISC as its own type (true) or as O. */
  misc?: boolean;
  /** BILOU tags share their IOB2 tag's weights (perceptron only). */
  tie?: boolean;
  /** Update size of sentences by domain (Sentence.domain; news has none and counts 1). */
  domainWeight?: Record<string, number>;
  /** A bias feature "dom=<domain>" on every token of a sentence from another domain: tag priors of its own. */
  domainFeature?: boolean;
  /** Perceptron only: the training margin of each wrong tag, and of O where a name is gold (perceptron.ts: marginO defaults to margin). */
  margin?: number;
  marginO?: number;
  /** Word clusters from the training sentences' words (word-clusters.ts): their number, 0 for none. */
  clusters?: number;
  /** How many words the cluster table keeps (the most frequent). */
  clusterVocab?: number;
  /** Word-pair features (features.ts: pairKey), kept where a weight reaches pairPrune (they are many and each is rare). */
  pairs?: boolean;
  pairPrune?: number;
}

/** How much a sentence's updates count in training. */
function weightOf(s: Sentence, opt: BuildOptions): number {
  return s.domain ? opt.domainWeight?.[s.domain] ?? 1 : 1;
}

export function buildModel(train: Sentence[], lists: GazetteerLists, opt: BuildOptions): NerModelFile {
  const gaz: Gazetteer = {
    first: new Set(lists.first), last: new Set(lists.last), place: new Set(lists.place),
    ...(lists.club ? { club: new Set(lists.club), clubPart: new Set(lists.clubPart) } : {}),
    ...(lists.pname ? { pname: new Set(lists.pname) } : {}),
    ...(lists.city ? { city: new Set(lists.city) } : {}),
    ...(lists.orgHead ? { orgHead: new Set(lists.orgHead) } : {}),
  };
  // Clusters see only the words of the sentences this model trains on (no tags): in CV, not the held-out fold.
  const clusters = opt.clusters ? wordClusters(train.map((s) => s.words), { ...CLUSTER_DEFAULTS, k: opt.clusters, vocab: opt.clusterVocab ?? CLUSTER_DEFAULTS.vocab, seed: opt.seed }) : undefined;
  if (clusters) gaz.cluster = new Map(Object.entries(clusters));
  // The name-likeness model that ships is trained on all of train; each training sentence is scored
  // by one trained without its fold (jackknife), so a word never vouches for its own letters.
  const namelike = opt.nl ? trainNameLike(nameLikeExamples(train, lists)) : undefined;
  const fold = (i: number): number => Math.floor(i / DOC) % FOLDS;
  const foldGaz: Gazetteer[] = [];
  for (let f = 0; f < FOLDS; f++) {
    foldGaz.push(opt.nl ? { ...gaz, nl: parseNameLike(trainNameLike(nameLikeExamples(train.filter((_, i) => fold(i) !== f), lists))) } : gaz);
  }
  const ids = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  const featSents = train.map((s, i) => {
    const fs = sentenceFeatures(s.words, foldGaz[fold(i)]!, opt.pairs);
    if (opt.domainFeature && s.domain) for (const tok of fs) tok.push('dom=' + s.domain);
    return fs;
  });
  for (const fs of featSents) for (const tok of fs) for (const f of tok) {
    const id = ids.get(f);
    if (id === undefined) { ids.set(f, names.length); names.push(f); counts.push(1); } else counts[id]!++;
  }
  const tags = tagsOf(opt);
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const data: TrainSentence[] = train.map((s, k) => ({
    feats: featSents[k]!.map((tok) => Int32Array.from(tok.map((f) => ids.get(f)!).filter((id) => counts[id]! >= opt.minCount))),
    gold: Int32Array.from(goldTags(s.tags, opt), (t) => { const i = tagIndex.get(t); if (i === undefined) throw new Error(`unknown tag ${t}`); return i; }),
    weight: weightOf(s, opt),
  }));
  const T = tags.length;
  const { weights, transitions } = trainBagged(data, names.length, opt, opt.seed);
  const q = (w: number): number => Math.round(w * opt.scale);
  const sparseOf = (w: Float64Array, fnames: string[]): Record<string, number[]> => {
    const out: Record<string, number[]> = {};
    for (let f = 0; f < fnames.length; f++) {
      const sparse: number[] = [];
      const name = fnames[f]!;
      const prune = name.startsWith(PAIR_BEFORE) || name.startsWith(PAIR_AFTER) ? opt.pairPrune ?? opt.prune : opt.prune;
      for (let t = 0; t < T; t++) { const v = q(w[f * T + t]!); if (Math.abs(v) >= prune) sparse.push(t, v); }
      if (sparse.length) out[name] = sparse;
    }
    return out;
  };
  const features = sparseOf(weights, names);
  // The domain bias only soaks up the other domain's tag priors in training: news text never has it.
  for (const f of Object.keys(features)) if (f.startsWith('dom=')) delete features[f];
  const pairs = opt.pairs ? pairRowsOf(features, T) : undefined;
  const stage2 = opt.stack ? trainStage2(train, data, names.length, opt, sparseOf, q) : undefined;
  // Words that begin PERS/LOC/ORG entities, with counts: the span builder prefers, among a word's
  // clitic readings, the one seen most often as an entity start ("وبغداد" → "بغداد").
  const entityWords: Record<string, number> = {};
  for (const s of train) s.tags.forEach((t, i) => {
    if (!/^B-(PERS|LOC|ORG)$/.test(t)) return;
    const w = s.words[i]!;
    entityWords[w] = (entityWords[w] ?? 0) + 1;
  });
  const sortedEW: Record<string, number> = {};
  for (const k of Object.keys(entityWords).sort()) sortedEW[k] = entityWords[k]!;
  return {
    format: NER_FORMAT,
    version: NER_VERSION,
    credits: CREDITS,
    tags,
    scale: opt.scale,
    transitions: Array.from(transitions, q),
    features,
    gazetteer: lists,
    entityWords: sortedEW,
    ...(stage2 ? { stage2 } : {}),
    ...(namelike ? { namelike } : {}),
    ...(clusters ? { clusters } : {}),
    ...(pairs ? { pairs } : {}),
  };
}

/**
 * Word-pair features out of `features` into the file's pair rows (NerModelFile.pairs): one row a pair,
 * the right word's weights at tags 0…T-1 and the left word's at T…2T-1.
 */
function pairRowsOf(features: Record<string, number[]>, T: number): Record<string, number[]> {
  const pairs: Record<string, number[]> = {};
  for (const name of Object.keys(features).sort()) {
    const after = name.startsWith(PAIR_AFTER);
    if (!after && !name.startsWith(PAIR_BEFORE)) continue;
    const key = name.slice((after ? PAIR_AFTER : PAIR_BEFORE).length);
    const row = (pairs[key] ??= []);
    const sparse = features[name]!;
    for (let k = 0; k < sparse.length; k += 2) row.push(sparse[k]! + (after ? T : 0), sparse[k + 1]!);
    delete features[name];
  }
  return pairs;
}

/** Sentences per pseudo-document in ANERcorp (it has no document marks). */
export const DOC = 25;
const FOLDS = 4;

/**
 * Second stage: first-pass tags for every training sentence come from a model trained on the
 * other folds (as on unseen text), then document-feature weights are learned on top of those
 * first-pass emission scores.
 */
function trainStage2(train: Sentence[], data: TrainSentence[], nFeatures: number, opt: BuildOptions,
  sparseOf: (w: Float64Array, names: string[]) => Record<string, number[]>, q: (w: number) => number): NerModelFile['stage2'] {
  const tags = tagsOf(opt);
  const T = tags.length;
  const allowed = allowedTransitions(tags);
  const base: Float32Array[] = new Array<Float32Array>(train.length);
  const pass1: string[][] = new Array<string[]>(train.length);
  const folds = opt.folds ?? FOLDS;
  const fold = (i: number): number => Math.floor(i / DOC) % folds;
  for (let f = 0; f < folds; f++) {
    const m = trainBagged(data.filter((_, i) => fold(i) !== f), nFeatures, opt, opt.seed);
    const tr = Float32Array.from(m.transitions);
    data.forEach((s, i) => {
      if (fold(i) !== f) return;
      const n = s.gold.length;
      const e = new Float32Array(n * T);
      for (let k = 0; k < n; k++) for (const id of s.feats[k]!) for (let t = 0; t < T; t++) e[k * T + t]! += m.weights[id * T + t]!;
      base[i] = e;
      pass1[i] = Array.from(viterbi(e, n, T, tr, allowed), (t) => toIob2(tags[t]!));
    });
  }
  const ids = new Map<string, number>();
  const names: string[] = [];
  const data2: TrainSentence[] = [];
  for (let d = 0; d < train.length; d += DOC) {
    const doc = train.slice(d, d + DOC);
    const stats = docStats(doc.map((s) => s.words), pass1.slice(d, d + DOC));
    doc.forEach((_, k) => {
      const feats = docFeatures(stats, k).map((fs) => Int32Array.from(fs, (f) => {
        let id = ids.get(f);
        if (id === undefined) { id = names.length; ids.set(f, id); names.push(f); }
        return id;
      }));
      data2.push({ feats, gold: data[d + k]!.gold, base: base[d + k]!, weight: data[d + k]!.weight });
    });
  }
  const m2 = trainBagged(data2, names.length, opt, opt.seed + 1000);
  return { transitions: Array.from(m2.transitions, q), features: sparseOf(m2.weights, names) };
}

function goldTags(tags: readonly string[], opt: BuildOptions): readonly string[] {
  const t = opt.misc === false ? tags.map((x) => (x.endsWith('-MISC') ? 'O' : x)) : tags;
  return opt.scheme === 'bilou' ? toBilou(t) : t;
}

/** Each tag's IOB2 tag as an index: what BILOU tags share when tied (perceptron.ts). */
export function tieOf(tags: readonly string[]): Int32Array {
  const iob = [...new Set(tags.map(toIob2))];
  return Int32Array.from(tags, (t) => iob.indexOf(toIob2(t)));
}

function tagsOf(opt: BuildOptions): string[] {
  if (opt.scheme === 'bilou') return opt.misc === false ? BILOU_NO_MISC : BILOU_TAGS;
  return TAGS;
}

function train1(data: TrainSentence[], nFeatures: number, opt: BuildOptions, seed: number): { weights: Float64Array; transitions: Float64Array } {
  if (opt.learner === 'perceptron') {
    return trainPerceptron(data, nFeatures, tagsOf(opt), {
      epochs: opt.epochs, seed, ...(opt.tie ? { tie: tieOf(tagsOf(opt)) } : {}),
      ...(opt.margin ? { margin: opt.margin } : {}), ...(opt.marginO !== undefined ? { marginO: opt.marginO } : {}),
    });
  }
  const t0 = performance.now();
  const log = opt.verbose
    ? (ep: number, loss: number): void => console.log(`  crf epoch ${ep + 1}: loss ${loss.toFixed(1)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`)
    : undefined;
  return trainCrf(data, nFeatures, tagsOf(opt), { epochs: opt.epochs, seed, l2: opt.l2, lr: opt.lr, decay: opt.decay, avgFrom: opt.avgFrom }, log);
}

/** Several models that differ only in sentence order, averaged: less variance than one. */
function trainBagged(data: TrainSentence[], nFeatures: number, opt: BuildOptions, seed: number): { weights: Float64Array; transitions: Float64Array } {
  const T = tagsOf(opt).length;
  const weights = new Float64Array(nFeatures * T);
  const transitions = new Float64Array((T + 1) * T);
  for (let b = 0; b < opt.bags; b++) {
    const m = train1(data, nFeatures, opt, seed + b);
    for (let k = 0; k < weights.length; k++) weights[k]! += m.weights[k]! / opt.bags;
    for (let k = 0; k < transitions.length; k++) transitions[k]! += m.transitions[k]! / opt.bags;
  }
  return { weights, transitions };
}
