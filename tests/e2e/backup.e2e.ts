import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION, launch, type Browser } from '../../scripts/lib/browser';
import { glide, press } from './pointer';
import { importFile, removeImportFiles } from './harness';
import { EXPORT_VERSION } from '../../lib/clippings/export-json';

/**
 * The reader's own backup, from the Arabic options page into the download folder.
 *
 * Chromium shows its permission prompt for `permissions.request` and nothing in automation can answer
 * it (no CDP method grants an extension permission: Browser.grantPermissions is for web origins), so
 * the test loads a copy of the build whose manifest already holds "downloads": the click still goes
 * through permissions.request (which then answers yes at once) and everything after it is the
 * shipped code.
 */
let browser: Browser;
let copy: string;
let downloads: string;
let home: string;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'qusasat-backup-ext-'));
  cpSync(EXTENSION, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as { permissions: string[]; optional_permissions?: string[] };
  expect(manifest.optional_permissions).toContain('downloads');
  expect(manifest.permissions).not.toContain('downloads');
  manifest.permissions.push('downloads');
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  // The browser's default download folder is $HOME/Downloads: a home of the test's own.
  home = mkdtempSync(join(tmpdir(), 'qusasat-home-'));
  downloads = join(home, 'Downloads');
  mkdirSync(downloads);
  const realHome = process.env.HOME;
  process.env.HOME = home;
  try { browser = await launch(true, true, 'ar', copy); } finally { process.env.HOME = realHome; }
});

afterAll(async () => {
  await browser?.close();
  await removeImportFiles();
  for (const d of [copy, home]) if (d) rmSync(d, { recursive: true, force: true });
});

function record(n: number): Record<string, unknown> {
  const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
  return {
    id: `backup-${n}`, createdAt: at, updatedAt: at, url: `https://news.example/a/${n}`, site: 'news.example', title: `عنوان ${n}`,
    byline: null, published: '2026-01-01', text: `نص محفوظ للنسخة رقم ${n}`, prefix: '', suffix: '', position: null, kind: 'selection',
    speaker: null, entities: [], note: `ملاحظة ${n}`, tags: ['نسخ'],
  };
}

async function clickByHand(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  await glide(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, 12);
  await press(page);
}

describe('the reader\'s backup, end to end', () => {
  it('turns on weekly backups and backs up now: the dated file in the downloads holds every clipping', async () => {
    // Three clippings, imported as a reader would in the library.
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('main').waitFor();
    await importFile(library, 'seed.json', JSON.stringify({ version: 1, clippings: [record(1), record(2), record(3)] }, null, 2));
    await expect.poll(() => library.locator('.lib-item').count(), { timeout: 15_000 }).toBe(3);
    await library.close();

    const options = await browser.context.newPage();
    // Playwright's own download handling names files by a GUID; the browser's default keeps the name.
    const cdp = await browser.context.newCDPSession(options);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('.opt-backup-last').waitFor();
    expect(await options.locator('.opt-backup-last').textContent()).toBe('لم تُكتب نسخة احتياطية بعد.');

    await options.locator('.opt-backup').scrollIntoViewIfNeeded();
    await clickByHand(options, '.opt-backup-schedule input[value="weekly"]');
    await expect.poll(() => options.locator('.opt-backup-schedule input[value="weekly"]').isChecked()).toBe(true);

    await clickByHand(options, '.opt-backup-now');
    await expect.poll(() => options.locator('.opt-backup-last').textContent(), { timeout: 15_000 }).toContain('فيها 3 قصاصات');
    expect(await options.locator('.opt-backup [role="alert"]').count()).toBe(0);

    const name = `qusasat-backup-${new Date().toISOString().slice(0, 10)}.json`;
    await expect.poll(() => existsSync(join(downloads, name)), { timeout: 15_000 }).toBe(true);
    const file = JSON.parse(readFileSync(join(downloads, name), 'utf8')) as { version: number; clippings: Array<Record<string, unknown>> };
    expect(file.version).toBe(EXPORT_VERSION);
    expect(file.clippings.map((c) => c.id).sort()).toEqual(['backup-1', 'backup-2', 'backup-3']);
    expect(file.clippings.find((c) => c.id === 'backup-2')).toMatchObject({ text: 'نص محفوظ للنسخة رقم 2', note: 'ملاحظة 2', tags: ['نسخ'] });
    expect(readdirSync(downloads).filter((f) => !f.endsWith('.crdownload'))).toEqual([name]);

    // The schedule survives a reload, and the last backup's result is shown again.
    await options.reload();
    await options.locator('.opt-backup-last').waitFor();
    expect(await options.locator('.opt-backup-schedule input[value="weekly"]').isChecked()).toBe(true);
    expect(await options.locator('.opt-backup-last').textContent()).toContain('فيها 3 قصاصات');
    await options.close();
  });
});
