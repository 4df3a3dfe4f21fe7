import type { ContentScriptContext } from '#imports';
import { mountShadowUi } from './shadow-ui';

const CSS = `
.toast { position: fixed; bottom: 20px; left: 50%; transform: translateX(-50%); z-index: 2147483647;
  background: #1d1d1f; color: #fff; padding: 10px 18px; border-radius: 10px; font: 15px/1.5 "Noto Naskh Arabic", Tahoma, sans-serif;
  box-shadow: 0 4px 18px rgba(0,0,0,.3); direction: rtl; }
.toast[data-status="error"] { background: #b3261e; }`;

/** A short message in a shadow root, read out by screen readers, gone after a few seconds. */
export async function showToast(ctx: ContentScriptContext, message: string, status: string): Promise<void> {
  const ui = await mountShadowUi(ctx, 'qusasat-toast', CSS, (container) => {
    const el = document.createElement('div');
    el.className = 'toast';
    el.setAttribute('role', 'status');
    el.dataset.status = status;
    el.textContent = message; // page-independent text, but still never HTML
    container.append(el);
    return el;
  });
  ctx.setTimeout(() => ui.remove(), 3500);
}
