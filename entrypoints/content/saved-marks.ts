import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { Clipping } from '../../lib/clippings/model';
import { anchorAll } from '../../lib/page/anchor';
import { TextMap } from '../../lib/page/textmap';
import type { PageAnalysis } from '../../lib/page/analysis';
import { parseMessage, type Message, type PageMarks, type Responses } from '../../lib/messaging/messages';
import { onSaved } from './save';
import type { Session } from './session';
import { mountMarkLayer, type MarkLayer } from './mark-layer';

/**
 * On a revisit, mark the passages saved from this page (in our closed shadow root: see mark-layer),
 * and keep
 * the list of those not found for the popup. Runs once the page analysis is settled (its text map
 * is the one clippings were cut from). Pages that are not articles are left alone: asking the
 * background would wake its worker on every page the reader opens.
 */
export function setupSavedMarks(ctx: ContentScriptContext, session: Session): void {
  let marks: PageMarks | null = null;
  let layer: Promise<MarkLayer> | null = null;
  const mount = (): Promise<MarkLayer> => (layer ??= mountMarkLayer(ctx));
  const show = (ranges: Range[]): void => { mount().then((l) => l.set(ranges)).catch(() => undefined); };

  const refresh = async (): Promise<void> => {
    const a = session.current();
    if (!a) return;
    mount().catch(() => undefined); // on every article, saved passages or not: its host tells the page nothing
    const r = (await browser.runtime.sendMessage({ type: 'content:page-clippings', url: location.href } satisfies Message).catch(() => null)) as Responses['content:page-clippings'] | null;
    if (!r?.ok || ctx.isInvalid) return;
    const found = paint(r.clippings, a);
    marks = found.marks;
    show(found.ranges);
  };

  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: PageMarks | null) => void): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseMessage(raw);
    // Null off an article (or before its analysis ends): the popup then offers no page actions.
    if (msg?.type === 'popup:page-marks') sendResponse(marks);
    else if (msg?.type === 'background:clippings-changed') void refresh();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  onSaved(() => void refresh());
  session.onAnalysis((a) => {
    if (a) void refresh();
    else { marks = null; show([]); } // the site was turned off
  });
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
  });
}

/** Find this page's clippings in it: the ranges to mark, and what the popup is told. */
function paint(clippings: Clipping[], analysis: PageAnalysis): { marks: PageMarks; ranges: Range[] } {
  const map = analysis.article.map;
  if (!clippings.length || !map) return { marks: { found: [], missing: [] }, ranges: [] }; // the last one was deleted
  // Whole-article clippings are not painted (the page would be one big mark), only counted as found.
  const articles = clippings.filter((c) => c.kind === 'article');
  const parts = clippings.filter((c) => c.kind !== 'article');
  const inArticle = anchorAll(map, parts.filter((c) => c.position !== null));
  // Passages cut outside the body, or lost from it, get a second chance in the whole page's text.
  const rest = [...inArticle.missing, ...parts.filter((c) => c.position === null)];
  const inPage = rest.length ? anchorAll(TextMap.fromElement(document.body), rest.map((c) => ({ ...c, position: null }))) : { found: [], missing: [] };
  const found = [...inArticle.found, ...inPage.found];
  const byId = new Map(clippings.map((c) => [c.id, c]));
  return {
    ranges: found.map((f) => f.range),
    marks: {
      found: [...found.map((f) => f.item.id), ...articles.map((c) => c.id)],
      missing: inPage.missing.map((m) => byId.get(m.id)!),
    },
  };
}
