import { describe, expect, it } from 'vitest';
import { AnalysisQueue, Superseded } from './analysis-queue';

describe('AnalysisQueue', () => {
  it('serves tabs in turn: a tab asking again and again does not delay another tab', async () => {
    const q = new AnalysisQueue();
    const order: string[] = [];
    const job = (name: string) => () => { order.push(name); return name; };
    const heavy = [q.run('tab-1', job('1a'))];
    // While 1a runs, tab 1 asks three more times (each replacing the last), and tab 2 asks once.
    heavy.push(q.run('tab-1', job('1b')), q.run('tab-1', job('1c')));
    const light = q.run('tab-2', job('2a'));
    heavy.push(q.run('tab-1', job('1d')));
    const results = await Promise.allSettled([...heavy, light]);
    expect(order).toEqual(['1a', '2a', '1d']);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['1a', 'superseded', 'superseded', '1d', '2a']);
    expect(q.size).toBe(0);
  });

  it('answers a replaced analysis at once, with Superseded', async () => {
    let release!: () => void;
    const q = new AnalysisQueue();
    const first = q.run('a', () => new Promise<string>((r) => { release = () => r('first'); }));
    const waiting = q.run('b', () => 'b1');
    const replaced = q.run('b', () => 'b2');
    await expect(waiting).rejects.toBeInstanceOf(Superseded);
    release();
    expect(await first).toBe('first');
    expect(await replaced).toBe('b2');
  });

  it('passes an analysis error to its own caller only', async () => {
    const q = new AnalysisQueue();
    const bad = q.run('a', () => { throw new Error('boom'); });
    const good = q.run('b', () => 'ok');
    await expect(bad).rejects.toThrow('boom');
    expect(await good).toBe('ok');
  });
});
