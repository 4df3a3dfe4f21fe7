/** The learned recognizer on raw text: sentences → model tags → person/place/org Spans. */
import type { EntityKind, Span } from '../types';
import { originalPrefixLength } from '../tokenize';
import { cliticPrefixLength } from './clitics';
import type { NerModel } from './model';
import { nerSentences } from './sentences';
import { tagDocument } from './tagger';

const KIND: Record<string, EntityKind> = { PERS: 'person', LOC: 'place', ORG: 'org' };
const NONE: readonly string[] = [];

export function recognizeWithModel(text: string, model: NerModel): Span[] {
  const sentences = nerSentences(text);
  // How «علي/على» was written tells the name from the preposition, which normalizing folds together.
  const written = sentences.map((s) => (s.some((t) => t.norm === 'علي') ? s.map((t) => (t.norm === 'علي' ? text.slice(t.start, t.end) : '')) : NONE));
  const tags = tagDocument(model, sentences.map((s) => s.map((t) => t.norm)), written);
  const spans: Span[] = [];
  sentences.forEach((sent, k) => {
    const tg = tags[k]!;
    for (let i = 0; i < sent.length; i++) {
      if (!tg[i]!.startsWith('B-')) continue;
      const type = tg[i]!.slice(2);
      let j = i + 1;
      while (j < sent.length && tg[j] === 'I-' + type) j++;
      const kind = KIND[type];
      // Punctuation never starts or ends a span.
      let a = i;
      let b = j - 1;
      while (a <= b && !sent[a]!.word) a++;
      while (b >= a && !sent[b]!.word) b--;
      if (kind && a <= b) {
        const first = sent[a]!;
        const word = text.slice(first.start, first.end);
        // Right after a name of the same kind, a leading و is the conjunction: "غادة عادل ويسرا".
        const joined = a === i && i > 0 && tg[i - 1]!.slice(2) === type && first.norm.length > 3 && first.norm.startsWith('و');
        const strip = cliticPrefixLength(first.norm, model, b > a, type);
        const start = first.start + originalPrefixLength(word, joined ? Math.max(1, strip) : strip);
        const end = sent[b]!.end;
        if (end > start) spans.push({ kind, start, end, text: text.slice(start, end) });
      }
      i = j - 1;
    }
  });
  return spans;
}
