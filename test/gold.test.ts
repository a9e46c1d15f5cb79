// Fidelity: every fixture parses to (nearly) its hand-checked gold tree.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeAndParse, prepareMarkdown } from "../src/cli/inputs.js";
import { fixture } from "./helpers/cli.js";
import { compareWithGold, type Gold } from "./helpers/gold.js";

const docs = readdirSync(fixture("")).filter((f) => /\.(txt|md)$/u.test(f) && existsSync(fixture(f.replace(/\.[^.]+$/u, ".gold.json"))));

function fidelity(name: string) {
  const { doc } = decodeAndParse(readFileSync(fixture(name)), fixture(name), name);
  const gold = JSON.parse(readFileSync(fixture(name.replace(/\.[^.]+$/u, ".gold.json")), "utf8")) as Gold;
  return { doc, gold, result: compareWithGold(doc, gold) };
}

describe("parse against the gold trees", () => {
  it("has a gold tree for the customer's sheet and at least 16 more", () => {
    expect(docs).toContain("sales-duties.txt");
    expect(docs.length).toBeGreaterThanOrEqual(17);
  });

  it("gets the customer's sheet exactly right", async () => {
    const { doc, gold, result } = fidelity("sales-duties.txt");
    expect(result.missed).toEqual([]);
    expect(result.extra).toEqual([]);
    expect(result.tree).toBe(1);
    expect(result.roleF1).toBe(1);
    expect(doc.title).toBe(gold.title);
    expect(doc.sections.map((s) => s.title)).toEqual(gold.sections.map((s) => s.title));
  });

  it.each(docs)("%s scores at least 95 percent on the tree and on the roles", async (name) => {
    await prepareMarkdown();
    const { result } = fidelity(name);
    expect({ name, tree: result.tree >= 0.95, roles: result.roleF1 >= 0.95, missed: result.missed.slice(0, 5), extra: result.extra.slice(0, 5) })
      .toMatchObject({ name, tree: true, roles: true });
    expect(result.number).toBeGreaterThanOrEqual(0.95);
  });

  it("notices a tree that differs from its gold", () => {
    const { doc, gold } = fidelity("sales-duties.txt");
    const role = doc.sections[0]!.roles[0]!;
    role.duties.push(role.duties.shift()!.children[0] ?? { ...role.duties[0]!, text: "多出來的一項" });
    doc.sections[1]!.roles[0]!.name = "別的名字";
    const result = compareWithGold(doc, gold);
    expect(result.tree).toBeLessThan(1);
    expect(result.roleF1).toBeLessThan(1);
  });
});
