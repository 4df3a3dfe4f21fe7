import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from '../../scripts/lib/browser';
import { serveFixtures, type Site } from './harness';

// The Firefox build (MV2), loaded as a temporary add-on into Debian's firefox-esr over WebDriver BiDi.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(ROOT, '.output', 'firefox-mv2');

let site: Site;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error('no Firefox build: run `npm run build:firefox` first');
  site = await serveFixtures();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // No network of its own: updates, telemetry and remote settings stay off.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'services.settings.server': 'http://127.0.0.1:9/' },
  });
  await browser.installExtension(BUILD);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('Firefox', () => {
  it('highlights the sample article with the Firefox build', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('/article.html'));
    // Firefox installs the temporary add-on and starts its background page as the test begins: on a
    // busy machine the first highlight once took over 15 s to come (it comes in under 1 s alone).
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 45_000 });
    const h = await page.evaluate(() => {
      const out: Record<string, string[]> = {};
      CSS.highlights.forEach((v, k) => { out[k] = [...v].map((r) => (r as Range).toString()); });
      return out;
    });
    expect(h['qusasat-place']).toContain('بغداد');
    expect(h['qusasat-date']).toContain('يوم الثلاثاء 14 مارس 2023');
    expect(h['qusasat-quote']!.length).toBeGreaterThan(0);
    await page.close();
  });
});
