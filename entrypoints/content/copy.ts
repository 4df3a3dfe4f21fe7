/**
 * Put a passage on the clipboard from a click on the notice (a person's click, so the browser allows
 * it). The Clipboard API needs a secure context; on a plain http page the older copy command is used,
 * its event taken at the window before the page's own copy listeners can see or change the text.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // no Clipboard API here (an http page), or it refused: the copy command below
  }
  const put = (e: ClipboardEvent): void => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  window.addEventListener('copy', put, { capture: true });
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    window.removeEventListener('copy', put, { capture: true });
  }
}
