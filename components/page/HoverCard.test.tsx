import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { HoverCard } from './HoverCard';
import { ControlPanel } from './ControlPanel';
import { intlDateFormatter } from './date-format';

describe('HoverCard', () => {
  it('shows page text as text, never as markup', () => {
    const { container } = render(<HoverCard span={{ kind: 'person', start: 0, end: 5, text: '<img src=x onerror=alert(1)>' }} x={10} y={10} format={intlDateFormatter} onSave={() => {}} onLeave={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.text')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('gives a date in both calendars through the formatter it is given, and saves', () => {
    const format = vi.fn((v: string, cal: string) => `${cal}:${v}`);
    const onSave = vi.fn();
    const span = { kind: 'date' as const, start: 0, end: 12, text: '14 مارس 2023', value: '2023-03-14', calendar: 'gregorian' as const };
    const { container } = render(<HoverCard span={span} x={10} y={10} format={format} onSave={onSave} onLeave={() => {}} />);
    expect(container.querySelector('[data-calendar="gregorian"]')!.textContent).toContain('gregorian:2023-03-14');
    expect(container.querySelector('[data-calendar="hijri"]')!.textContent).toContain('hijri:2023-03-14');
    fireEvent.click(container.querySelector('.save')!);
    expect(onSave).toHaveBeenCalledWith(span);
  });

  it('names a quote speaker, or says it is unknown', () => {
    const q = { kind: 'quote' as const, start: 0, end: 3, text: 'نعم', speaker: 'فؤاد حسين' };
    expect(render(<HoverCard span={q} x={0} y={0} format={intlDateFormatter} onSave={() => {}} onLeave={() => {}} />).container.querySelector('.speaker')!.textContent).toContain('فؤاد حسين');
    expect(render(<HoverCard span={{ ...q, speaker: null }} x={0} y={0} format={intlDateFormatter} onSave={() => {}} onLeave={() => {}} />).container.querySelector('.speaker')!.textContent).toBe('القائل غير معروف');
  });
});

describe('ControlPanel', () => {
  it('opens from its button and reports kind switches and the site switch', () => {
    const onToggle = vi.fn();
    const onSiteOff = vi.fn();
    const counts = { person: 2, place: 1, org: 0, date: 3, quote: 1 };
    const { container } = render(<ControlPanel counts={counts} hidden={new Set(['date'])} off={false} onToggle={onToggle} onSiteOff={onSiteOff} />);
    const fab = container.querySelector('.fab')!;
    expect(fab.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(fab);
    const boxes = [...container.querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, true, true, false, true]);
    fireEvent.change(boxes[0]!, { target: { checked: false } });
    expect(onToggle).toHaveBeenCalledWith('person', false);
    fireEvent.click(container.querySelector('.site')!);
    expect(onSiteOff).toHaveBeenCalledWith(true);
  });
});

describe('intlDateFormatter', () => {
  it('formats a full day in both calendars and leaves Hijri out for a bare year', () => {
    expect(intlDateFormatter('2023-03-14', 'gregorian', 'en')).toMatch(/2023/);
    expect(intlDateFormatter('2023-03-14', 'hijri', 'en')).toMatch(/1444/);
    expect(intlDateFormatter('2023', 'hijri', 'en')).toBe('—');
  });
});
