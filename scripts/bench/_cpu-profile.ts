/** A CDP CPU profile (Profiler.stop) read as time per function, for the profiling looks of scripts/bench. */
export interface ProfileNode { id: number; children?: number[]; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } }
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Milliseconds by function (`name file:line:col`): in it alone (`self`), and in it or what it called (`total`). */
export function timeByFunction(profile: CpuProfile): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode): string => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const own = name(byId.get(id)!);
    self.set(own, (self.get(own) ?? 0) + dt);
    // Each function once per sample, however often it is on the stack (recursion).
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  return { self, total };
}

/** The `n` functions with the most time, a line each. */
export function printTop(times: Map<string, number>, n: number): void {
  for (const [k, v] of [...times].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${v.toFixed(1).padStart(8)} ${k}`);
}
