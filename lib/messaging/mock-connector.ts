import type { Clipping } from '../clippings/model';
import { cleanTags, type ClippingPatch, type ImportResult } from '../clippings/store';
import { dedupeKey } from '../clippings/model';
import type { Connector } from './connector';
import type { PageMarks } from './messages';

/** In-memory connector for component tests and the UI without a background. Same rules as the store. */
export class MockConnector implements Connector {
  marks: PageMarks | null = null;
  opened = 0;
  /** Set to make the next write fail, as a full disk would. */
  failNext: string | null = null;
  pageSize = 200;

  constructor(public clippings: Clipping[] = []) {}

  private check(): void {
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw new Error(e);
    }
  }
  async listClippings(onPage?: (soFar: Clipping[]) => void): Promise<Clipping[]> {
    const all = [...this.clippings].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    // Like the runtime one: a first page before the rest, when there is more than a page.
    if (onPage && all.length > this.pageSize) onPage(all.slice(0, this.pageSize));
    return all;
  }
  async deleteClipping(id: string): Promise<void> {
    this.check();
    this.clippings = this.clippings.filter((c) => c.id !== id);
  }
  async deleteClippings(ids: string[]): Promise<void> {
    this.check();
    const gone = new Set(ids);
    this.clippings = this.clippings.filter((c) => !gone.has(c.id));
  }
  async updateClipping(id: string, patch: ClippingPatch): Promise<Clipping> {
    this.check();
    const old = this.clippings.find((c) => c.id === id);
    if (!old) throw new Error('this clipping no longer exists');
    const next = { ...old, ...(patch.note !== undefined ? { note: patch.note } : {}), ...(patch.tags ? { tags: cleanTags(patch.tags) } : {}), updatedAt: new Date().toISOString() };
    this.clippings = this.clippings.map((c) => (c.id === id ? next : c));
    return next;
  }
  async restoreClippings(clippings: Clipping[]): Promise<void> {
    this.check();
    const ids = new Set(clippings.map((c) => c.id));
    this.clippings = [...this.clippings.filter((c) => !ids.has(c.id)), ...clippings];
  }
  async importClippings(clippings: Clipping[]): Promise<ImportResult> {
    this.check();
    const ids = new Set(this.clippings.map((c) => c.id));
    const keys = new Set(this.clippings.map(dedupeKey));
    let added = 0;
    for (const c of clippings) {
      if (ids.has(c.id) || keys.has(dedupeKey(c))) continue;
      ids.add(c.id);
      keys.add(dedupeKey(c));
      this.clippings.push(c);
      added++;
    }
    return { added, skipped: clippings.length - added };
  }
  async pageMarks(): Promise<PageMarks | null> {
    return this.marks;
  }
  async saveArticle(): Promise<'saved' | 'duplicate' | 'error' | 'empty'> {
    return 'empty';
  }
  async openLibrary(): Promise<void> {
    this.opened++;
  }
}
