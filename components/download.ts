/** Hand a file to the browser's downloads through <a download>: no "downloads" permission needed. */
export function download(name: string, data: BlobPart | BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(Array.isArray(data) ? data : [data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "qusasat-2026-11-29" for export file names. */
export function stamp(now = new Date()): string {
  return `qusasat-${now.toISOString().slice(0, 10)}`;
}
