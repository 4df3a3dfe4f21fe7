/**
 * npm run eval:pages [-- --readability] [--dir DIR]
 * For each saved page in ../shared/data/pages: the decision (Arabic news article or not) against the
 * manifest, the body's bag-of-words F1 against the source project's gold, and the publication date.
 * --readability also extracts each body with @mozilla/readability, for comparison.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { readArticle } from '../lib/page/article';
import { extractBody } from '../lib/page/extract';
import { parseHtml } from './lib/dom';
import { f1, readGold, type ManifestPage } from './lib/page-gold';
import { DATA } from './bench/_util';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dir = dirFlag >= 0 ? args[dirFlag + 1]! : join(DATA, 'pages');
const withReadability = args.includes('--readability');
const manifestPath = join(dir, 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`eval:pages: no saved pages at ${dir} (expected ../shared/data/pages/manifest.json; set QUSASAT_DATA or pass --dir)`);
  process.exit(2);
}
const pages = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { pages: ManifestPage[] }).pages;

const pct = (x: number): string => x.toFixed(3);
const pct4 = (x: number): string => x.toFixed(4);
let decisionsRight = 0;
let datesRight = 0;
let datesTotal = 0;
const bodyF1: number[] = [];
const readabilityF1: number[] = [];

console.log('page'.padEnd(38), 'want  got   decision  bodyF1  date');
for (const page of pages) {
  const html = readFileSync(join(dir, page.file), 'utf8');
  const doc = parseHtml(html, page.url);
  const gold = readGold(dir, page);
  const want = page.language === 'ar' && page.kind === 'article';
  const article = readArticle(doc);
  const got = article.detection.isArticle;
  if (got === want) decisionsRight++;
  // The body as we would extract it, also on pages we decline (for information).
  const text = article.map?.text ?? extractBody(doc)?.map.text ?? '';
  let bodyCell = '   -  ';
  if (gold.body) {
    const score = f1(text, gold.body).f1;
    bodyCell = pct(score) + (want ? ' ' : '*');
    if (want) bodyF1.push(score);
  } else if (gold.with.length) {
    const ok = gold.with.filter((w) => text.includes(w)).length;
    const bad = gold.without.filter((w) => text.includes(w)).length;
    bodyCell = `w${ok}/${gold.with.length} x${bad}`;
  }
  let dateCell = article.published ? `(no gold) ${article.published}` : '-';
  if (gold.date) {
    datesTotal++;
    const ok = article.published?.slice(0, 10) === gold.date;
    if (ok) datesRight++;
    dateCell = `${ok ? 'right' : 'WRONG'} ${article.published ?? 'null'}${ok ? '' : ` (gold ${gold.date})`}`;
  }
  if (withReadability && gold.body && want) {
    const clone = parseHtml(html, page.url);
    const r = new Readability(clone as never).parse();
    const score = f1(r?.textContent ?? '', gold.body).f1;
    readabilityF1.push(score);
    bodyCell += ` (readability ${pct(score)})`;
  }
  console.log(page.file.replace(/\.html$/, '').padEnd(38), (want ? 'yes' : 'no').padEnd(5), (got ? 'yes' : 'no').padEnd(5),
    (got === want ? 'right' : 'WRONG').padEnd(9), bodyCell.padEnd(7), dateCell, got !== want ? `[${article.detection.reason}]` : '');
}
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
console.log(`\ndecisions right: ${decisionsRight}/${pages.length}`);
console.log(`mean body F1 (Arabic articles with a gold body, n=${bodyF1.length}): ${pct4(mean(bodyF1))}` + (withReadability ? `  readability: ${pct4(mean(readabilityF1))}` : ''));
console.log('(* = F1 of the body we would extract on a page we rightly decline; not in the mean)');
console.log(`dates right: ${datesRight}/${datesTotal}`);
