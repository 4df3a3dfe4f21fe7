import { ClippingsDb } from '../clippings/db';
import type { Clipping } from '../clippings/model';
import { ClippingStore } from '../clippings/store';
import type { Connector } from './connector';
import type { PageMarks } from './messages';

let n = 0;

/** A connector for component tests: a real store on its own (fake) database, the background faked. */
export class MockConnector implements Connector {
  marks: PageMarks | null = null;
  opened = 0;
  changes = 0;
  articleStatus: 'saved' | 'duplicate' | 'error' | 'empty' = 'empty';

  constructor(readonly store: ClippingStore = new ClippingStore(new ClippingsDb(`mock-${Date.now()}-${n++}`))) {}

  /** A connector whose database already holds these clippings. */
  static async with(clippings: Clipping[] = []): Promise<MockConnector> {
    const c = new MockConnector();
    if (clippings.length) await c.store.importMany(clippings);
    return c;
  }

  /** Everything stored, newest first (for assertions). */
  async all(): Promise<Clipping[]> {
    return this.store.list();
  }

  async pageMarks(): Promise<PageMarks | null> {
    return this.marks;
  }
  async saveArticle(): Promise<'saved' | 'duplicate' | 'error' | 'empty'> {
    return this.articleStatus;
  }
  async openLibrary(): Promise<void> {
    this.opened++;
  }
  libraryChanged(): void {
    this.changes++;
  }
}
