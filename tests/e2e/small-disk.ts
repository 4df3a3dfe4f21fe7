/**
 * A real small disk for the e2e tests: a tmpfs mounted on a fresh folder (needs root or
 * CAP_SYS_ADMIN; CI may have neither), filled by a file on the same disk and freed by deleting it.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  /** The mounted folder (a browser profile goes inside it). */
  dir: string;
  /** Bytes still free for an unprivileged writer. */
  free(): number;
  /** Write a filler file until the disk refuses more (ENOSPC): nothing is left free. */
  fill(): void;
  /**
   * Keep it full until unfill(): fill again every few milliseconds, as other programs writing to a full
   * disk do (Chromium gives back a few pages of its own files a moment after a failed write).
   */
  holdFull(): void;
  /** Delete the filler (and stop holding the disk full): the space is back. */
  unfill(): void;
  /** Unmount and remove the folder (everything on the disk is gone). */
  remove(): void;
}

function tryRun(cmd: string, args: string[]): string | null {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    return null;
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    return (err.stderr?.toString().trim() || err.message).split('\n')[0]!;
  }
}

/** Mount a tmpfs of `megabytes`; the reason it cannot be mounted (not root, no CAP_SYS_ADMIN, no mount) as an Error. */
export function mountSmallDisk(megabytes: number): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'qusasat-disk-'));
  const failed = tryRun('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  if (failed) {
    rmdirSync(dir);
    throw new Error(`cannot mount a tmpfs (${failed}): needs root or CAP_SYS_ADMIN`);
  }
  const filler = join(dir, 'filler');
  let holding: ReturnType<typeof setInterval> | undefined;
  return {
    dir,
    free() { const s = statfsSync(dir); return s.bavail * s.bsize; },
    fill() {
      const fd = openSync(filler, 'a');
      const chunk = Buffer.alloc(1 << 20, 0x5a);
      try {
        // Halve the write on each refusal, down to one byte: the last free byte is taken.
        for (let size = chunk.length; size >= 1;) {
          try { writeSync(fd, chunk, 0, size); } catch { size >>= 1; }
        }
      } finally {
        closeSync(fd);
      }
    },
    holdFull() {
      this.fill();
      holding ??= setInterval(() => this.fill(), 5);
    },
    unfill() {
      clearInterval(holding);
      holding = undefined;
      rmSync(filler, { force: true });
    },
    remove() {
      clearInterval(holding);
      const failed = tryRun('umount', [dir]) && tryRun('umount', ['-l', dir]);
      if (failed) throw new Error(`cannot unmount ${dir}: ${failed}`);
      rmdirSync(dir);
    },
  };
}

/** Null when this process can mount a tmpfs, else why not (tried once, with a 1 MB one). */
export function whyNoSmallDisk(): string | null {
  try {
    mountSmallDisk(1).remove();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}
