/**
 * Synthetic clippings for the library benchmarks: passages cut from the shared news corpus, with
 * the entities the analyzer finds in them, spread over sites, days and tags. Never stored in the project.
 */
import { analyze } from '../../lib/arabic/analyze';
import { makeDraft } from '../../lib/clippings/draft';
import type { Clipping } from '../../lib/clippings/model';
import { corpusTexts } from './_util';

const SITES = ['aawsat.com', 'alriyadh.com', 'okaz.com.sa', 'alyaum.com', 'sabq.org', 'alwatan.com.sa'];
const TAGS = ['سياسة', 'اقتصاد', 'رياضة', 'صحة', 'تعليم', 'أمن', 'ثقافة'];

export function synthesize(count: number, articles = 400): Clipping[] {
  const texts = corpusTexts(articles);
  if (!texts.length) throw new Error('the corpus has no article text');
  const analyzed = texts.map((t) => ({ text: t, spans: analyze(t, { ref: '2015-07-21' }) }));
  const out: Clipping[] = [];
  const t0 = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const a = analyzed[i % analyzed.length]!;
    const kind = i % 40 === 0 ? 'article' : i % 7 === 0 ? 'quote' : 'selection';
    // A passage of 1–3 sentences from a pseudo-random place in the article.
    const len = Math.min(a.text.length, kind === 'article' ? a.text.length : 120 + ((i * 7919) % 480));
    const start = kind === 'article' ? 0 : (i * 104729) % Math.max(1, a.text.length - len);
    const site = SITES[i % SITES.length]!;
    const url = `https://${site}/article/${i % analyzed.length}/${Math.floor(i / analyzed.length)}`;
    const draft = makeDraft({ url, title: a.text.slice(0, 60), byline: null, published: '2015-07-21', bodyText: a.text, position: { start, end: start + len }, selectedText: '', spans: a.spans, kind });
    if (!draft) continue;
    const at = new Date(t0 + i * 37 * 60_000).toISOString();
    out.push({ ...draft, id: `bench-${i}`, createdAt: at, updatedAt: at, note: i % 5 === 0 ? 'ملاحظة للمراجعة' : '', tags: i % 3 === 0 ? [TAGS[i % TAGS.length]!] : [] });
  }
  return out.reverse(); // newest first, as the store lists them
}
