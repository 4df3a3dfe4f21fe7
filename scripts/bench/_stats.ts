/** Statistics for the benchmarks; no Node APIs, so the page bundles (bench/browser/) can use it too. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
