import { browser } from 'wxt/browser';
import type { Clipping } from '../clippings/model';
import { PartialImportError, type Connector } from './connector';
import { parsePageMarks, type Message, type Responses } from './messages';

async function send<T extends Message>(message: T): Promise<Responses[T['type']]> {
  return (await browser.runtime.sendMessage(message)) as Responses[T['type']];
}

function unwrap<R extends { ok: boolean; error?: string }>(r: R | undefined | null): Extract<R, { ok: true }> {
  if (!r) throw new Error('no answer from the background');
  if (!r.ok) throw new Error(r.error ?? 'unknown error');
  return r as Extract<R, { ok: true }>;
}

async function activeTabId(): Promise<number | null> {
  // No "tabs" permission needed: the id alone, never the URL.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const BATCH = 2000;
const FIRST_PAGE = 200;
// Then everything else in one message: paging by offset would walk the index again for every page.
const NEXT_PAGE = 1_000_000_000;
function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

export const runtimeConnector: Connector = {
  async listClippings(onPage) {
    // A first small page to show at once, then large ones: 10,000 clippings in one message take a second.
    const seen = new Set<string>();
    const all: Clipping[] = [];
    let offset = 0;
    for (let limit = FIRST_PAGE; ; limit = NEXT_PAGE) {
      const page = unwrap(await send({ type: 'popup:list-clippings', page: { offset, limit } })).clippings;
      offset += page.length;
      // A clipping saved meanwhile shifts the pages by one: never list one twice.
      for (const c of page) if (!seen.has(c.id)) { seen.add(c.id); all.push(c); }
      if (page.length < limit) return all;
      onPage?.([...all]);
    }
  },
  async deleteClipping(id) {
    unwrap(await send({ type: 'popup:delete-clipping', id }));
  },
  async deleteClippings(ids) {
    unwrap(await send({ type: 'popup:delete-clippings', ids }));
  },
  async updateClipping(id, patch) {
    return unwrap(await send({ type: 'popup:update-clipping', id, patch })).clipping;
  },
  async restoreClippings(clippings) {
    for (const batch of batches(clippings)) unwrap(await send({ type: 'popup:restore-clippings', clippings: batch }));
  },
  async importClippings(clippings) {
    // In batches: one message per whole library could pass the browser's message size limit.
    let added = 0;
    let skipped = 0;
    for (const batch of batches(clippings)) {
      try {
        const r = unwrap(await send({ type: 'popup:import-clippings', clippings: batch }));
        added += r.added;
        skipped += r.skipped;
      } catch (e) {
        // Earlier batches are stored: say so rather than "nothing was imported".
        throw added ? new PartialImportError((e as Error).message, added) : e;
      }
    }
    return { added, skipped };
  },
  async pageMarks() {
    const tabId = await activeTabId();
    if (tabId === null) return null;
    try {
      // A content script's answer is checked like any message: the popup lists what it holds.
      return parsePageMarks(await browser.tabs.sendMessage(tabId, { type: 'popup:page-marks' } satisfies Message));
    } catch {
      return null; // no content script there (a browser page)
    }
  },
  async saveArticle() {
    const tabId = await activeTabId();
    if (tabId === null) return 'empty';
    return unwrap(await send({ type: 'popup:save-article', tabId })).status;
  },
  async openLibrary() {
    await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  },
};
