import { describe, expect, it } from 'vitest';
import { failureClass, FULL_BELOW, storageFull, type Estimate } from './storage-full';

const named = (name: string, message = ''): Error => Object.assign(new Error(message), { name });
const estimate = (usage: number, quota: number): Estimate => () => Promise.resolve({ usage, quota });
/** What Chromium's estimate gives once the disk under the profile is full: the quota is the usage. */
const full = estimate(3_400_000, 3_400_000);
const roomy = estimate(3_400_000, 200_000_000);

describe('failureClass: a closed or failing database on a full storage is the full storage', () => {
  // After LevelDB's first FILE_ERROR_NO_SPACE, Chromium closes the store: these are what follows.
  const closed = named('DatabaseClosedError', 'Database has been closed');
  const cannotOpen = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');

  it.each<[string, unknown]>([['a closed database', closed], ['a store that cannot be opened', cannotOpen], ['an open failure wrapping it', { name: 'OpenFailedError', inner: cannotOpen }]])('%s on a full disk is quota', async (_what, e) => {
    expect(await failureClass(e, full)).toBe('quota');
  });

  it('the same errors with room left keep their own class', async () => {
    expect(await failureClass(closed, roomy)).toBe('unavailable');
    expect(await failureClass(cannotOpen, roomy)).toBe('unknown');
  });

  it('a full disk the error names needs no estimate; a missing record is never the disk', async () => {
    let asked = 0;
    const counted: Estimate = () => { asked++; return Promise.resolve({ usage: 1, quota: 1 }); };
    expect(await failureClass(named('QuotaExceededError'), counted)).toBe('quota');
    expect(await failureClass(named('NotFoundError'), counted)).toBe('not-found');
    expect(asked).toBe(0);
  });

  it('an estimate that cannot tell leaves the class as it was', async () => {
    for (const e of [() => undefined, () => Promise.reject(new Error('no')), () => Promise.resolve({}), estimate(0, 0)] as Estimate[]) {
      expect(await failureClass(cannotOpen, e)).toBe('unknown');
      expect(await storageFull(e)).toBe(false);
    }
  });

  it('full is less room than FULL_BELOW', async () => {
    expect(await storageFull(estimate(10, 10 + FULL_BELOW - 1))).toBe(true);
    expect(await storageFull(estimate(10, 10 + FULL_BELOW))).toBe(false);
  });
});
