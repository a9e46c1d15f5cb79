// Every regular expression in src/ checked for catastrophic backtracking with
// recheck: the literals and the constant `new RegExp` patterns as written, and
// the patterns built at run time as the code builds them. A pattern recheck
// finds vulnerable must be fixed, or be listed below with the guard that makes
// it safe and a test that runs it on 100,000 characters of its attack.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkSync, type Diagnostics } from "recheck";
import { beforeAll, describe, expect, it } from "vitest";
import { SHAPES } from "../bench/fuzz/shapes.mjs";
import { patternsInSource, recordBuiltPatterns, type BuiltPattern } from "./helpers/patterns.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Calls that compile what the user typed (a search pattern, a --role glob): the user's patterns, not ours. */
const USER_PATTERNS = new Map([
  ["src/query/search-pattern.ts", "assertValid: compiles the user's pattern to say where it is wrong"],
  ["src/query/search.ts", "compileMatcher: the user's pattern, folded"],
  ["src/query/search-items.ts", "globTest: the user's --role or --section glob"],
]);

/**
 * Patterns recheck finds vulnerable that only ever see short text: each is
 * named by its file and a piece of its source, with the guard, and
 * test/redos.test.ts runs 100,000 characters of its attack through it.
 */
const GUARDED = [
  { file: "src/parse/headings.ts", piece: "^(?<name>.*?)(?:的)?", guard: "roleHeading: text over 40 characters is no heading" },
  { file: "src/parse/headings.ts", piece: "[(（][^)）]*[)）]$", guard: "isPositionName: text over 16 characters is no name" },
  { file: "src/parse/noise.ts", piece: "页", guard: "isPageMarker: a line over 24 characters is no page number" },
  { file: "src/parse/noise.ts", piece: "頁", guard: "isPageMarker: a line over 24 characters is no page number" },
  { file: "src/parse/noise.ts", piece: "(?:来源|來源)", guard: "isAdvertising: a line over 120 characters is no advertising" },
  { file: "src/parse/build.ts", piece: "\\s+$", guard: "acceptMarker: the marker of a one-letter Roman numeral, trimmed: two characters at most" },
  // Not a length guard: recheck's model misses that this lookbehind prunes the starts; redos.test.ts runs its attacks, linear.
  { file: "src/query/search-prefilter.ts", piece: "(?:\\n|(?<![\\r\\n]", guard: "the prefilter's line-end starts: tried at the first line end of a blank run only" },
];
const guardOf = (site: string, source: string) => GUARDED.find((g) => site.startsWith(`${g.file}:`) && source.includes(g.piece));

/** Patterns built at run time from one `new RegExp` differ only in their literals (numerals, a sample's separator): a few of each are checked. */
const PER_SITE = 4;

const inSource = patternsInSource(ROOT);
let built: BuiltPattern[] = [];

/** Runs every command on every fixture and the hostile shapes, so that each `new RegExp` builds its patterns. */
async function exercise(): Promise<void> {
  const { runCli } = await import("./helpers/cli.js");
  const { parse } = await import("../src/parse/index.js");
  const { parseMarkdown } = await import("../src/parse/markdown.js");
  const files = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/u.test(f)).map((f) => FIXTURES + f);
  for (const shape of SHAPES) {
    const text = shape.make(5_000);
    parse(text);
    parseMarkdown(text);
  }
  // A long Markdown text is read in pieces; a fence open where a piece would end builds the pattern of its closing fence.
  parseMarkdown(`## 销售经理岗位职责\n\n${"1. 负责\n".repeat(400)}\n\`\`\`\n代码\n\n## 不是标题\n\`\`\`\n\n## 下一节\n`);
  for (const file of files) {
    for (const args of [["parse"], ["validate"], ["export", "-f", "md"], ["export", "-f", "csv"]]) await runCli([...args, file]);
  }
  for (const args of [["负责"], ["-F", "销售 计划"], ["-w", "客户"], ["--role", "*经理", "负责|管理"], ["-i", "crm", "--encoding", "gbk"]]) {
    await runCli(["search", "--threads", "1", ...args, ...files]);
  }
  await runCli(["diff", FIXTURES + "sales-duties.txt", FIXTURES + "taiwan-traditional.txt"]);
}

beforeAll(async () => {
  built = await recordBuiltPatterns(ROOT, exercise);
}, 300_000);

describe("finding the patterns", () => {
  it("finds the literals and constructors of src/", () => {
    expect(inSource.filter((p) => p.kind === "literal").length).toBeGreaterThan(100);
    expect(inSource.find((p) => p.site.startsWith("src/parse/markers.ts") && p.kind === "constructor" && p.source?.includes("(?<unit>篇|部分|章"))).toBeDefined();
  });

  it("sees every `new RegExp` whose pattern is not constant build its patterns at run time", () => {
    const seen = new Set(built.map((b) => b.site));
    const dynamic = inSource.filter((p) => p.kind === "constructor" && p.source === null).map((p) => p.site);
    expect(dynamic.filter((site) => !seen.has(site))).toEqual([]);
  });
});

describe("no catastrophic backtracking", () => {
  const report = (d: Diagnostics) => (d.status === "vulnerable" ? `${d.complexity.type}: ${d.attack.pattern}` : d.status);

  it("in any pattern of src/", () => {
    const perSite = new Map<string, number>();
    const sampled = built.filter((b) => !USER_PATTERNS.has(b.site.split(":")[0]!)).filter((b) => {
      const n = perSite.get(b.site) ?? 0;
      perSite.set(b.site, n + 1);
      return n < PER_SITE;
    });
    const ours = [...inSource.filter((p) => p.source !== null).map((p) => ({ site: p.site, source: p.source!, flags: p.flags! })), ...sampled];
    const unique = new Map(ours.map((p) => [`${p.flags}/${p.source}`, p]));
    const started = performance.now();
    const results = [...unique.values()].map((p) => ({ ...p, result: checkSync(p.source, p.flags, { randomSeed: 1, timeout: 10_000 }) }));
    console.log(`recheck: ${results.length} patterns in ${Math.round(performance.now() - started)} ms`);
    const bad = results.filter((r) => r.result.status !== "safe" && !guardOf(r.site, r.source));
    expect(bad.map((r) => `${r.site} /${r.source.slice(0, 80)}/${r.flags} ${report(r.result)}`)).toEqual([]);
    // Every guard still names a pattern that exists.
    for (const g of GUARDED) expect(results.some((r) => guardOf(r.site, r.source) === g), g.piece).toBe(true);
  }, 300_000);
});
