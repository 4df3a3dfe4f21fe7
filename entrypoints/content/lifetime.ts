import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT ends a content script when another copy of it announces itself with a DOM event on
 * `document`. A page's script can dispatch that same event (its name is only the extension id and
 * the script's name), which would switch Qusasat off on that page. Stop the event on its way down,
 * at the window's capture phase, before WXT's listener on `document` sees it, as long as this copy's
 * extension is alive. A copy left over from an update (no runtime id any more) lets the event through
 * and gives way to the new one, as WXT intends.
 */
export function guardLifetime(ctx: ContentScriptContext): void {
  // WXT keeps the name on a static its types mark private; it is there at run time.
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(name, (e) => { if (browser.runtime?.id) e.stopImmediatePropagation(); }, { capture: true, signal: ctx.signal });
}
