import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT ends a content script when another copy of it announces itself with a DOM event on
 * `document`. A page's script can dispatch that same event (its name is only the extension id and
 * the script's name), which would switch Qusasat off on that page. Stop the event on its way down,
 * at the window's capture phase, before WXT's listener on `document` sees it. A copy left over from
 * an update still ends: WXT's context notices its extension is gone (no runtime id) on its own.
 */
export function guardLifetime(ctx: ContentScriptContext): void {
  // WXT keeps the name on a static its types mark private; it is there at run time.
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(name, (e) => e.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
}
