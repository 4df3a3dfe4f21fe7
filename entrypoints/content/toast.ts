import type { ContentScriptContext } from '#imports';
import { uiDir } from '../../components/i18n';
import { mountShadowUi, type ShadowUi } from './shadow-ui';

const CSS = `
.toast { position: fixed; bottom: 20px; left: 50%; transform: translateX(-50%); z-index: 2147483647; max-width: min(560px, 90vw);
  background: #1d1d1f; color: #fff; padding: 10px 14px 10px 18px; border-radius: 10px; font: 15px/1.5 "Noto Naskh Arabic", Tahoma, sans-serif;
  box-shadow: 0 4px 18px rgba(0,0,0,.3); display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
.toast[hidden] { display: none; }
.toast[data-status="error"] { background: #b3261e; }
.toast[data-status="empty"] { background: #3a3a3c; }
.actions { display: flex; gap: 8px; }
.actions button { font: 600 14px/1.4 "Noto Naskh Arabic", Tahoma, sans-serif; background: transparent; color: #9fd8ff; border: 1px solid #9fd8ff;
  border-radius: 6px; padding: 2px 10px; cursor: pointer; }
.actions button:hover { background: rgba(159, 216, 255, .15); }
.actions button:focus-visible { outline: 3px solid #ffb700; outline-offset: 2px; }`;

/** Something the reader can do next from a notice (open the library, undo, save the whole article). */
export interface NoticeAction { label: string; run(): void }

const PLAIN_MS = 3500;
/** A notice that offers something to do stays longer, and while the pointer or focus is on it. */
const WITH_ACTIONS_MS = 8000;

/** One notice area per page: a new notice replaces the last one in place, never a second box over it. */
let area: Promise<ShadowUi<HTMLElement>> | null = null;
let timer = 0;
let held = false;

function mountArea(ctx: ContentScriptContext): Promise<ShadowUi<HTMLElement>> {
  return (area ??= mountShadowUi(ctx, 'qusasat-toast', CSS, (container) => {
    const el = document.createElement('div');
    el.className = 'toast';
    el.setAttribute('role', 'status');
    el.hidden = true;
    el.addEventListener('pointerenter', () => { held = true; });
    el.addEventListener('pointerleave', () => { held = false; });
    el.addEventListener('focusin', () => { held = true; });
    el.addEventListener('focusout', () => { held = false; });
    container.append(el);
    ctx.onInvalidated(() => { area = null; });
    return el;
  }));
}

/** A short message in a shadow root, read out by screen readers, with the actions it offers; gone after a few seconds. */
export async function showToast(ctx: ContentScriptContext, message: string, status: string, actions: NoticeAction[] = []): Promise<void> {
  const ui = await mountArea(ctx);
  const el = ui.mounted;
  if (!el) return;
  el.dir = uiDir();
  el.dataset.status = status;
  const text = document.createElement('span');
  text.className = 'message';
  text.textContent = message; // page-independent text, but still never HTML
  const row = document.createElement('div');
  row.className = 'actions';
  for (const a of actions) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = a.label;
    b.addEventListener('click', () => { el.hidden = true; held = false; a.run(); });
    row.append(b);
  }
  el.replaceChildren(text, ...(actions.length ? [row] : []));
  el.hidden = false;
  clearTimeout(timer);
  const until = Date.now() + (actions.length ? WITH_ACTIONS_MS : PLAIN_MS);
  const tick = (): void => {
    if (held || Date.now() < until) { timer = ctx.setTimeout(tick, 250); return; }
    el.hidden = true;
  };
  timer = ctx.setTimeout(tick, 250);
}
