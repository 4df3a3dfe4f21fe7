/**
 * Tags a document (a list of sentences of normalized words) with IOB2 tags: the model's Viterbi
 * decoding per sentence, then document-level post-processing (see postprocess.ts).
 */
import { tagSentence, type NerModel } from './model';
import { postprocess } from './postprocess';
import { applySpanRules } from './span-rules';

export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const tags = sentences.map((s) => applySpanRules(model, s, tagSentence(model, s)));
  return postprocess(model, sentences, tags);
}
