import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { DutiesError } from "../src/errors.js";
import type { Duty } from "../src/model/document.js";
import { parse } from "../src/parse/index.js";
import { addContext } from "../src/query/search-context.js";
import { compileMatcher, matchText, prepareSearch, search } from "../src/query/search.js";
import * as duties from "../src/index.js";
import { fixture } from "./helpers/cli.js";
import { SEARCH_SHEET as SHEET } from "./helpers/search-sheet.js";

beforeAll(prepareSearch);

const sales = parse(readFileSync(fixture("sales-duties.txt"), "utf8"));


describe("the customer's sheet", () => {
  // Counted from the hand-checked gold tree, not by the search under test.
  const gold = JSON.parse(readFileSync(fixture("sales-duties.gold.json"), "utf8"));
  const goldLines: number[] = [];
  const walk = (duties: { text: string; line: number; children: unknown[] }[]) => {
    for (const d of duties) {
      if (d.text.includes("客戶") || d.text.includes("客户")) goldLines.push(d.line);
      walk(d.children as typeof duties);
    }
  };
  for (const s of gold.sections) for (const r of s.roles) walk(r.duties);

  it("finds every duty that holds 客戶 with the Simplified pattern 客户", () => {
    expect(goldLines.length).toBeGreaterThan(50);
    const found = search(sales, compileMatcher(["客户"]));
    expect(found.map((m) => m.line)).toEqual(goldLines);
  });

  it("finds the same duties with the Traditional pattern 客戶", () => {
    const simplified = search(sales, compileMatcher(["客户"])).map((m) => m.duty!.id);
    const traditional = search(sales, compileMatcher(["客戶"])).map((m) => m.duty!.id);
    expect(traditional).toEqual(simplified);
  });

  it("points submatches into the text as written", () => {
    for (const m of search(sales, compileMatcher(["客户"]))) {
      for (const s of m.submatches) {
        expect(s.match).toBe("客戶");
        expect(m.text.slice(s.start, s.end)).toBe("客戶");
      }
    }
  });

  it("limits matches to the roles a --role glob names, folded like the pattern", () => {
    const all = search(sales, compileMatcher(["客户"]));
    const consultants = search(sales, compileMatcher(["客户"]), { role: "置业顾问" });
    expect(consultants.length).toBeGreaterThan(0);
    expect(consultants.every((m) => m.role.name === "置業顧問")).toBe(true);
    expect(consultants).toEqual(all.filter((m) => m.role.name === "置業顧問"));
  });
});

