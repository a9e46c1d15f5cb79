// docs/search.md: every example shown with its output still prints that output.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";

const DOC = readFileSync(new URL("../docs/search.md", import.meta.url), "utf8");

/** `$ npx duties …` lines of the ```console blocks, each with the output shown under it. */
function examples(): { command: string; args: string[]; output: string }[] {
  const out: { command: string; args: string[]; output: string }[] = [];
  for (const [, block] of DOC.matchAll(/```console\n([\s\S]*?)```/gu)) {
    for (const part of block!.split(/^(?=\$ )/mu)) {
      const [first, ...rest] = part.split("\n");
      out.push({ command: first!.slice(2), args: words(first!.replace(/^\$ npx duties /u, "")), output: rest.join("\n") });
    }
  }
  return out;
}

/** Splits a command line as a POSIX shell would, for the quoting the examples use ('…'). */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/gu)].map((m) => m[1] ?? m[2]!);
}

describe("docs/search.md", () => {
  const all = examples();

  it("has examples", () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all.map((e) => [e.command, e]))("%s", async (_command, example) => {
    const r = await runCli(example.args);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(example.output);
  });

  it("shows JSON messages that the command prints (all but the second match)", async () => {
    const shown = /```json\n([\s\S]*?)```/u.exec(DOC)![1]!.split("\n").filter(Boolean);
    const printed = (await runCli(["search", "--json", "宾客投诉", "fixtures/utf16le-bom.txt"])).stdout.split("\n").filter(Boolean);
    const withoutElapsed = (l: string) => l.replace(/"elapsed":\{[^}]*\},/u, "");
    expect(shown.map(withoutElapsed)).toEqual([printed[0]!, printed[1]!, printed[3]!, printed[4]!].map(withoutElapsed));
  });

  it("shows what a terminal gets", async () => {
    const shown = /```text\n([\s\S]*?)```/u.exec(DOC)![1]!;
    const r = await runCli(["search", "-m", "3", "客户", "fixtures/taiwan-traditional.txt"], { tty: true, env: { NO_COLOR: "1" } });
    expect(r.stdout).toBe(shown);
  });
});
