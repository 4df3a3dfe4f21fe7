import { browser } from 'wxt/browser';

/** The save shortcut as the reader has set it (chrome://extensions/shortcuts), or the default. */
export async function saveShortcut(fallback = 'Alt+Shift+S'): Promise<string> {
  try {
    const all = await browser.commands.getAll();
    return all.find((c) => c.name === 'save-clipping')?.shortcut || fallback;
  } catch {
    return fallback;
  }
}
