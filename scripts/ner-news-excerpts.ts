/**
 * npx tsx scripts/ner-news-excerpts.ts LINE… — prints the excerpts of those corpus lines (ner-news.ts: excerptOf),
 * for annotating a new own-news batch by hand (tests/data/ner-news/ANNOTATING.md) before any model runs on it.
 */
import { dataFile } from './bench/_util';
import { NEWS_CORPUS, excerptOf } from './lib/ner-news';

const lines = dataFile(NEWS_CORPUS).split('\n');
for (const arg of process.argv.slice(2)) {
  const row = lines[Number(arg)];
  if (!row) { console.error(`no corpus line ${arg}`); process.exit(2); }
  console.log(`# ${arg}\n${excerptOf((JSON.parse(row) as { content: string }).content)}\n`);
}
