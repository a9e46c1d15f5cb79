import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture, runBin, runCli } from "./helpers/cli.js";

describe("duties parse", () => {
  it("prints the Document as JSON when stdout is not a terminal", async () => {
    const r = await runCli(["parse", fixture("sales-duties.txt")]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.kind).toBe("document");
    expect(doc.sections).toHaveLength(5);
  });

  it("prints a readable tree on a terminal", async () => {
    const r = await runCli(["parse", fixture("sales-duties.txt")], { tty: true, env: { NO_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("銷售總監");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("fails with a one-line message and exit 2 for a missing file", async () => {
    const r = await runCli(["parse", "no/such/file.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("no/such/file.txt");
  });

  it("runs through the real bin", () => {
    const r = runBin(["parse", "fixtures/sales-duties.txt", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe("銷售部崗位職責匯編");
  });
});

describe("Documents read back from JSON", () => {
  it("takes what parse prints, piped into export, as Documents rather than sheet text", async () => {
    const one = await runCli(["parse", fixture("gbk-crlf.txt")]);
    const back = await runCli(["export", "-", "--format", "json"], { stdin: one.stdout });
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(one.stdout));
  });

  it("reads an array (parse of several files) and JSON Lines as several Documents", async () => {
    const files = [fixture("gbk-crlf.txt"), fixture("big5.txt")];
    for (const format of ["json", "jsonl"]) {
      const printed = await runCli(["parse", ...files, "--format", format]);
      const back = await runCli(["export", "-", "--format", "jsonl"], { stdin: printed.stdout });
      expect(back.code).toBe(0);
      const roles = new Set(back.stdout.trim().split("\n").map((l) => JSON.parse(l).file));
      expect([...roles].sort()).toEqual([...files].sort());
    }
  });

  it("names the file and the document when one of several is not a Document", async () => {
    const r = await runCli(["export", "-", "--format", "jsonl"], { stdin: '{"kind":"document"}\n{"kind":"duty"}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^duties: <stdin>: document 1: not a duties Document: schemaVersion/u);
  });
});

describe("a reader that goes away", () => {
  it("ends quietly with exit 0 when stdout closes early (duties … | head)", async () => {
    const { spawn } = await import("node:child_process");
    const { BIN } = await import("./helpers/cli.js");
    for (const args of [["export", "fixtures/sales-duties.txt", "--format", "jsonl"], ["parse", "fixtures", "--format", "jsonl"]]) {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: fixture(".."), stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      child.stdout.once("data", () => child.stdout.destroy());
      const code = await new Promise((resolve) => child.on("close", resolve));
      expect({ args: args.join(" "), code, stderr }).toEqual({ args: args.join(" "), code: 0, stderr: "" });
    }
  });
});

describe("duties --version", () => {
  it("prints the package's version and exits 0, with -V too", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const r = await runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });

  it("still lists every command under --help", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    for (const name of ["parse", "search", "diff", "validate", "export", "schema"]) expect(r.stdout).toContain(name);
  });
});
