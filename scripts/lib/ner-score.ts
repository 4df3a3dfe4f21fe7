/** Entity-level exact-match scoring over IOB2 tags (CoNLL style). */

export const SCORED = ['PERS', 'LOC', 'ORG'] as const;

/** Entities as "type:start:end" (end exclusive); I-X without B-X opens an entity (conlleval). */
export function entitiesOf(tags: readonly string[]): string[] {
  const out: string[] = [];
  let type: string | null = null;
  let start = 0;
  const close = (i: number): void => { if (type) out.push(`${type}:${start}:${i}`); type = null; };
  tags.forEach((t, i) => {
    const [bio, ty] = t === 'O' ? ['O', null] : [t.slice(0, 1), t.slice(2)];
    if (bio === 'O') { close(i); return; }
    if (bio === 'B' || ty !== type) { close(i); type = ty; start = i; }
  });
  close(tags.length);
  return out;
}

export interface Counts { tp: number; fp: number; fn: number }
export type Report = Record<string, Counts>;

export function score(gold: readonly string[][], pred: readonly string[][]): Report {
  const r: Report = { micro: { tp: 0, fp: 0, fn: 0 } };
  for (const c of SCORED) r[c] = { tp: 0, fp: 0, fn: 0 };
  gold.forEach((g, s) => {
    const G = new Set(entitiesOf(g).filter((e) => (SCORED as readonly string[]).includes(e.split(':')[0]!)));
    const P = new Set(entitiesOf(pred[s]!).filter((e) => (SCORED as readonly string[]).includes(e.split(':')[0]!)));
    for (const e of P) { const c = e.split(':')[0]!; if (G.has(e)) { r[c]!.tp++; r.micro!.tp++; } else { r[c]!.fp++; r.micro!.fp++; } }
    for (const e of G) { const c = e.split(':')[0]!; if (!P.has(e)) { r[c]!.fn++; r.micro!.fn++; } }
  });
  return r;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function formatReport(r: Report): string {
  const lines = ['class    P      R      F1     (tp/fp/fn)'];
  for (const c of [...SCORED, 'micro']) {
    const x = r[c]!;
    const { p, r: rr, f } = prf(x);
    lines.push(`${c.padEnd(6)} ${(100 * p).toFixed(1).padStart(5)}  ${(100 * rr).toFixed(1).padStart(5)}  ${(100 * f).toFixed(1).padStart(5)}  (${x.tp}/${x.fp}/${x.fn})`);
  }
  return lines.join('\n');
}

/**
 * Each wrong span of one sentence, for reading: «kind» when gold has the same words as another kind,
 * «bounds» when a predicted span of the same kind overlaps a gold one, else «missed» or «extra».
 * Lines are `error KIND «predicted» / «gold»` so they sort and count by kind.
 */
export function spanErrors(tokens: readonly string[], gold: readonly string[], pred: readonly string[]): string[] {
  const keep = (e: string): boolean => (SCORED as readonly string[]).includes(e.split(':')[0]!);
  const G = entitiesOf(gold).filter(keep);
  const P = entitiesOf(pred).filter(keep);
  const parse = (e: string): [string, number, number] => { const [k, s, t] = e.split(':'); return [k!, Number(s), Number(t)]; };
  const words = (s: number, t: number): string => `«${tokens.slice(s, t).join(' ')}»`;
  const out: string[] = [];
  const used = new Set<string>();
  for (const p of P) {
    if (G.includes(p)) continue;
    const [k, s, t] = parse(p);
    const same = G.find((g) => { const [, gs, gt] = parse(g); return gs === s && gt === t; });
    const over = G.find((g) => { const [gk, gs, gt] = parse(g); return gk === k && gs < t && s < gt && !P.includes(g); });
    if (same) { used.add(same); out.push(`kind ${k} ${words(s, t)} / gold ${parse(same)[0]}`); }
    else if (over) { used.add(over); out.push(`bounds ${k} ${words(s, t)} / ${words(parse(over)[1], parse(over)[2])}`); }
    else out.push(`extra ${k} ${words(s, t)}`);
  }
  for (const g of G) if (!P.includes(g) && !used.has(g)) { const [k, s, t] = parse(g); out.push(`missed ${k} ${words(s, t)}`); }
  return out;
}
