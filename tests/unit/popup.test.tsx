import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Popup } from '../../components/Popup';
import { MockConnector } from '../../lib/messaging/mock-connector';
import type { Clipping } from '../../lib/clippings/model';

const clip = (id: string, text: string, createdAt: string): Clipping => ({
  id, text, createdAt, updatedAt: createdAt, url: `https://news.example/${id}`, site: 'news.example', title: `عنوان ${id}`, byline: null,
  published: null, prefix: '', suffix: '', position: null, kind: 'selection', speaker: null, entities: [], note: '', tags: [],
});

describe('Popup', () => {
  it('shows an empty state that says how to save', async () => {
    render(<Popup connector={await MockConnector.with()} lang="ar" />);
    expect(await screen.findByText('لا قصاصات بعد')).toBeTruthy();
    expect(screen.getByText(/حفظ قصاصة/)).toBeTruthy();
  });

  it('lists clippings newest first, as text, and deletes one', async () => {
    const connector = await MockConnector.with([
      clip('a', 'الأقدم', '2024-01-01T00:00:00Z'),
      clip('b', '<img src=x onerror=alert(1)> الأحدث', '2024-02-01T00:00:00Z'),
    ]);
    const { container } = render(<Popup connector={connector} lang="ar" />);
    await waitFor(() => expect(container.querySelectorAll('.clipping')).toHaveLength(2));
    const texts = [...container.querySelectorAll('.clipping-text')].map((e) => e.textContent);
    expect(texts).toEqual(['<img src=x onerror=alert(1)> الأحدث', 'الأقدم']);
    expect(container.querySelector('img')).toBeNull(); // page text is never parsed as HTML
    fireEvent.click(container.querySelectorAll('.clipping-delete')[0]!);
    await waitFor(() => expect(container.querySelectorAll('.clipping')).toHaveLength(1));
    expect((await connector.all()).map((c) => c.id)).toEqual(['a']);
  });

  it('says so when the library cannot be read', async () => {
    const broken = await MockConnector.with();
    // eslint-disable-next-line require-yield
    broken.store.chunks = async function* () { throw new Error('read failed'); };
    render(<Popup connector={broken} lang="ar" />);
    // Said in the UI's language: no raw engine text reaches the reader.
    expect((await screen.findByRole('alert')).textContent).toContain('تعذّر فتح القصاصات: حدث خطأ غير متوقع');
  });
});
