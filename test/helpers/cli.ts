// Runs the CLI in-process (main() with fake streams) or through the real bin.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PassThrough, Readable, Writable } from "node:stream";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/context.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string | Buffer;
  env?: Record<string, string>;
  /** Pretend stdout is a terminal. */
  tty?: boolean;
  cwd?: string;
}

class Sink extends Writable {
  data: Buffer[] = [];
  isTTY?: boolean;
  columns = 100;
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void) {
    this.data.push(Buffer.from(chunk));
    cb();
  }
  text() {
    return Buffer.concat(this.data).toString("utf8");
  }
}

/** main() in this process: fast, and coverage sees it. */
export async function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new Sink();
  const stderr = new Sink();
  stdout.isTTY = options.tty ?? false;
  const stdin = options.stdin === undefined ? Object.assign(new PassThrough(), { isTTY: true }) : Readable.from([Buffer.from(options.stdin)]);
  if (options.stdin === undefined) (stdin as PassThrough).end();
  const io: CliIO = { stdin, stdout, stderr, env: { ...options.env }, cwd: options.cwd ?? process.cwd() };
  const code = await main(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/duties.js", import.meta.url));

/** The real bin in a child process (needs `npm run build`). */
export function runBin(args: string[], options: RunOptions = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.stdin,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
