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

/**
 * The site-settings request the gate sends as it lets a page through, before it imports the module:
 * the request wakes a stopped worker (its start and evaluation took ~80 ms of a cold first highlight)
 * while the module is still being fetched and compiled, instead of after. Taken once, for its site.
 */
const EARLY = Symbol.for('qusasat.early-settings');
type EarlyHolder = { [EARLY]?: { site: string; answer: Promise<unknown> } };

export function setEarlySettings(site: string, answer: Promise<unknown>): void {
  answer.catch(() => undefined); // read (or not) by the module: never an unhandled rejection in the page
  (globalThis as EarlyHolder)[EARLY] = { site, answer };
}

export function takeEarlySettings(site: string): Promise<unknown> | undefined {
  const early = (globalThis as EarlyHolder)[EARLY];
  delete (globalThis as EarlyHolder)[EARLY];
  return early?.site === site ? early.answer : undefined;
}
