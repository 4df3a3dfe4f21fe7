import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { Clipping } from '../../lib/clippings/model';
import { anchorAll } from '../../lib/page/anchor';
import { setMark } from '../../lib/page/paint';
import { scrollToMiddle } from '../../lib/page/scroll';
import { TextMap } from '../../lib/page/textmap';
import type { PageAnalysis } from '../../lib/page/analysis';
import type { Message, Responses } from '../../lib/messaging/messages';
import { t } from '../../components/i18n';
import type { Session } from './session';
import { showToast } from './toast';

/** How long the passage stays flashed after the page scrolls to it. */
const FLASH_MS = 2500;

/**
 * «Open the source» from the library or popup: once this page is read, ask the background whether
 * this tab was opened to show a clipping; scroll to it and flash it, or say it is no longer here.
 * Asked once per page load, only on pages that became articles (others never wake the worker).
 */
export function setupReveal(ctx: ContentScriptContext, session: Session): void {
  let asked = false;
  session.onAnalysis((analysis) => {
    if (!analysis || asked) return;
    asked = true;
    void (browser.runtime.sendMessage({ type: 'content:pending-reveal' } satisfies Message) as Promise<Responses['content:pending-reveal'] | null>)
      .catch(() => null)
      .then((r) => { if (r?.ok && r.clipping && !ctx.isInvalid) void reveal(ctx, r.clipping, analysis); });
  });
}

async function reveal(ctx: ContentScriptContext, clipping: Clipping, analysis: PageAnalysis): Promise<void> {
  const range = locate(clipping, analysis);
  if (!range) {
    void showToast(ctx, t('toastPassageMissing'), 'error');
    return;
  }
  const box = range.getClientRects()[0];
  if (box) await scrollToMiddle(box);
  setMark('focus', [range]);
  ctx.setTimeout(() => setMark('focus', []), FLASH_MS);
}

/** The passage in the article body, else anywhere in the page (cut outside the body, or moved). */
function locate(clipping: Clipping, analysis: PageAnalysis): Range | null {
  if (clipping.kind === 'article') return null;
  const map = analysis.article.map;
  const inBody = map && clipping.position ? anchorAll(map, [clipping]).found[0] : undefined;
  return inBody?.range ?? anchorAll(TextMap.fromElement(document.body), [{ ...clipping, position: null }]).found[0]?.range ?? null;
}
