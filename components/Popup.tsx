import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import type { Connector } from '../lib/messaging/connector';
import { ClippingItem } from './ClippingItem';
import { t } from './i18n';

interface Props {
  connector: Connector;
  lang: string;
  shortcut?: string;
}

type State = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; clippings: Clipping[] };

/** The toolbar popup: the library at a glance, newest first. */
export function Popup({ connector, lang, shortcut = 'Alt+Shift+S' }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = async (): Promise<void> => {
    try {
      setState({ status: 'ready', clippings: await connector.listClippings() });
    } catch (e) {
      setState({ status: 'error', error: (e as Error).message });
    }
  };
  useEffect(() => { void load(); }, [connector]);

  const remove = async (id: string): Promise<void> => {
    try {
      await connector.deleteClipping(id);
      await load();
    } catch (e) {
      setState({ status: 'error', error: (e as Error).message });
    }
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        {state.status === 'ready' && state.clippings.length > 0 && <span class="popup-count">{t('count', state.clippings.length)}</span>}
      </header>
      {state.status === 'error' && <p role="alert" class="popup-error">{t('loadError', state.error)}</p>}
      {state.status === 'ready' && state.clippings.length === 0 && (
        <section class="empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyHow', shortcut)}</p>
        </section>
      )}
      {state.status === 'ready' && state.clippings.length > 0 && (
        <ul class="clippings" aria-label={t('popupTitle')}>
          {state.clippings.map((c) => <ClippingItem key={c.id} clipping={c} lang={lang} onDelete={(id) => void remove(id)} />)}
        </ul>
      )}
    </main>
  );
}
