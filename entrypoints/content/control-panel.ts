import { h, render } from 'preact';
import type { ContentScriptContext } from '#imports';
import { ControlPanel, type ControlPanelProps } from '../../components/page/ControlPanel';
import { mountShadowUi, type ShadowUi } from './shadow-ui';
import { PANEL_CSS } from './ui-css';

export interface PanelHandle { update(props: ControlPanelProps): void; remove(): void }

/** Mount the in-page control once; later calls only re-render it with new props. */
export async function mountControlPanel(ctx: ContentScriptContext, props: ControlPanelProps): Promise<PanelHandle> {
  let container: HTMLElement | null = null;
  const ui: ShadowUi<HTMLElement> = await mountShadowUi(ctx, 'qusasat-panel', PANEL_CSS, (c) => {
    container = c;
    render(h(ControlPanel, props), c);
    return c;
  }, (c) => { if (c) render(null, c); });
  return {
    update(next) { if (container) render(h(ControlPanel, next), container); },
    remove() { ui.remove(); },
  };
}
