import { browser } from 'wxt/browser';
import type { Clipping } from '../lib/clippings/model';
import type { Message, Responses } from '../lib/messaging/messages';
import { sourceUrl } from '../lib/clippings/source-url';
import { safeHref } from './format';

/**
 * «Open the source» of a clipping: the link's address carries a text fragment (the browser scrolls
 * to the passage by itself); a plain click asks the background to open it, so the page's content
 * script scrolls to the passage, flashes it, or says it is gone. Modified clicks stay the browser's.
 */
export function sourceLink(clipping: Clipping): { href: string | undefined; onClick(e: MouseEvent): void } {
  const href = safeHref(clipping.url) && sourceUrl(clipping);
  return {
    href,
    onClick(e) {
      if (!href || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      void (browser.runtime.sendMessage({ type: 'popup:open-source', id: clipping.id } satisfies Message) as Promise<Responses['popup:open-source'] | null>)
        .catch(() => null)
        .then((r) => { if (!r?.ok) window.open(href, '_blank', 'noreferrer'); });
    },
  };
}
