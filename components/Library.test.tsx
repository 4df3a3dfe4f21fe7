import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from './Library';
import { MockConnector } from '../lib/messaging/mock-connector';
import { toJson } from '../lib/clippings/export-json';
import { clip } from '../tests/unit/clip';

afterEach(cleanup);

const library = () => new MockConnector([
  clip({ text: 'صرّح والجعفريّ للصحفيين', entities: [{ kind: 'person', start: 5, end: 14, text: 'والجعفريّ' }] }),
  clip({ text: 'أعلنت الحكومة خطة جديدة', tags: ['اقتصاد'] }),
  clip({ text: '<b>ليس</b> وسماً', site: 'other.example' }),
]);

const items = (c: Element) => [...c.querySelectorAll('.lib-item')].map((e) => e.querySelector('.lib-text')!.textContent);

describe('<Library>', () => {
  it('teaches how to save when empty', async () => {
    const { container } = render(<Library connector={new MockConnector()} lang="ar" />);
    await waitFor(() => expect(container.querySelector('.empty')).not.toBeNull());
    expect(container.querySelector('.empty')!.textContent).toContain('حفظ قصاصة');
  });

  it('lists newest first, grouped, and renders text as text', async () => {
    const { container } = render(<Library connector={library()} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    expect(items(container)[0]).toBe('<b>ليس</b> وسماً');
    expect(container.querySelector('.lib-text b')).toBeNull();
    expect(container.querySelectorAll('.lib-group').length).toBe(2);
  });

  it('searches as you type, Arabic-aware, and marks the matched words', async () => {
    const { container } = render(<Library connector={library()} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'الجعفري' } });
    await waitFor(() => expect(items(container)).toEqual(['صرّح والجعفريّ للصحفيين']));
    expect([...container.querySelectorAll('.lib-text mark')].map((m) => m.textContent)).toEqual(['والجعفريّ']);
  });

  it('filters by a facet with counts, and by entity', async () => {
    const { container } = render(<Library connector={library()} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    await waitFor(() => expect(container.querySelector('.facet-tag .facet-value')).not.toBeNull());
    const tag = container.querySelector<HTMLButtonElement>('.facet-tag .facet-value')!;
    expect(tag.textContent).toContain('1');
    fireEvent.click(tag);
    await waitFor(() => expect(items(container)).toEqual(['أعلنت الحكومة خطة جديدة']));
    expect(tag.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(container.querySelector('.facet-clear')!);
    await waitFor(() => expect(container.querySelector('.facet-person .facet-value')).not.toBeNull());
    fireEvent.click(container.querySelector('.facet-person .facet-value')!);
    await waitFor(() => expect(items(container)).toEqual(['صرّح والجعفريّ للصحفيين']));
  });

  it('moves with the keyboard, edits tags, deletes with undo', async () => {
    const conn = library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    const list = screen.getByRole('listbox');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    await waitFor(() => expect(container.querySelector('.lib-item.is-active .lib-text')!.textContent).toBe('أعلنت الحكومة خطة جديدة'));
    expect(list.getAttribute('aria-activedescendant')).toBe(`opt-${conn.clippings[1]!.id}`);
    fireEvent.input(container.querySelector('.editor-tags')!, { target: { value: 'اقتصاد، نفط' } });
    fireEvent.submit(container.querySelector('.editor')!);
    await waitFor(() => expect(conn.clippings[1]!.tags).toEqual(['اقتصاد', 'نفط']));
    fireEvent.keyDown(list, { key: 'Delete' });
    await waitFor(() => expect(conn.clippings).toHaveLength(2));
    await waitFor(() => expect(items(container)).toHaveLength(2));
    fireEvent.click(screen.getByText('تراجع'));
    await waitFor(() => expect(items(container)).toHaveLength(3));
    expect(conn.clippings.find((c) => c.text === 'أعلنت الحكومة خطة جديدة')!.tags).toEqual(['اقتصاد', 'نفط']);
  });

  it('shows a write error instead of swallowing it', async () => {
    const conn = library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    conn.failNext = 'storage is full (quota exceeded)';
    fireEvent.click(container.querySelector('.lib-delete-shown')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('مساحة التخزين ممتلئة'));
    expect(conn.clippings).toHaveLength(3);
  });

  it('imports a valid file and counts duplicates; a broken file changes nothing', async () => {
    const conn = library();
    const { container } = render(<Library connector={conn} lang="ar" />);
    await waitFor(() => expect(items(container)).toHaveLength(3));
    const input = container.querySelector<HTMLInputElement>('.import-file')!;
    const file = (text: string) => ({ name: 'x.json', text: async () => text }) as unknown as File;
    fireEvent.change(input, { target: { files: [file('{"hello": 1}')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('هذا الملف ليس تصديراً من قصاصات'));
    expect(conn.clippings).toHaveLength(3);
    fireEvent.change(input, { target: { files: [file(toJson([...conn.clippings, clip({ text: 'جديدة' })]))] } });
    await waitFor(() => expect(container.querySelector('.notice')!.textContent).toContain('1'));
    expect(conn.clippings).toHaveLength(4);
  });
});
