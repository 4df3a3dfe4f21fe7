import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from './Popup';
import { MockConnector } from '../lib/messaging/mock-connector';
import { clip } from '../tests/unit/clip';

afterEach(cleanup);

const texts = (root: Element | null) => [...(root?.querySelectorAll('.clipping-text') ?? [])].map((e) => e.textContent);

describe('<Popup>', () => {
  it('searches with diacritic variants, opens the library', async () => {
    const conn = await MockConnector.with([clip({ text: 'قال الوزيرُ' }), clip({ text: 'أعلن المتحدث' })]);
    const { container } = render(<Popup connector={conn} lang="ar" />);
    await waitFor(() => expect(container.querySelectorAll('.clippings > .clipping').length).toBe(2));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'وزير' } });
    await waitFor(() => expect(container.querySelectorAll('[aria-label="قصاصاتي"] .clipping')).toHaveLength(1));
    expect(container.querySelector('[aria-label="قصاصاتي"] mark')!.textContent).toBe('الوزيرُ');
    fireEvent.click(container.querySelector('.popup-library')!);
    expect(conn.opened).toBe(1);
  });

  it('the empty search box takes the UI direction, so its Arabic placeholder is not laid out left to right', async () => {
    const conn = await MockConnector.with([clip({ text: 'قال الوزيرُ' })]);
    render(<Popup connector={conn} lang="ar" />);
    const box = await screen.findByRole('searchbox');
    expect(box.getAttribute('dir')).not.toBe('auto'); // dir=auto on an empty box resolves to ltr
    fireEvent.input(box, { target: { value: 'abc' } });
    await waitFor(() => expect(box.getAttribute('dir')).toBe('auto'));
  });

  it("lists this page's clippings (found and missing) once each, apart from the rest", async () => {
    const here = clip({ text: 'من هذه الصفحة' });
    const missing = clip({ text: 'فقرة تغيّرت' });
    const conn = await MockConnector.with([clip({ text: 'من صفحة أخرى' }), here, missing]);
    conn.marks = { found: [here.id], missing: [missing] };
    const { container } = render(<Popup connector={conn} lang="ar" />);
    await waitFor(() => expect(texts(container.querySelector('.popup-this-page'))).toHaveLength(2));
    expect(texts(container.querySelector('.popup-this-page')).sort()).toEqual(['فقرة تغيّرت', 'من هذه الصفحة'].sort());
    expect(container.querySelector('.popup-this-page h2')!.textContent).toContain('2');
    expect(texts(container.querySelector('.popup-recent'))).toEqual(['من صفحة أخرى']);
    // The missing one is said to be missing, and listed once in the whole popup.
    expect(container.querySelectorAll('.clipping-missing')).toHaveLength(1);
    expect(texts(container).filter((x) => x === 'فقرة تغيّرت')).toHaveLength(1);
  });

  it('offers «احفظ المقال كاملاً» only when the article is not saved yet', async () => {
    const article = clip({ text: 'نص المقال كله', kind: 'article' });
    const conn = await MockConnector.with([article]);
    conn.marks = { found: [], missing: [] };
    const first = render(<Popup connector={conn} lang="ar" />);
    await waitFor(() => expect(first.container.querySelector('.popup-save-article')).not.toBeNull());
    first.unmount();
    conn.marks = { found: [article.id], missing: [] };
    const { container } = render(<Popup connector={conn} lang="ar" />);
    await waitFor(() => expect(container.querySelector('.popup-article-saved')).not.toBeNull());
    expect(container.querySelector('.popup-save-article')).toBeNull();
  });

  it('deletes to the trash with undo, and tells the background so article tabs re-mark', async () => {
    const conn = await MockConnector.with([clip({ text: 'تُحذف ثم تعود' })]);
    const { container } = render(<Popup connector={conn} lang="ar" />);
    await waitFor(() => expect(container.querySelector('.clipping-delete')).not.toBeNull());
    fireEvent.click(container.querySelector('.clipping-delete')!);
    await waitFor(() => expect(container.querySelector('.empty')).not.toBeNull());
    expect(conn.changes).toBe(1);
    expect(await conn.store.trashCount()).toBe(1);
    fireEvent.click(screen.getByText('تراجع'));
    await waitFor(() => expect(texts(container)).toEqual(['تُحذف ثم تعود']));
    expect(conn.changes).toBe(2);
  });

  it('never links to a javascript: address from an imported record', async () => {
    const conn = await MockConnector.with([clip({ url: 'javascript:alert(1)', text: 'نص' })]);
    const { container } = render(<Popup connector={conn} lang="ar" />);
    await waitFor(() => expect(container.querySelector('.clipping-source')).not.toBeNull());
    expect(container.querySelector('.clipping-source')!.getAttribute('href')).toBeNull();
  });
});
