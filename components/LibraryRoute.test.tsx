import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from './Library';
import { MockConnector } from '../lib/messaging/mock-connector';
import { clip } from '../tests/unit/clip';

afterEach(() => { cleanup(); history.replaceState(null, '', '#'); });

const place = (text: string, start = 0) => ({ kind: 'place' as const, start, end: start + text.length, text });
const person = (text: string, start = 0) => ({ kind: 'person' as const, start, end: start + text.length, text });
const library = () => MockConnector.with([
  clip({ id: 'a', text: 'بغداد فؤاد', entities: [place('بغداد'), person('فؤاد', 6)], tags: ['عراق'] }),
  clip({ id: 'b', text: 'بغداد', entities: [place('بغداد')] }),
  clip({ id: 'c', text: 'فؤاد', entities: [person('فؤاد')], tags: ['عراق', 'سياسة'] }),
]);
const shown = (c: Element) => [...c.querySelectorAll('.lib-item')].map((e) => e.getAttribute('data-id'));

describe('<Library> and its address', () => {
  it('opens on the search, filters and clipping the address holds', async () => {
    history.replaceState(null, '', '#/?q=%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF&tag=%D8%B9%D8%B1%D8%A7%D9%82&c=a');
    const { container } = render(<Library connector={await library()} lang="ar" />);
    await waitFor(() => expect(shown(container)).toEqual(['a']));
    expect(container.querySelector<HTMLInputElement>('.lib-search')!.value).toBe('بغداد');
    expect(container.querySelector('.lib-item.is-active')!.getAttribute('data-id')).toBe('a');
  });

  it('a person and a place at once; each choice is written to the address', async () => {
    const { container } = render(<Library connector={await library()} lang="ar" />);
    await waitFor(() => expect(shown(container)).toHaveLength(3));
    await waitFor(() => expect(container.querySelector('.facet-place .facet-value')).not.toBeNull());
    fireEvent.click(container.querySelector('.facet-place .facet-value')!);
    await waitFor(() => expect(shown(container)).toHaveLength(2));
    await waitFor(() => expect(container.querySelector('.facet-person .facet-value')).not.toBeNull());
    fireEvent.click(container.querySelector('.facet-person .facet-value')!);
    await waitFor(() => expect(shown(container)).toEqual(['a']));
    expect(decodeURIComponent(location.hash)).toBe('#/?e=place:بغداد&e=person:فواد');
  });

  it('suggests known tags in the editor as one is typed', async () => {
    history.replaceState(null, '', '#/clipping/b');
    const { container } = render(<Library connector={await library()} lang="ar" />);
    await waitFor(() => expect(container.querySelector('.editor-tags')).not.toBeNull());
    fireEvent.input(container.querySelector('.editor-tags')!, { target: { value: '#س' } });
    await waitFor(() => expect([...container.querySelectorAll('.tag-suggestion')].map((e) => e.textContent)).toEqual(['#سياسة']));
  });
});
