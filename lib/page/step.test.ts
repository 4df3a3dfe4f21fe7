import { describe, expect, it } from 'vitest';
import type { Kind, Span } from '../arabic/types';
import { readingOrder, stepIndex } from './step';

const span = (kind: Kind, start: number, end: number): Span => ({ kind, start, end, text: 'x'.repeat(end - start) });

// A place, a quote that opens with a person's name, a date, an org; given out of order.
const place = span('place', 0, 5);
const quote = span('quote', 10, 40);
const person = span('person', 10, 19);
const date = span('date', 50, 60);
const org = span('org', 70, 75);
const spans = [date, person, org, quote, place];
const all = () => true;

describe('readingOrder', () => {
  it('puts spans in document order, the outer one first at the same start', () => {
    expect(readingOrder(spans, all)).toEqual([place, quote, person, date, org]);
  });

  it('leaves out what the caller does not keep (hidden kinds, unpainted spans)', () => {
    expect(readingOrder(spans, (s) => s.kind !== 'quote' && s.kind !== 'date')).toEqual([place, person, org]);
  });
});

describe('stepIndex', () => {
  const order = readingOrder(spans, all);
  const at = (i: number) => order[i];

  it('steps forward and backward from the current highlight, wrapping at the ends', () => {
    expect(at(stepIndex(order, place, 1, all))).toBe(quote);
    expect(at(stepIndex(order, quote, 1, all))).toBe(person);
    expect(at(stepIndex(order, org, 1, all))).toBe(place);
    expect(at(stepIndex(order, person, -1, all))).toBe(quote);
    expect(at(stepIndex(order, place, -1, all))).toBe(org);
  });

  it('with none chosen yet, starts at the first highlight at or below the top of the viewport', () => {
    const belowTop = (s: Span) => s.start >= 50; // the place, quote and person are scrolled past
    expect(at(stepIndex(order, null, 1, belowTop))).toBe(date);
    expect(at(stepIndex(order, null, -1, belowTop))).toBe(person);
    // At the top of the article: forward is the first one, backward wraps to the last.
    expect(at(stepIndex(order, null, 1, all))).toBe(place);
    expect(at(stepIndex(order, null, -1, all))).toBe(org);
    // Everything above the viewport: forward wraps to the first, backward is the last.
    expect(at(stepIndex(order, null, 1, () => false))).toBe(place);
    expect(at(stepIndex(order, null, -1, () => false))).toBe(org);
  });

  it('finds its place by position when the current highlight is no longer in the order', () => {
    // The quote's kind was hidden meanwhile, or the text re-analyzed into new span objects.
    const shown = readingOrder(spans, (s) => s.kind !== 'quote');
    expect(shown[stepIndex(shown, quote, 1, all)]).toBe(person);
    expect(shown[stepIndex(shown, quote, -1, all)]).toBe(place);
    expect(shown[stepIndex(shown, { ...date }, 1, all)]).toBe(org);
  });

  it('has nowhere to go without highlights', () => {
    expect(stepIndex([], null, 1, all)).toBe(-1);
    expect(stepIndex([], place, -1, all)).toBe(-1);
  });
});
