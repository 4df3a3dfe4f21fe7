/**
 * Pages the page benchmarks load, built from the SaudiNewsNet sample in ../shared/data/corpus (never
 * copied): an article in the shape of the saved ones, and the stress pages of issue 16.
 */
import { corpusTexts } from './_util';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraphs(words: number): { html: string[]; title: string } {
  const texts = corpusTexts(400);
  const out: string[] = [];
  let n = 0;
  for (const t of texts) {
    for (const para of t.split(/\n+|(?<=[.!؟])\s+(?=\S)/).map((s) => s.trim()).filter((s) => s.length > 40)) {
      out.push(`<p>${escapeHtml(para)}</p>`);
      n += para.split(/\s+/).length;
      if (out.length % 7 === 3) out.push('<p class="read-also"><strong>اقرأ أيضا:</strong> <a href="/x">خبر آخر ذو صلة</a></p>');
      if (n >= words) break;
    }
    if (n >= words) break;
  }
  return { html: out, title: escapeHtml(texts[0]!.slice(0, 60)) };
}

/** An article page: JSON-LD, nav, body paragraphs with links, related cards; `extra` goes after the article. */
export function articlePage(words: number, extra = ''): string {
  const { html, title } = paragraphs(words);
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"خبر","datePublished":"2015-07-21T10:00:00+03:00"}</script></head>
<body><header><nav>${'<a href="/s">قسم</a> '.repeat(30)}</nav></header><main><article><h1>${title}</h1>
<div class="article-body">${html.join('\n')}</div></article>
<aside class="related">${'<a href="/r"><span>عنوان خبر ذي صلة في القسم</span></a>'.repeat(20)}</aside></main>${extra}</body></html>`;
}

/** The sample article after 200,000 small elements (a long comment thread of tiny nodes). */
export function manyElementsPage(n: number): string {
  return articlePage(2000, `<section class="comments">${'<div><span>تعليق</span> <b>١</b></div>'.repeat(Math.ceil(n / 3))}</section>`);
}

/**
 * The sample article inside markup nested `depth` elements deep. Chromium's parser stops nesting at
 * 512 and lays the rest out flat (a DOM built deeper by script crashes the renderer's layout at a few
 * thousand, extension or not), so this is the deep page a site can really serve.
 */
export function deepPage(depth: number): string {
  const page = articlePage(2000);
  const at = page.indexOf('<main>');
  const end = page.indexOf('</main>') + '</main>'.length;
  return page.slice(0, at) + '<div>'.repeat(depth) + page.slice(at, end) + '</div>'.repeat(depth) + page.slice(end);
}

/** The sample article with a ticker the page rewrites every 10 ms. */
export function mutatingPage(): string {
  return articlePage(2000, `<div id="ticker">٠</div><script>let n = 0; setInterval(() => { document.getElementById('ticker').textContent = 'عاجل ' + (++n); }, 10);</script>`);
}

export const ENGLISH_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Markets close higher as oil prices rise</title></head><body>
<nav>${'<a href="/s">Section</a> '.repeat(60)}</nav><article><h1>Markets close higher</h1>${'<p>Stocks rose on Tuesday as investors weighed new data on inflation and the outlook for interest rates, while oil prices climbed for a third day.</p>'.repeat(200)}</article></body></html>`;
