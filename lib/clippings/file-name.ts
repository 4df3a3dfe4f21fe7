/**
 * A file name every system and unzip tool accepts, from untrusted text (titles, clipped words):
 * no control, format or bidi characters (a U+202E would show "gpj.exe" as "exe.jpg"), none of the
 * characters Windows forbids or Obsidian links break on, no reserved device name, no leading dot,
 * no trailing dot or space, and short enough for every file system (bytes and characters).
 */
const INVISIBLE = /[\p{C}\p{Zl}\p{Zp}]/gu;
const FORBIDDEN = /[<>:"/\\|?*#^[\]%{}]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;
/** ext4 and most others allow 255 bytes a name: leave room for an extension and a " (12)". */
export const MAX_NAME_BYTES = 200;
export const MAX_NAME_CHARS = 100;

export function safeFileName(raw: string, fallback = 'clipping'): string {
  let s = raw.normalize('NFC').replace(INVISIBLE, ' ').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ');
  s = cut(s.replace(/^[\s.]+/, ''), MAX_NAME_CHARS, MAX_NAME_BYTES).replace(/[\s.]+$/, '');
  if (!s) return fallback;
  return RESERVED.test(s) ? `_${s}` : s;
}

/** The longest prefix of whole code points within both limits. */
function cut(s: string, maxChars: number, maxBytes: number): string {
  let bytes = 0;
  let chars = 0;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const b = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (chars + 1 > maxChars || bytes + b > maxBytes) break;
    out += ch;
    chars++;
    bytes += b;
  }
  return out;
}

/** Names made unique within one archive, case-insensitively (Windows and macOS fold case). */
export function uniqueNames(): (name: string, ext: string) => string {
  const used = new Set<string>();
  return (name, ext) => {
    let candidate = `${name}${ext}`;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}
