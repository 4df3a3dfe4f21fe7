import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseHash, toHash, type Route } from './route';

/**
 * The route in the address bar. `go` pushes a history entry (back returns here) or, while typing a
 * search, replaces the current one so each keystroke is not a step back.
 */
export function useRoute(): [Route, (next: Route, how?: 'push' | 'replace') => void] {
  const [route, setRoute] = useState<Route>(() => parseHash(location.hash));
  useEffect(() => {
    const read = (): void => setRoute(parseHash(location.hash));
    window.addEventListener('popstate', read);
    window.addEventListener('hashchange', read);
    return () => { window.removeEventListener('popstate', read); window.removeEventListener('hashchange', read); };
  }, []);
  const go = useCallback((next: Route, how: 'push' | 'replace' = 'push') => {
    const hash = toHash(next);
    if (hash !== location.hash) {
      if (how === 'push') history.pushState(null, '', hash);
      else history.replaceState(null, '', hash);
    }
    setRoute(next);
  }, []);
  return [route, go];
}
