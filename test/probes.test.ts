// The probe corpus: 88 sheets in eleven families (test/probes/<set>/), each written with its gold tree by hand before
// the parser read it, kept as a net under the parser's changes. The parser was then taught from them, so their
// scores say what it has learnt, not how it reads a sheet it has never seen (that is what a new set is for).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeAndParse, prepareMarkdown } from "../src/cli/inputs.js";
import { lostLines } from "../src/parse/coverage.js";
import { compareWithGold, type Gold } from "./helpers/gold.js";

const root = fileURLToPath(new URL("./probes/", import.meta.url));
const docs = readdirSync(root).flatMap((set) => readdirSync(root + set).filter((f) => /\.(txt|md)$/u.test(f)).map((f) => `${set}/${f}`));

function read(path: string) {
  const bytes = readFileSync(root + path);
  const { doc } = decodeAndParse(bytes, root + path, path);
  const gold = JSON.parse(readFileSync(root + path.replace(/\.[^.]+$/u, ".gold.json"), "utf8")) as Gold;
  return { doc, text: bytes.toString("utf8"), result: compareWithGold(doc, gold) };
}

describe("the probe corpus", () => {
  it("holds eleven sets of eight sheets", () => {
    expect(docs).toHaveLength(88);
  });

  it("scores at least 97 percent on the tree over all its sheets, none below 85", async () => {
    await prepareMarkdown();
    const scores = docs.map((path) => ({ path, tree: read(path).result.tree }));
    const mean = scores.reduce((sum, s) => sum + s.tree, 0) / scores.length;
    expect(scores.filter((s) => s.tree < 0.85)).toEqual([]);
    expect(mean).toBeGreaterThanOrEqual(0.97);
  });

  it.each(docs)("%s loses no line", async (path) => {
    await prepareMarkdown();
    const { doc, text } = read(path);
    expect(lostLines(doc, text)).toEqual([]);
  });
});
