import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { progress } from "../src/cli/progress.js";

class Sink extends Writable {
  text = "";
  isTTY?: boolean;
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

describe("the progress line", () => {
  it("says nothing when stderr is not a terminal", () => {
    const err = new Sink();
    const bar = progress(err, "searching", { delayMs: 0 });
    bar.update(1, 10);
    bar.clear();
    expect(err.text).toBe("");
  });

  it("shows on a terminal once the run has taken a while, and clears itself", () => {
    const err = Object.assign(new Sink(), { isTTY: true });
    const bar = progress(err, "searching", { delayMs: 0 });
    bar.update(3, 10);
    expect(err.text).toBe("\r\u001b[Ksearching: 3 of 10");
    bar.clear();
    expect(err.text.endsWith("\r\u001b[K")).toBe(true);
  });

  it("waits before it shows", () => {
    const err = Object.assign(new Sink(), { isTTY: true });
    progress(err, "searching", { delayMs: 60_000 }).update(3, 10);
    expect(err.text).toBe("");
  });
});
