import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { Span } from '../../lib/arabic/types';
import { applyCorrections, type CorrectedKind } from '../../lib/clippings/corrections';
import { entityKey } from '../../lib/clippings/keys';
import type { Message, Responses } from '../../lib/messaging/messages';
import { t } from '../../components/i18n';
import { KIND_LABEL } from '../../components/page/ControlPanel';
import { showToast } from './toast';

const send = (msg: Message): Promise<Responses['content:correct-highlight'] | null> =>
  (browser.runtime.sendMessage(msg) as Promise<Responses['content:correct-highlight'] | null>).catch(() => null);

/**
 * The reader corrects a highlight from its card: repaint at once with the correction, keep it in the
 * extension's database (the background applies it to every later page), and offer to undo it.
 * `repaint` paints the given spans over the same text; `spans` are those painted now.
 */
export function correctHighlight(ctx: ContentScriptContext, span: Span, kind: CorrectedKind, spans: Span[], repaint: (spans: Span[]) => void): void {
  repaint(applyCorrections(spans, new Map([[entityKey(span.text), kind]])));
  void send({ type: 'content:correct-highlight', text: span.text, kind }).then((r) => {
    if (!r?.ok) {
      repaint(spans);
      void showToast(ctx, t('toastCorrectError'), 'error');
      return;
    }
    const message = kind === 'none' ? t('toastCorrectedNone', span.text) : t('toastCorrectedKind', span.text, t(KIND_LABEL[kind]));
    void showToast(ctx, message, 'saved', [{
      label: t('noticeUndo'),
      run: () => void send({ type: 'content:uncorrect-highlight', text: span.text }).then((u) => {
        if (u?.ok) repaint(spans);
        void showToast(ctx, u?.ok ? t('toastCorrectionUndone') : t('toastCorrectError'), u?.ok ? 'saved' : 'error');
      }),
    }]);
  });
}
