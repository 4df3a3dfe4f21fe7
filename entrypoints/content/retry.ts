import type { Analyzer } from '../../lib/page/analysis';

/**
 * The background's worker can be stopped by the browser in the middle of an analysis: the message
 * then fails ("message channel closed", no answer, no receiving end). The next message starts a new
 * worker, so one more try paints the page. Other failures (a superseded request, a bad answer) are
 * not retried.
 */
const WORKER_GONE = /message channel closed|message port closed|no answer from the background|receiving end does not exist|could not establish connection/i;

export const workerGone = (e: unknown): boolean => WORKER_GONE.test(String((e as Error)?.message ?? e));

export function retryOnce(analyze: Analyzer, stillWanted: () => boolean = () => true): Analyzer {
  return async (text, ref) => {
    try {
      return await analyze(text, ref);
    } catch (e) {
      if (!workerGone(e) || !stillWanted()) throw e;
      return analyze(text, ref);
    }
  };
}
