/**
 * Two builds of the extension side by side, under the same load: `npx tsx
 * scripts/bench/_compare-library.ts DIR_A DIR_B [ROUNDS]` (each a built chrome-mv3 folder) imports
 * 10,000 synthetic clippings into each, then reloads their library and review tab in turns and
 * prints the medians of the first screen and the review view's opening (the marks the bench reads).
 * `--review`: the review tab only (a list's opening keeps its page busy for seconds after its first
 * screen, which the other browser's next reload then shares).
 */
import type { Page } from 'playwright-core';
import { launch, type Browser } from '../lib/browser';
import { synthesize } from './_clippings-data';
import { timeImports } from './_import-chromium';
import { median } from './_util';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const reviewOnly = process.argv.includes('--review');
const [dirA, dirB] = args;
if (!dirA || !dirB) throw new Error('usage: _compare-library.ts DIR_A DIR_B [ROUNDS]');
const rounds = Number(args[2] ?? 7);
const clippings = synthesize(10_000);
interface Side { dir: string; browser: Browser; page: Page; first: number[]; review: number[] }
const sides: Side[] = [];
for (const dir of [dirA, dirB]) {
  const browser = await launch(true, true, 'ar', dir);
  const { page } = await timeImports(browser, clippings, 1);
  sides.push({ dir, browser, page, first: [], review: [] });
}
const open = async (s: Side, hash: string, mark: string): Promise<number> => {
  await s.page.evaluate((h: string) => { location.hash = h; }, hash);
  await s.page.reload();
  await s.page.waitForFunction((m: string) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000, polling: 5 });
  const t = await s.page.evaluate((m: string) => performance.getEntriesByName(m)[0]!.startTime, mark);
  await s.page.waitForTimeout(1500);
  return t;
};
try {
  for (let r = 0; r < rounds; r++) {
    if (!reviewOnly) for (const s of sides) s.first.push(await open(s, '#/', 'qusasat-library-rendered'));
    for (const s of sides) s.review.push(await open(s, '#/review', 'qusasat-review-rendered'));
  }
  for (const s of sides) console.log(`${s.dir}: first screen ${median(s.first).toFixed(0)} ms [${s.first.map(Math.round).join(' ')}], review ${median(s.review).toFixed(0)} ms [${s.review.map(Math.round).join(' ')}]`);
} finally {
  for (const s of sides) await s.browser.close();
}
