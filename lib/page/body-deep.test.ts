import { describe, expect, it } from 'vitest';
import { findBody, findBodySteps } from './body';

describe('the body walk on a very deep DOM', () => {
  it('finds the body under 3,000 nested elements (happy-dom\'s own selector matching overflows deeper)', () => {
    document.body.innerHTML = '';
    let at: Element = document.body;
    for (let i = 0; i < 3000; i++) { const d = document.createElement('div'); at.appendChild(d); at = d; }
    const main = document.createElement('main');
    for (let i = 0; i < 6; i++) { const p = document.createElement('p'); p.textContent = 'قال وزير الخارجية في مؤتمر صحفي عقده اليوم إن المحادثات ستستأنف الأسبوع المقبل في العاصمة. '.repeat(3); main.appendChild(p); }
    at.appendChild(main);
    expect(findBody(document)?.element).toBe(main);
  });

  it('may pause every 100 elements: down a deep DOM each element costs a read of up to 400 nodes of text (boilerplate.ts), and 500 between pauses made one 57 ms stretch', () => {
    document.body.innerHTML = '';
    let at: Element = document.body;
    for (let i = 0; i < 2000; i++) { const d = document.createElement('div'); at.appendChild(d); at = d; }
    at.textContent = 'نص قصير في آخر السلسلة.';
    const steps = findBodySteps(document);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(2000 / 100);
  });
});
