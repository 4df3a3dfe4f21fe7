/**
 * Opens the bundled sample article with the built extension.
 *   --window    a real Chromium window; the page server runs until the window is closed.
 *   --headless  screenshots of the highlighted article, the popup, the library and its review and
 *               by-article views, the options and welcome pages to artifacts/
 *               (and to docs/screenshots/ with --docs, for the README).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, saveViaMenu, serveFixtures } from './lib/browser';

const headless = process.argv.includes('--headless');
const docs = process.argv.includes('--docs');
const site = await serveFixtures({}, headless ? 0 : 8417);
const url = site.url('/article.html');
const browser = await launch(true, headless);

const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(url);

if (!headless) {
  console.log(`Chromium is open on ${url} with Qusasat loaded.`);
  console.log('Select a sentence, right-click → «حفظ قصاصة», then open the Qusasat toolbar button. Close the window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await site.close();
  process.exit(0);
}

const out = docs ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'artifacts');
mkdirSync(out, { recursive: true });
await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 }).catch(() => {
  console.error('no highlights appeared within 10 s');
});
await page.screenshot({ path: join(out, 'article.png') });

// The hover card over a date: both calendars.
await page.locator('qusasat-card').waitFor({ state: 'attached', timeout: 10_000 }).catch(() => undefined);
const box = await page.evaluate(() => {
  const r = [...(CSS.highlights.get('qusasat-date') as unknown as Iterable<Range>)].find((x) => x.toString().includes('22 شعبان'));
  const b = r?.getClientRects()[0];
  return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
});
if (box) {
  await page.mouse.move(box.x, box.y);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(out, 'hover-card.png'), clip: { x: 300, y: Math.max(0, box.y - 120), width: 900, height: 320 } });
  await page.mouse.move(1, 1);
}

// Save a clipping through the same path as the context menu, so the popup shot shows one.
await page.evaluate(() => {
  const p = document.querySelectorAll('.article-body p')[1]!;
  const t = p.firstChild as Text;
  const r = document.createRange();
  r.setStart(t, t.data.indexOf('«') + 1);
  r.setEnd(t, t.data.indexOf('»'));
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(r);
});
await saveViaMenu(browser, page);
const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 420, height: 520 });
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await popup.locator('.clipping').first().waitFor({ timeout: 10_000 });
await popup.screenshot({ path: join(out, 'popup.png') });
const library = await browser.context.newPage();
await library.setViewportSize({ width: 1200, height: 700 });
await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
await library.waitForTimeout(1500);
await library.screenshot({ path: join(out, 'library.png') });

// Two more passages of the article, so the review and the by-article view have something to show.
for (const [n, from, to] of [[0, 'دعا', 'فؤاد حسين'], [2, 'عودة النازحين', 'فرص العمل']] as const) {
  await page.evaluate(({ n, from, to }) => {
    const t = document.querySelectorAll('.article-body p')[n]!.firstChild as Text;
    const r = document.createRange();
    r.setStart(t, t.data.indexOf(from));
    r.setEnd(t, t.data.indexOf(to) + to.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  }, { n, from, to });
  await saveViaMenu(browser, page);
}
const shots: Array<[string, string, string]> = [
  ['review.png', 'library.html#/review', '.review-card'],
  ['article-view.png', `library.html#/article?page=${encodeURIComponent(url)}`, '.article-clip'],
  ['options.png', 'options.html', '.opt-palette'],
  ['welcome.png', 'welcome.html', '.welcome-private'],
];
for (const [file, path, ready] of shots) {
  const view = await browser.context.newPage();
  await view.setViewportSize({ width: 1000, height: 760 });
  await view.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await view.locator(ready).first().waitFor({ timeout: 10_000 });
  await view.waitForTimeout(300);
  await view.screenshot({ path: join(out, file) });
  await view.close();
}
console.log(`Screenshots written to ${out}: article.png, hover-card.png, popup.png, library.png, ${shots.map(([f]) => f).join(', ')}`);
await browser.close();
await site.close();
