import { useEffect, useState } from 'preact/hooks';

/** How much the extension's storage holds and may hold (navigator.storage.estimate), refreshed when `version` changes. */
export function useStorageUse(version: unknown): { usage: number; quota: number } | null {
  const [use, setUse] = useState<{ usage: number; quota: number } | null>(null);
  useEffect(() => {
    const id = setTimeout(() => {
      void navigator.storage?.estimate?.().then((e) => setUse({ usage: e.usage ?? 0, quota: e.quota ?? 0 }), () => setUse(null));
    }, 300);
    return () => clearTimeout(id);
  }, [version]);
  return use;
}

/** "12.5 MB" in the UI's language. */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) { v /= 1000; u++; }
  return new Intl.NumberFormat(lang, { style: 'unit', unit: units[u], unitDisplay: 'short', maximumFractionDigits: v < 10 && u > 0 ? 1 : 0 }).format(v);
}
