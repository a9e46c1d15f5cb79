// Nothing is lost: every non-blank line of every fixture is in the tree or in `ignored`.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeAndParse, prepareMarkdown } from "../src/cli/inputs.js";
import { lostLines } from "../src/parse/coverage.js";
import { fixture } from "./helpers/cli.js";

const docs = readdirSync(fixture("")).filter((f) => /\.(txt|md)$/u.test(f));

describe("lossless parsing", () => {
  it.each(docs)("accounts for every non-blank line of %s", async (name) => {
    await prepareMarkdown();
    const { doc, text } = decodeAndParse(readFileSync(fixture(name)), fixture(name), name);
    const lost = lostLines(doc, text);
    const lines = text.split(/\r\n|\r|\n/u);
    expect(lost.map((n) => `${n}: ${lines[n - 1]}`)).toEqual([]);
  });

  it("notices a line the tree leaves out", () => {
    const doc = { titleLine: null, ignored: [], sections: [] } as never;
    expect(lostLines(doc, "一行\n\n兩行")).toEqual([1, 3]);
  });
});
