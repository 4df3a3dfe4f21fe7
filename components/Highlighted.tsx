import { markSegments } from '../lib/clippings/search';

/** Text with the words a search matched in <mark>: built from text nodes, never from HTML. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  if (!query.trim()) return <>{text}</>;
  return <>{markSegments(text, query).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
