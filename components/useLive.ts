import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** A Dexie query that answers again whenever what it read changes (in this tab or another). undefined until the first answer. */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: Error | null } {
  const [state, setState] = useState<{ value: T | undefined; error: Error | null }>({ value: undefined, error: null });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error: error as Error })),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
