// What a command gets from the outside world: streams, environment and terminal facts.
// Passing these in (rather than reading process.*) lets tests run the CLI in-process.
import type { Readable, Writable } from "node:stream";

export interface CliIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Whether to colour output: a TTY, no NO_COLOR, unless --color says otherwise. */
export function useColor(io: CliIO, option?: string): boolean {
  if (option === "always") return true;
  if (option === "never") return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return !!io.stdout.isTTY;
}

/** Writes to a stream and waits until it has taken the data (back-pressure for big outputs). */
export function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  // A reader that went away (`| head`) ends the output quietly: later writes are dropped.
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (err) => {
      if (err && (err as NodeJS.ErrnoException).code !== "EPIPE") reject(err);
      else resolve();
    });
    // Without back-pressure there is no need to wait for the data to be flushed.
    if (ok) resolve();
  });
}
