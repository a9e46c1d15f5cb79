// A progress line on stderr for long runs: only on a terminal, only after the
// run has taken a while, at most ten updates a second, and cleared before
// anything else is printed so that it never mixes with results.
import type { Writable } from "node:stream";

export interface Progress {
  /** Reports `done` of `total`. */
  update(done: number, total: number): void;
  /** Removes the line (before printing results, and at the end). */
  clear(): void;
}

const SILENT: Progress = { update() {}, clear() {} };

export function progress(stderr: Writable & { isTTY?: boolean }, label: string, { delayMs = 500 } = {}): Progress {
  if (!stderr.isTTY) return SILENT;
  const started = Date.now();
  let shownAt = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < delayMs || now - shownAt < 100) return;
      stderr.write(`\r\u001b[K${label}: ${done} of ${total}`);
      shown = true;
      shownAt = now;
    },
    clear() {
      if (shown) stderr.write("\r\u001b[K");
      shown = false;
    },
  };
}
