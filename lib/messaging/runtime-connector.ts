import { browser } from 'wxt/browser';
import type { Connector } from './connector';
import type { Message, Responses } from './messages';

async function send<T extends Message>(message: T): Promise<Responses[T['type']]> {
  return (await browser.runtime.sendMessage(message)) as Responses[T['type']];
}

function unwrap<R extends { ok: boolean; error?: string }>(r: R | undefined): Extract<R, { ok: true }> {
  if (!r) throw new Error('no answer from the background');
  if (!r.ok) throw new Error(r.error ?? 'unknown error');
  return r as Extract<R, { ok: true }>;
}

export const runtimeConnector: Connector = {
  async listClippings() {
    return unwrap(await send({ type: 'popup:list-clippings' })).clippings;
  },
  async deleteClipping(id) {
    unwrap(await send({ type: 'popup:delete-clipping', id }));
  },
};