describe("compileMatcher", () => {
  it("folds the literals of a regular expression but keeps its syntax", () => {
    expect(compileMatcher(["客戶(資料|協議)"]).regexes[0]!.source).toBe("客户(资料|协议)");
    expect(compileMatcher(["[客戶]+\\d"]).regexes[0]!.source).toBe("[客户]+\\d");
  });

  it("escapes full-width punctuation that folds into regex syntax", () => {
    const m = compileMatcher(["（一）"]);
    expect(m.regexes[0]!.source).toBe("\\(一\\)");
    expect(matchText(m, "見（一）及(一)")).toEqual([
      { start: 1, end: 4, match: "（一）" },
      { start: 5, end: 8, match: "(一)" },
    ]);
  });

  it("keeps the ends of a class range as written", () => {
    expect(compileMatcher(["[戶-戸]"]).regexes[0]!.source).toBe("[戶-戸]");
  });

  it("treats -F patterns as fixed strings", () => {
    expect(matchText(compileMatcher(["(賣點"], { fixedStrings: true }), "根據項目的賣點(賣點是可以創造的)")).toEqual([{ start: 7, end: 10, match: "(賣點" }]);
  });

  it.each([
    ["负责(客户|销售", "regex parse error: missing ) for the ( at column 3 in 负责(客户|销售"],
    ["客户)", "regex parse error: unopened ) at column 3 in 客户)"],
    ["[客户", "regex parse error: missing ] for the [ at column 1 in [客户"],
    ["*客户", "regex parse error: nothing to repeat at column 1 in *客户"],
    ["客户\\", "regex parse error: \\ at end of pattern (column 3) in 客户\\"],
    ["客{3,1}", "regex parse error: numbers out of order in {} quantifier at column 6 in 客{3,1}"],
    ["\\p{Han}", "regex parse error: invalid property name at column 1 in \\p{Han}"],
  ])("says where the invalid pattern %s is wrong", (pattern, message) => {
    let error: unknown;
    try {
      compileMatcher([pattern]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DutiesError);
    expect((error as DutiesError).code).toBe("pattern");
    expect((error as DutiesError).message).toBe(message);
  });

  it("is case-sensitive by default, insensitive with -i, smart with -S", () => {
    const text = "Sales Director 與 sales director";
    expect(matchText(compileMatcher(["sales"]), text).map((s) => s.start)).toEqual([17]);
    expect(matchText(compileMatcher(["sales"], { case: "insensitive" }), text).map((s) => s.start)).toEqual([0, 17]);
    expect(matchText(compileMatcher(["sales"], { case: "smart" }), text).map((s) => s.start)).toEqual([0, 17]);
    expect(matchText(compileMatcher(["Sales"], { case: "smart" }), text).map((s) => s.start)).toEqual([0]);
  });

  it("folds full-width letters and digits, and --no-fold turns folding off", () => {
    expect(matchText(compileMatcher(["KPI"]), "提交ＫＰＩ報表")).toEqual([{ start: 2, end: 5, match: "ＫＰＩ" }]);
    expect(matchText(compileMatcher(["KPI"], { fold: false }), "提交ＫＰＩ報表")).toEqual([]);
    expect(matchText(compileMatcher(["客户"], { fold: false }), "客戶")).toEqual([]);
    expect(matchText(compileMatcher(["客戶"], { fold: false }), "客戶")).toHaveLength(1);
  });

  it("matches whole words only with -w, as Intl.Segmenter splits Chinese", () => {
    const word = compileMatcher(["客户"], { wordRegexp: true });
    expect(matchText(word, "维系公司与客户间的关系")).toHaveLength(1);
    expect(matchText(compileMatcher(["户"], { wordRegexp: true }), "维系公司与客户间的关系")).toEqual([]);
    expect(matchText(compileMatcher(["Sales"], { wordRegexp: true }), "SalesDirector 與 Sales")).toEqual([{ start: 16, end: 21, match: "Sales" }]);
  });

  it("merges the matches of several patterns, leftmost first, without overlaps", () => {
    expect(matchText(compileMatcher(["客户", "户关系", "关系"]), "维系客户关系")).toEqual([
      { start: 2, end: 4, match: "客户" },
      { start: 4, end: 6, match: "关系" },
    ]);
  });
});

describe("search", () => {
  const doc = parse(SHEET);

  it("searches duties, nested ones included, with their place in the tree", () => {
    const found = search(doc, compileMatcher(["投诉"]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: "match",
      field: "duty",
      role: { name: "銷售經理" },
      parents: [{ number: "2", text: "督導客戶服務：" }],
      duty: { number: "1", marker: "（1）", text: "處理客戶投訴；" },
      line: 5,
    });
  });

  it("searches role names and summaries with in: roles, and both with in: all", () => {
    const roles = search(doc, compileMatcher(["销售"]), { in: "roles" });
    expect(roles.map((m) => [m.field, m.text])).toEqual([
      ["name", "銷售經理"],
      ["summary", "負責區域銷售團隊的日常管理。"],
    ]);
    const all = search(doc, compileMatcher(["销售"]), { in: "all" });
    expect(all.map((m) => m.field)).toEqual(["name", "summary", "duty"]);
  });

  it("filters sections and roles by glob", () => {
    const matcher = compileMatcher(["客户"]);
    expect(search(doc, matcher, { role: "客服*" }).map((m) => m.role.name)).toEqual(["客服专员", "客服专员"]);
    expect(search(doc, matcher, { role: "銷售?理" }).every((m) => m.role.name === "銷售經理")).toBe(true);
    expect(search(doc, matcher, { section: "第二篇*" })).toEqual([]);
  });

  it("stops after maxCount matching items", () => {
    expect(search(doc, compileMatcher(["客户"]), { maxCount: 2 }).map((m) => m.line)).toEqual([3, 4]);
  });

  it("finds a phrase that a line break split in the source", () => {
    const wrapped = parse("一、研发总监\n1.全面负责研发中心的技术路线规划，组织制定公司中长期产品技\n术发展规划。\n");
    expect(search(wrapped, compileMatcher(["技術發展"]))).toHaveLength(1);
  });
});

describe("addContext", () => {
  const doc = parse(SHEET);
  const flat = (groups: ReturnType<typeof addContext>) => groups.map((g) => g.map((l) => `${l.kind[0]}${l.line}`).join(" "));

  it("adds neighbouring duties of the same role, nested ones in document order", () => {
    const found = search(doc, compileMatcher(["KPI"]));
    expect(flat(addContext(doc, found, { before: 1, after: 1 }))).toEqual(["c6 m7 c8"]);
    expect(flat(addContext(doc, found, { before: 2 }))).toEqual(["c5 c6 m7"]);
  });

  it("never crosses into another role, and groups what touches", () => {
    const found = search(doc, compileMatcher(["工作|来电"]));
    expect(flat(addContext(doc, found, { after: 2 }))).toEqual(["m8", "m10 c11"]);
    const both = search(doc, compileMatcher(["投诉|回访"]));
    expect(flat(addContext(doc, both, { before: 1 }))).toEqual(["c4 m5 m6"]);
  });
});

describe("the Document the tests search", () => {
  it("has the shape the tests expect", () => {
    const doc = parse(SHEET);
    const count = (list: Duty[]): number => list.reduce((n, d) => n + 1 + count(d.children), 0);
    expect(doc.sections[0]!.roles.map((r) => [r.name, count(r.duties)])).toEqual([
      ["銷售經理", 6],
      ["客服专员", 2],
    ]);
  });
});

describe("the library entry", () => {
  it("exports the search API", () => {
    expect([duties.prepareSearch, duties.compileMatcher, duties.search, duties.matchText, duties.addContext].every((f) => typeof f === "function")).toBe(true);
  });
});
