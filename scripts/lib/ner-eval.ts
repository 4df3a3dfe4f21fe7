/** Evaluate a model on CoNLL sentences, the way the product tags a document. */
import type { NerModel } from '../../lib/arabic/entities/model';
import { tagDocument } from '../../lib/arabic/entities/tagger';
import type { Sentence } from './conll';
import { score, type Report } from './ner-score';
import { DOC } from './ner-build';

/** ANERcorp has no document marks: consecutive sentences are grouped into pseudo-documents. */
export const DOC_SENTENCES = DOC;

export function evaluate(model: NerModel, sents: Sentence[], docSize = DOC_SENTENCES): { report: Report; pred: string[][] } {
  const pred: string[][] = [];
  for (let i = 0; i < sents.length; i += docSize) {
    const doc = sents.slice(i, i + docSize);
    pred.push(...tagDocument(model, doc.map((s) => s.words), doc.map((s) => s.tokens)));
  }
  return { report: score(sents.map((s) => s.tags), pred), pred };
}
