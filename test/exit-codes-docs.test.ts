// docs/exit-codes.md: each example that states its exit code ("echo $?   # 2")
// runs as written from the repo root, through npx and the real bin, and ends so.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";

const doc = readFileSync(new URL("../docs/exit-codes.md", import.meta.url), "utf8");
const examples = [...doc.matchAll(/^(npx duties .*; echo \$\?)\s+# (\d)/gmu)]
  // (Not the one that writes to /dev/null: should writing in place ever regress, the test would replace the machine's /dev/null.)
  .filter((m) => !m[1]!.includes("-o /dev/"))
  .map((m) => [m[1]!, Number(m[2])] as const);

describe("docs/exit-codes.md", () => {
  it("has examples", () => expect(examples.length).toBeGreaterThanOrEqual(4));

  it.each(examples)("%s → %i", (line, code) => {
    const out = execFileSync("sh", ["-c", `${line} 2>/dev/null`], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(out.trim().split("\n").pop()).toBe(String(code));
  });
});
