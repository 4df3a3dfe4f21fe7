import type { ClippingStore } from '../clippings/store';
import type { PageMarks } from './messages';

/**
 * How the popup and library reach their data and the rest of the extension. The data is the
 * database itself (`store`: the extension's pages share its origin), so no message ever carries
 * the library; only what needs the background or a tab stays a message. A runtime connector for
 * the extension, a mock for tests.
 */
export interface Connector {
  readonly store: ClippingStore;
  /** The active tab's saved passages: which are marked, which were not found. Null off an article tab. */
  pageMarks(): Promise<PageMarks | null>;
  /** Save the whole article in the active tab. */
  saveArticle(): Promise<'saved' | 'duplicate' | 'error' | 'empty'>;
  /** Bring the open library tab to the front, or open one. */
  openLibrary(): Promise<void>;
  /** This page changed the library: open article tabs re-mark their saved passages. */
  libraryChanged(): void;
}
