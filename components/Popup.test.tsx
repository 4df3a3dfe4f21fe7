import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from './Popup';
import { MockConnector } from '../lib/messaging/mock-connector';
import { clip } from '../tests/unit/clip';

afterEach(cleanup);

describe('<Popup>', () => {
  it('searches with diacritic variants, lists missing passages, opens the library', async () => {
    const missing = clip({ text: 'فقرة تغيّرت' });
    const conn = new MockConnector([clip({ text: 'قال الوزيرُ' }), clip({ text: 'أعلن المتحدث' }), missing]);
    conn.marks = { found: ['id-x'], missing: [missing] };
    const { container } = render(<Popup connector={conn} lang="ar" />);
    await waitFor(() => expect(container.querySelectorAll('.clippings > .clipping').length).toBeGreaterThan(0));
    expect(container.querySelector('.popup-missing')!.textContent).toContain('فقرة تغيّرت');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'وزير' } });
    await waitFor(() => expect(container.querySelectorAll('[aria-label="قصاصاتي"] .clipping')).toHaveLength(1));
    expect(container.querySelector('[aria-label="قصاصاتي"] mark')!.textContent).toBe('الوزيرُ');
    fireEvent.click(container.querySelector('.popup-library')!);
    expect(conn.opened).toBe(1);
  });

  it('never links to a javascript: address from an imported record', async () => {
    const conn = new MockConnector([clip({ url: 'javascript:alert(1)', text: 'نص' })]);
    const { container } = render(<Popup connector={conn} lang="ar" />);
    await waitFor(() => expect(container.querySelector('.clipping-source')).not.toBeNull());
    expect(container.querySelector('.clipping-source')!.getAttribute('href')).toBeNull();
  });
});
