// The README's examples run as written: every `npx duties …` line of its sh
// blocks (through the built bin, which is what npx runs here), in order.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "./helpers/cli.js";

const readme = readFileSync(`${ROOT}/README.md`, "utf8");
const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/gu)].map((m) => m[1]!);

// Commands that set up or run the project itself, not examples of the tool.
const SETUP = /^(npm |node \.\.\/shared|node bench\/)/u;
// Examples whose answer is the negative one (exit 1), as the README says.
const NEGATIVE = [/--max-warnings 0/u, /--exit-code/u];

const examples = blocks.flatMap((block) =>
  block.startsWith("node --input-type")
    ? [block.trim()]
    : block.split("\n").map((l) => l.replace(/\s+#.*$/u, "").trim()).filter((l) => l && !l.startsWith("#") && !SETUP.test(l)),
);
const hasJq = spawnSync("jq", ["--version"]).status === 0;

describe("README examples", () => {
  it("has examples for every command", () => {
    for (const command of ["parse", "search", "diff", "validate", "export"]) {
      expect(examples.some((e) => e.includes(`npx duties ${command}`))).toBe(true);
    }
  });

  it.each(examples.map((e) => [e.split("\n")[0]!.slice(0, 80), e]))("runs: %s", (_name, example) => {
    if (/\| jq /u.test(example) && !hasJq) return; // jq is not part of this project; the example needs it
    const command = example.replaceAll("npx duties", `"${process.execPath}" "${BIN}"`);
    const r = spawnSync("bash", ["-o", "pipefail", "-c", command], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
    const expected = NEGATIVE.some((re) => re.test(example)) ? 1 : 0;
    expect({ code: r.status, stderr: r.stderr.includes("internal error") || /\n\s+at /u.test(r.stderr) }).toEqual({ code: expected, stderr: false });
    if (expected === 0 && !example.includes("--out") && !example.includes(" -o ") && !example.includes("> /tmp")) expect(r.stdout.length).toBeGreaterThan(0);
  });
});
