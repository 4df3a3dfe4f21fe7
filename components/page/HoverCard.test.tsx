import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { HoverCard } from './HoverCard';
import { ControlPanel } from './ControlPanel';
import { formatDateValue } from '../../lib/arabic/dates/format';

describe('HoverCard', () => {
  it('shows page text as text, never as markup', () => {
    const { container } = render(<HoverCard span={{ kind: 'person', start: 0, end: 5, text: '<img src=x onerror=alert(1)>' }} x={10} y={10} format={formatDateValue} onSave={() => {}} onLeave={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.text')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('gives a date in both calendars, the written one first, and saves', () => {
    const onSave = vi.fn();
    const span = { kind: 'date' as const, start: 0, end: 12, text: '14 مارس 2023', value: '2023-03-14', calendar: 'gregorian' as const };
    const { container } = render(<HoverCard span={span} x={10} y={10} format={formatDateValue} onSave={onSave} onLeave={() => {}} />);
    expect(container.querySelector('.value')!.textContent).toBe('الثلاثاء 14 مارس 2023 — 22 شعبان 1444 هـ');
    const hijri = render(<HoverCard span={{ ...span, text: '22 شعبان 1444 هـ', calendar: 'hijri' }} x={10} y={10} format={formatDateValue} onSave={onSave} onLeave={() => {}} />);
    expect(hijri.container.querySelector('.value')!.textContent).toBe('22 شعبان 1444 هـ — الثلاثاء 14 مارس 2023');
    fireEvent.click(container.querySelector('.save')!);
    expect(onSave).toHaveBeenCalledWith(span);
  });

  it('names a quote speaker, or says it is unknown', () => {
    const q = { kind: 'quote' as const, start: 0, end: 3, text: 'نعم', speaker: 'فؤاد حسين' };
    expect(render(<HoverCard span={q} x={0} y={0} format={formatDateValue} onSave={() => {}} onLeave={() => {}} />).container.querySelector('.speaker')!.textContent).toContain('فؤاد حسين');
    expect(render(<HoverCard span={{ ...q, speaker: null }} x={0} y={0} format={formatDateValue} onSave={() => {}} onLeave={() => {}} />).container.querySelector('.speaker')!.textContent).toBe('القائل غير معروف');
  });

  it('names itself by kind and text for a screen reader, and describes a date by its values', () => {
    const span = { kind: 'date' as const, start: 0, end: 3, text: 'أمس', value: '2023-03-13', calendar: 'gregorian' as const };
    const { container } = render(<HoverCard span={span} x={0} y={0} format={formatDateValue} onSave={() => {}} onLeave={() => {}} />);
    const card = container.querySelector('[role="dialog"]')!;
    expect(card.getAttribute('aria-label')).toBe('تاريخ: أمس');
    expect(container.querySelector(`#${card.getAttribute('aria-describedby')}`)!.textContent).toContain('2023-03-13');
    expect(container.querySelector('.step')).toBeNull(); // opened by the pointer: no position line
  });

  it('opened from the keyboard: says which highlight of how many, sits below its box, and Escape closes it without reaching the page', () => {
    const onClose = vi.fn();
    const onPage = vi.fn();
    document.addEventListener('keydown', onPage);
    const span = { kind: 'person' as const, start: 0, end: 9, text: 'فؤاد حسين' };
    const anchor = { left: 100, right: 180, top: 200, bottom: 230 };
    const { container } = render(<HoverCard span={span} x={0} y={0} anchor={anchor} step={{ index: 2, total: 7 }} format={formatDateValue} onSave={() => {}} onLeave={() => {}} onClose={onClose} />);
    const card = container.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(card.getAttribute('aria-label')).toBe('شخص: فؤاد حسين');
    expect(container.querySelector('.step')!.textContent).toBe('2 من 7 — Esc للإغلاق');
    expect(card.getAttribute('aria-describedby')).toBe('qs-card-step');
    expect(card.style.top).toBe('236px'); // its box ends at 230, plus the 6 px the bridge covers
    fireEvent.keyDown(container.querySelector('.save')!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    expect(onPage).not.toHaveBeenCalled();
    fireEvent.keyDown(container.querySelector('.save')!, { key: 'a' });
    expect(onPage).toHaveBeenCalledOnce();
    document.removeEventListener('keydown', onPage);
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
    expect(container.querySelector('.note')).toBeNull();
  });

  it('says so when the page was too large to analyze in full', () => {
    const counts = { person: 2, place: 1, org: 0, date: 3, quote: 1 };
    const { container } = render(<ControlPanel counts={counts} hidden={new Set()} off={false} capped onToggle={vi.fn()} onSiteOff={vi.fn()} />);
    fireEvent.click(container.querySelector('.fab')!);
    expect(container.querySelector('.note[role="status"]')?.textContent).toContain('الصفحة أكبر من أن تُحلَّل كاملة');
  });
});
