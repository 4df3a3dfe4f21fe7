import { findBody, type BodyCandidate } from './body';
import { isBoilerplate } from './boilerplate';
import { TextMap } from './textmap';

export interface Body { element: Element; map: TextMap }

/** The article body: its element, and its text (boilerplate blocks skipped) mapped to the live DOM. */
export function extractBody(doc: Document, found?: BodyCandidate | null): Body | null {
  const element = (found ?? findBody(doc))?.element;
  if (!element) return null;
  // A block holding half the body or more is the body itself, whatever its class says.
  const total = (element.textContent ?? '').length;
  const skip = (el: Element): boolean => isBoilerplate(el) && (el.textContent ?? '').length < total / 2;
  return { element, map: TextMap.fromElement(element, skip) };
}
