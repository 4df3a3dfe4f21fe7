import type { Clipping } from '../clippings/model';
import type { ClippingPatch, ImportResult } from '../clippings/store';
import type { PageMarks } from './messages';

/** An import that stopped part-way (a write failed after some batches were stored). */
export class PartialImportError extends Error {
  constructor(message: string, readonly added: number) {
    super(message);
  }
}

/** How the popup and library talk to the background. One interface, a runtime one and a mock. */
export interface Connector {
  /** Newest first. `onPage` sees the list grow as it arrives (the first page comes quickly). */
  listClippings(onPage?: (soFar: Clipping[]) => void): Promise<Clipping[]>;
  deleteClipping(id: string): Promise<void>;
  deleteClippings(ids: string[]): Promise<void>;
  updateClipping(id: string, patch: ClippingPatch): Promise<Clipping>;
  /** Put deleted clippings back as they were (undo). */
  restoreClippings(clippings: Clipping[]): Promise<void>;
  /** Add already validated clippings; duplicates are skipped and counted. */
  importClippings(clippings: Clipping[]): Promise<ImportResult>;
  /** The active tab's saved passages: which are marked, which were not found. Null off an article tab. */
  pageMarks(): Promise<PageMarks | null>;
  /** Save the whole article in the active tab. */
  saveArticle(): Promise<'saved' | 'duplicate' | 'error' | 'empty'>;
  /** Open the full-page library in a tab. */
  openLibrary(): Promise<void>;
}
