/**
 * Comparing date values at their grain (used by eval:dates): a value becomes the interval of days it
 * covers, so "2016-11" equals "2016-11-01/2016-12-01" but never the day "2016-11-01"; a value with a
 * clock time becomes that minute.
 */
export function dayAfter(iso: string): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') + 86400000).toISOString().slice(0, 10);
}

function startOf(v: string): string | null {
  if (/^\d{4}$/.test(v)) return `${v}-01-01`;
  if (/^\d{4}-\d{2}$/.test(v)) return `${v}-01`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return null;
}

function endOf(v: string): string | null {
  if (/^\d{4}$/.test(v)) return `${Number(v) + 1}-01-01`;
  if (/^\d{4}-\d{2}$/.test(v)) {
    const [y, m] = v.split('-').map(Number);
    return m === 12 ? `${y! + 1}-01-01` : `${y}-${String(m! + 1).padStart(2, '0')}-01`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return dayAfter(v);
  return null;
}

/** Canonical form: "T:YYYY-MM-DDTHH:MM" for a time, "I:start/end" (end exclusive) for anything else. */
export function canon(v: string): string | null {
  const t = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(v);
  if (t) return `T:${t[1]}T${t[2]}`;
  const [a, b] = v.split('/');
  if (b !== undefined) {
    const s = startOf(a!);
    const e = startOf(b);
    return s && e ? `I:${s}/${e}` : null;
  }
  const s = startOf(v);
  const e = endOf(v);
  return s && e ? `I:${s}/${e}` : null;
}
