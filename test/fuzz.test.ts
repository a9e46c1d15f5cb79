// Fuzzing: random bytes, random Unicode, mutated fixtures and generated deep
// or long lists, through the parsers, every command's library and the CLI.
// For every input nothing throws, no line is lost and the Document keeps its
// contract. `npm test` runs a fixed, seeded number of cases; `npm run fuzz`
// runs many more (FUZZ_RUNS, FUZZ_SEED=random).
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeAndParse, prepareMarkdown } from "../src/cli/inputs.js";
import { DutiesError } from "../src/errors.js";
import { documentSchema, type Document } from "../src/model/document.js";
import { lostLines } from "../src/parse/coverage.js";
import { parse } from "../src/parse/index.js";
import { parseMarkdown } from "../src/parse/markdown.js";
import { diffDocuments } from "../src/query/diff.js";
import { compileMatcher, prepareSearch, search } from "../src/query/search.js";
import { activeRules, runRules } from "../src/query/validate.js";
import { EXPORT_FORMATS, renderDocuments } from "../src/render/formats.js";
import { renderTree } from "../src/render/tree.js";
import { SHAPES } from "../bench/fuzz/shapes.mjs";
import { fixture, runCli } from "./helpers/cli.js";
import { anyText, generatedList, mutatedBytes, mutatedFixture } from "./helpers/mutate.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261208);
if (process.env.FUZZ_SEED === "random") console.log(`fuzz: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`);
const options = (share = 1) => ({ seed: SEED, numRuns: Math.max(1, Math.round(RUNS * share)) });
/** A guard against hangs, not a measure of speed (bench/fuzz measures that): generous, and longer for long runs. */
const HANG_GUARD = Math.max(60_000, RUNS * 200);

const files = readdirSync(fixture("")).filter((f) => /\.(txt|md)$/u.test(f)).map((f) => readFileSync(fixture(f)));
const texts = files.map((bytes, i) => decodeAndParse(bytes, null, String(i)).text);
const rules = activeRules();
let base: Document;
let matcher: ReturnType<typeof compileMatcher>;

beforeAll(async () => {
  await Promise.all([prepareMarkdown(), prepareSearch()]);
  base = parse(readFileSync(fixture("sales-duties.txt"), "utf8"));
  matcher = compileMatcher(["负责|管理", "[一二三]、"], { case: "insensitive" });
});

/** What must hold for any text: each reader places every line and keeps the contract. */
function readBoth(text: string): Document[] {
  return [parse(text), parseMarkdown(text)].map((doc) => {
    expect(lostLines(doc, text)).toEqual([]);
    const checked = documentSchema.safeParse(doc);
    expect(checked.success, checked.error?.issues[0]?.message).toBe(true);
    return doc;
  });
}

/** Every command's library on a Document: validate, search, diff and every renderer. */
async function useAll(doc: Document): Promise<void> {
  runRules(doc, rules);
  search(doc, matcher, { in: "all" });
  diffDocuments(base, doc);
  renderTree(doc, { color: false, display: "fuzz" });
  for (const format of EXPORT_FORMATS) await renderDocuments(format, [doc]);
}

describe("fuzzing the parsers", () => {
  it("reads any Unicode text without throwing or losing a line", () => {
    fc.assert(fc.property(anyText, (text) => void readBoth(text)), options());
  }, HANG_GUARD);

  it("reads fixtures cut, joined, shuffled and with markers swapped between styles", () => {
    fc.assert(fc.property(mutatedFixture(texts), (text) => void readBoth(text)), options());
  }, HANG_GUARD);

  it("reads generated lists up to 300 levels deep and 2,000 items long", () => {
    fc.assert(fc.property(generatedList(300, 2_000), (text) => {
      const [doc] = readBoth(text);
      expect(doc!.sections.flatMap((s) => s.roles)).toHaveLength(1);
    }), options(0.2));
  }, HANG_GUARD);

  it("decodes and reads any bytes (random, or a fixture's with invalid and cut-off sequences), or says they are binary", () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 3_000 }), mutatedBytes(files));
    fc.assert(fc.property(bytes, fc.constantFrom(null, "sheet.md"), (bytes, path) => {
      try {
        const { doc, text } = decodeAndParse(bytes, path, "fuzz");
        expect(lostLines(doc, text)).toEqual([]);
      } catch (err) {
        expect(err).toBeInstanceOf(DutiesError);
        expect((err as DutiesError).code).toBe("binary");
      }
    }), options());
  }, HANG_GUARD);

  it.each(SHAPES.map((s) => [s.name, s]))("reads 100 KB of the hostile shape %s", (_name, shape) => {
    readBoth(shape.make(100_000));
  }, HANG_GUARD);
});

describe("fuzzing the commands", () => {
  it("validate, search, diff and export take any parsed Document", async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(mutatedFixture(texts), anyText), async (text) => {
      for (const doc of readBoth(text)) await useAll(doc);
    }), options(0.5));
  }, HANG_GUARD);

  it("the CLI ends any input with 0, 1 or 2 and at most two lines of message, never a stack", async () => {
    const commands = [["parse"], ["parse", "--format", "tree"], ["validate"], ["export", "-f", "csv"], ["search", "负责", "-"], ["diff", fixture("sales-duties.txt"), "-"]];
    const input = fc.oneof(fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.from(b)), fc.oneof(mutatedFixture(texts), anyText).map((t) => Buffer.from(t)));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...commands), input, fc.constantFrom("text", "markdown"), async (args, stdin, from) => {
      const r = await runCli([...args, "--from", from], { stdin });
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stderr).not.toMatch(/^\s+at /mu);
      expect(r.stderr).not.toContain("internal error");
      expect(r.stderr.split("\n").filter(Boolean).length).toBeLessThanOrEqual(2);
    }), options(0.3));
  }, HANG_GUARD);
});
