/**
 * Person / place / org recognition: the learned model when one is given, else the rule-based first
 * cut. The model is loaded by the caller (the background worker reads public/models/ner.bin) and
 * may be registered once as the default that analyze() uses.
 *
 * Learned pipeline: sentences.ts (ANERcorp-like tokens) → model.ts (perceptron emissions, Viterbi)
 * → tagger.ts (second pass with docfeatures.ts) → span-rules.ts (titles, nationalities, acronyms,
 * org heads, name links) → postprocess.ts (document consistency) → learned.ts (spans, clitics.ts).
 */
import type { Span } from '../types';
import { recognizeWithModel } from './learned';
import type { NerModel } from './model';
import { recognizeEntitiesByRules } from './rules';

export { parseNerModel, type NerModel } from './model';
export { recognizeEntitiesByRules } from './rules';

let defaultModel: NerModel | null = null;

/** Register the model analyze() uses when its options name none (null: back to the rules). */
export function setDefaultNerModel(model: NerModel | null): void {
  defaultModel = model;
}

/**
 * Person/place/org spans on raw text. `model` undefined: the default model (setDefaultNerModel);
 * null, or no default registered: the rule-based recognizer.
 */
export function recognizeEntities(text: string, model: NerModel | null | undefined = defaultModel): Span[] {
  return model ? recognizeWithModel(text, model) : recognizeEntitiesByRules(text);
}
