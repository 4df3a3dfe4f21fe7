/**
 * How the gate hands the article module a message that arrived before the module was loaded: the
 * module leaves its handler here (a global of the content scripts' isolated world, which the page
 * cannot see) and the gate, having imported the module, passes the message on.
 */
export type MessageHandler = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => true | undefined;

const KEY = Symbol.for('qusasat.article-handler');
type Holder = { [KEY]?: MessageHandler };

export function setArticleHandler(h: MessageHandler): void {
  (globalThis as Holder)[KEY] = h;
}

export function articleHandler(): MessageHandler | undefined {
  return (globalThis as Holder)[KEY];
}
