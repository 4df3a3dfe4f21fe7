/**
 * Where the library page's opening goes with 10,000 clippings: a look, not a bench (see
 * `npm run bench -- clippings` for the figures). `npx tsx scripts/bench/_profile-library.ts [review]`
 * imports 10,000 synthetic clippings into the built extension, reloads the library (or its review
 * tab) a few times printing the marks, then once under the CPU profiler (CDP) and prints the
 * functions by self time until the first screen.
 */
import type { CDPSession } from 'playwright-core';
import { launch } from '../lib/browser';
import { synthesize } from './_clippings-data';
import { timeImports } from './_import-chromium';
import { printTop, timeByFunction, type CpuProfile } from './_cpu-profile';

const review = process.argv.includes('review');
/** `search`: profile typing into the search box of the loaded list instead of the opening. */
const search = process.argv.includes('search');
const browser = await launch(true);
try {
  const { page } = await timeImports(browser, synthesize(10_000), 1);
  if (review) await page.evaluate(() => { location.hash = '#/review'; });
  const mark = review ? 'qusasat-review-rendered' : 'qusasat-library-rendered';
  const open = async (settle = review ? 500 : 3000): Promise<Record<string, number>> => {
    await page.reload();
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000, polling: 5 });
    await page.waitForTimeout(settle);
    return page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])));
  };
  for (let r = 0; r < 3; r++) console.log(JSON.stringify(await open()));
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  if (search) {
    await page.waitForTimeout(3000);
    await page.locator('.lib-search').focus();
    for (const q of ['الحكومة السعودية', 'وزير الخارجيه']) {
      for (let k = 1; k <= q.length; k++) { await page.keyboard.type(q[k - 1]!); await page.waitForTimeout(30); }
      await page.fill('.lib-search', '');
    }
  } else {
    // Stopped as soon as the first screen is there: the profile is of the opening only.
    console.log(JSON.stringify(await open(0)));
  }
  printTop(timeByFunction((await cdp.send('Profiler.stop')).profile as CpuProfile).self, 40);
} finally {
  await browser.close();
}
