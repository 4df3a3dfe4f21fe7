/** Scrolling the page to something the reader should see. */

/** Scroll the window so the box is in the middle, and resolve once it has stopped moving. */
export function scrollToMiddle(box: DOMRect): Promise<void> {
  const delta = (box.top + box.bottom) / 2 - window.innerHeight / 2;
  if (Math.abs(delta) < 1) return Promise.resolve();
  return new Promise((resolve) => {
    let timer = 0;
    const done = (): void => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', done);
      resolve();
    };
    const wait = (ms: number): void => { clearTimeout(timer); timer = window.setTimeout(done, ms); };
    const onScroll = (): void => wait(300); // engines without scrollend: the scroll has ended when it is quiet
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('scrollend', done);
    wait(150); // nothing to scroll (already at the end of the page)
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    window.scrollBy({ top: delta, behavior: reduce ? 'instant' : 'smooth' });
  });
}
