import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { NoticeAction } from './toast';
import { saveAsked } from './save';

/** The notices shown, in order (the shadow-root UI itself is tested in the browser). */
const notices: Array<{ message: string; status: string; actions: NoticeAction[] }> = [];
vi.mock('./toast', () => ({
  showToast: vi.fn(async (_ctx: unknown, message: string, status: string, actions: NoticeAction[] = []) => { notices.push({ message, status, actions }); }),
}));

const ctx = {} as ContentScriptContext;
const CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
const PASSAGE = 'إن استمرار الخلاف يضر بالجميع';
const saved = (status: 'saved' | 'duplicate') => ({ ok: true, status, clipping: { id: 'c1', text: PASSAGE } });
const action = (label: string): NoticeAction => {
  const a = notices.at(-1)!.actions.find((x) => x.label === label);
  if (!a) throw new Error(`no «${label}» in the notice «${notices.at(-1)!.message}»`);
  return a;
};
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function selectPassage(): void {
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.textContent = `قال الوزير: ${PASSAGE}.`;
  document.body.append(p);
  const range = document.createRange();
  const text = p.firstChild as Text;
  range.setStart(text, text.data.indexOf(PASSAGE));
  range.setEnd(text, text.data.indexOf(PASSAGE) + PASSAGE.length);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}

describe('a save the menu or the shortcut asks the tab for', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    notices.length = 0;
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://news.example/a');
  });

  it('the worker stops before answering: the notice says it was not saved, keeps the passage, and its retry sends the same passage (already saved: said so)', async () => {
    selectPassage();
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error(CLOSED)).mockResolvedValueOnce(saved('duplicate') as never);
    expect(await saveAsked(ctx, 'selection', () => null)).toBe('error');
    expect(notices.at(-1)).toMatchObject({ message: expect.stringContaining('تعذّر الحفظ'), status: 'error' });
    const first = send.mock.calls[0]![0] as unknown as { type: string; draft: { text: string } };
    expect(first).toMatchObject({ type: 'content:save-clipping', draft: { text: PASSAGE } });
    getSelection()!.removeAllRanges(); // the reader has clicked elsewhere since: the notice still holds the passage
    action('أعد المحاولة').run();
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0]).toEqual(first);
    expect(notices.at(-1)).toMatchObject({ message: 'هذه القصاصة محفوظة من قبل', status: 'duplicate' });
  });

  it('a full disk: said in the UI\'s language, with the passage to retry or copy; a copy keeps the retry', async () => {
    selectPassage();
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'quota' } as never);
    expect(await saveAsked(ctx, 'selection', () => null)).toBe('error');
    expect(notices.at(-1)!.message).toMatch(/^تعذّر الحفظ: .*(مساحة|امتلأ)/);
    expect(notices.at(-1)!.message).not.toContain('quota');
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    action('انسخ النص').run();
    await settle();
    expect(writeText).toHaveBeenCalledWith(PASSAGE);
    expect(notices.at(-1)!.message).toBe('نُسخ النص، ولم يُحفظ بعد');
    expect(notices.at(-1)!.actions.map((a) => a.label)).toEqual(['أعد المحاولة']);
  });

  it('answers how it went, and says what to do when nothing is selected; no article says nothing (the popup says so)', async () => {
    selectPassage();
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(saved('saved') as never);
    expect(await saveAsked(ctx, 'selection', () => null)).toBe('saved');
    expect(notices.at(-1)).toMatchObject({ message: 'حُفظت القصاصة', status: 'saved' });
    getSelection()!.removeAllRanges();
    expect(await saveAsked(ctx, 'selection', () => null)).toBe('empty');
    expect(notices.at(-1)!.status).toBe('empty');
    const shown = notices.length;
    expect(await saveAsked(ctx, 'article', () => null)).toBe('empty');
    expect(notices).toHaveLength(shown);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
