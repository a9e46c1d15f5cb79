// Errors as a design: every failure leaves main() as one DutiesError line and
// an exit code; a bug is one line asking for a report (the stack only with
// DUTIES_DEBUG=1); output that cannot be written is trouble, not a crash.
import { spawnSync } from "node:child_process";
import { existsSync, openSync, closeSync } from "node:fs";
import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../src/cli/context.js";
import { main } from "../src/cli/main.js";
import { BIN, fixture } from "./helpers/cli.js";

/** A CliIO with this stdout, whose stderr is kept. */
function withStdout(stdout: Writable, env: Record<string, string> = {}) {
  let stderr = "";
  const io: CliIO = {
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    stdout,
    stderr: new Writable({ write: (chunk, _enc, cb) => void ((stderr += chunk), cb()) }),
    env,
    cwd: process.cwd(),
  };
  return { io, stderr: () => stderr };
}

/** A stdout that fails every write with `error`, as a full disk does. */
const failing = (error: NodeJS.ErrnoException) => new Writable({ write: (_chunk, _enc, cb) => cb(error) });

const errno = (code: string, message: string) => Object.assign(new Error(message), { code }) as NodeJS.ErrnoException;

describe("output that cannot be written", () => {
  it("is one line and exit 2 when the disk is full", async () => {
    const { io, stderr } = withStdout(failing(errno("ENOSPC", "ENOSPC: no space left on device, write")));
    expect(await main(["parse", fixture("sales-duties.txt")], io)).toBe(2);
    expect(stderr()).toBe("duties: cannot write the output: ENOSPC: no space left on device, write\n");
  });

  it("is no error when the reader has gone (a closed pipe)", async () => {
    const { io, stderr } = withStdout(failing(errno("EPIPE", "EPIPE: broken pipe, write")));
    expect(await main(["parse", "--format", "jsonl", fixture("sales-duties.txt"), fixture("big5.txt")], io)).toBe(0);
    expect(stderr()).toBe("");
  });

  it.skipIf(!existsSync("/dev/full"))("is one line and exit 2 through the real bin, stdout on /dev/full", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [BIN, "parse", fixture("sales-duties.txt")], { stdio: ["ignore", full, "pipe"], encoding: "utf8", timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("duties: cannot write the output: ENOSPC: no space left on device, write\n");
    } finally {
      closeSync(full);
    }
  });
});

describe("a bug", () => {
  // A stdout that throws a TypeError stands in for a bug anywhere below main().
  const throwing = (env: Record<string, string> = {}) =>
    withStdout(new Writable({ write: () => { throw new TypeError("Cannot read properties of undefined (reading 'text')"); } }), env);

  it("is one line that asks for a report, and exit 2", async () => {
    const { io, stderr } = throwing();
    expect(await main(["parse", fixture("sales-duties.txt")], io)).toBe(2);
    expect(stderr()).toBe("duties: internal error: Cannot read properties of undefined (reading 'text') (this is a bug: please report it with the input that caused it; DUTIES_DEBUG=1 shows the stack)\n");
  });

  it("shows its stack with DUTIES_DEBUG=1", async () => {
    const { io, stderr } = throwing({ DUTIES_DEBUG: "1" });
    expect(await main(["parse", fixture("sales-duties.txt")], io)).toBe(2);
    expect(stderr()).toMatch(/^duties: internal error: .*\nTypeError: Cannot read properties .*\n\s+at /u);
  });
});
