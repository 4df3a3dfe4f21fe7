import { describe, expect, it, vi } from 'vitest';
import { retryOnce } from './retry';

const CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

describe('analysis when the background worker dies', () => {
  it('tries once more when the worker went away mid-analysis, and paints with the second answer', async () => {
    const analyze = vi.fn().mockRejectedValueOnce(new Error(CLOSED)).mockResolvedValueOnce([{ kind: 'place', start: 0, end: 5, text: 'بغداد' }]);
    expect(await retryOnce(analyze)('بغداد', '2026-01-01')).toHaveLength(1);
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it('tries only once, and not for other failures or a page that moved on', async () => {
    const dead = vi.fn().mockRejectedValue(new Error('no answer from the background'));
    await expect(retryOnce(dead)('نص', '2026-01-01')).rejects.toThrow(/no answer/);
    expect(dead).toHaveBeenCalledTimes(2);
    const superseded = vi.fn().mockRejectedValue(new Error('superseded'));
    await expect(retryOnce(superseded)('نص', '2026-01-01')).rejects.toThrow('superseded');
    expect(superseded).toHaveBeenCalledTimes(1);
    const gone = vi.fn().mockRejectedValue(new Error(CLOSED));
    await expect(retryOnce(gone, () => false)('نص', '2026-01-01')).rejects.toThrow(/channel closed/);
    expect(gone).toHaveBeenCalledTimes(1);
  });
});
