import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import * as OpenCC from "opencc-js/cn2t";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeAndParse } from "../src/cli/inputs.js";
import type { Duty } from "../src/model/document.js";
import { compileMatcher, prepareSearch, search, type MatcherOptions } from "../src/query/search.js";
import { decode } from "../src/text/decode.js";
import { foldText } from "../src/text/fold.js";
import { fixture } from "./helpers/cli.js";

beforeAll(prepareSearch);

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/** Whether the prefilter lets these bytes through for `pattern`. */
const passes = (bytes: Uint8Array, pattern: string, options: MatcherOptions = {}) => compileMatcher([pattern], options).prefilter!.bytes(bytes);

const gbk = (text: string) => {
  // Node cannot encode GBK: build the bytes from a decoder's view of the fixture instead.
  const bytes = readFileSync(fixture("gbk-crlf.txt"));
  expect(new TextDecoder("gb18030").decode(bytes)).toContain(text);
  return bytes;
};

describe("the byte prefilter", () => {
  it("rules out files that cannot match", () => {
    for (const name of ["sales-duties.txt", "big5.txt", "gbk-crlf.txt", "utf16le-bom.txt", "pdf-copy.txt"]) {
      expect(passes(readFileSync(fixture(name)), "量子加密通信设备"), name).toBe(false);
    }
  });

  it("lets a Traditional UTF-8 file through for a Simplified pattern", () => {
    expect(passes(readFileSync(fixture("sales-duties.txt")), "客户资料")).toBe(true);
  });

  it("reads GB18030 and Big5 bytes, in both scripts", () => {
    expect(passes(gbk("生产成本的控制"), "生產成本的控制")).toBe(true);
    expect(passes(readFileSync(fixture("big5.txt")), "资金调度")).toBe(true);
    expect(passes(readFileSync(fixture("big5.txt")), "資金調度")).toBe(true);
  });

  it("reads UTF-16 with a byte-order mark", () => {
    const bytes = readFileSync(fixture("utf16le-bom.txt"));
    expect(passes(bytes, "宾客投诉")).toBe(true);
    expect(passes(bytes, "賓客投訴")).toBe(true);
    expect(passes(bytes, "量子加密")).toBe(false);
  });

  it("lets a phrase through that a wrapped line breaks, in UTF-8 and in Big5", () => {
    // pdf-copy.txt: "…中长期产品技\n术发展规划…"; big5.txt: "…並於次月十日\n前提交總經理。"
    expect(passes(readFileSync(fixture("pdf-copy.txt")), "產品技術發展")).toBe(true);
    expect(passes(readFileSync(fixture("big5.txt")), "十日前提交总经理")).toBe(true);
  });

  it("lets a phrase through that page noise splits across a page break", () => {
    const text = "一、研发总监\n1.全面负责研发中心的技术路线规划，组织实施量子加  \r\n第 1 页 共 2 页\r\n　密通信设备巡检。\n2.主持评审。\n";
    const doc = decodeAndParse(Buffer.from(text), null, "test", {}).doc;
    expect(search(doc, compileMatcher(["量子加密通信"]))).toHaveLength(1);
    expect(passes(Buffer.from(text), "量子加密通信")).toBe(true);
    expect(passes(Buffer.from(text.replace("密通", "秘通")), "量子加密通信")).toBe(false);
  });

  it("rules out a file that lacks a character of the phrase, even where a line end breaks its start", () => {
    const wrapped = "一、经理\n1、负责量子\n加密通信设\n2、做好记录。\n";
    expect(passes(Buffer.from(wrapped), "量子加密通信设备")).toBe(false);
    expect(passes(Buffer.from(`${wrapped}3、维护設備。\n`), "量子加密通信设备")).toBe(true);
  });

  it("gives a file the same answer whatever files it saw before (it tries first the character that last ruled one out)", () => {
    const texts = ["量子加密", "量子加密通信设备", "子加密通信设备", "量子加密通信设", "量子\n加密通信設備", "通信设备量子加密"];
    const files = texts.map((t) => Buffer.from(`1、${t}\n`));
    const shared = compileMatcher(["量子加密通信设备"]).prefilter!;
    const answers = files.map((f) => shared.bytes(f));
    expect(answers).toEqual([false, true, false, false, true, false]);
    expect(answers).toEqual(files.map((f) => passes(f, "量子加密通信设备")));
  });

  it("looks for a phrase only as UTF-8 in a file that is read as UTF-8 whatever it holds", () => {
    // 通知 in GB18030 (CD A8 D6 AA) is valid UTF-8 as well ("֪ͨ").
    const gb = Buffer.from([0xcd, 0xa8, 0xd6, 0xaa]);
    expect(gb.toString("utf8")).toBe("֪ͨ");
    const short = Buffer.concat([Buffer.from("一、经理\n1、"), gb, Buffer.from("。\n")]);
    expect(passes(short, "通知")).toBe(true); // short UTF-8 may be GBK by accident: decoding weighs both readings
    const long = Buffer.concat([short, Buffer.from(`2、${"负责部门日常管理工作。".repeat(200)}\n`)]);
    expect(decode(long).encoding).toBe("utf-8");
    expect(passes(long, "通知")).toBe(false);
    expect(passes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), short]), "通知")).toBe(false);
  });

  it("looks for the literal runs a regular expression requires, in every alternative", () => {
    const bytes = readFileSync(fixture("sales-duties.txt"));
    expect(passes(bytes, "客户.{0,4}资料")).toBe(true);
    expect(passes(bytes, "量子|客户资料")).toBe(true);
    expect(passes(bytes, "量子(加密)?")).toBe(false);
    expect(compileMatcher(["客户|\\d+"]).prefilter).toBeNull();
    expect(compileMatcher(["(客户)"]).prefilter).toBeNull();
  });

  it("accounts for case and width folding", () => {
    const bytes = Buffer.from("一、經理\n1、每月提交ＫＰＩ報表給Sales Director。\n");
    expect(passes(bytes, "kpi", { case: "insensitive" })).toBe(true);
    expect(passes(bytes, "KPI")).toBe(true);
    expect(passes(bytes, "kpi")).toBe(false);
    expect(passes(bytes, "sales director", { case: "smart" })).toBe(true);
    expect(passes(bytes, "KPI", { fold: false })).toBe(false);
  });

  it("does not rule out a CSV record whose quoted cell doubles a quote (the parser undoes it)", () => {
    const bytes = Buffer.from('岗位名称,岗位职责\n招聘专员,"1、维护""校园招聘""渠道。"\n');
    expect(passes(bytes, '维护"校园')).toBe(true);
    expect(passes(Buffer.from(bytes.toString().replace(/""/gu, "“")), '维护"校园')).toBe(false);
  });

  it("never rules out a file that the search would match (property)", () => {
    const files = readdirSync(fixture(".")).filter((f) => f.endsWith(".txt"));
    const bytesOf = new Map(files.map((name) => [name, readFileSync(fixture(name))]));
    const samples = files.flatMap((name) => {
      const { doc } = decodeAndParse(bytesOf.get(name)!, name, name, {});
      const texts: string[] = [];
      const walk = (list: Duty[]) => list.forEach((d) => (texts.push(d.text), walk(d.children)));
      for (const s of doc.sections) for (const r of s.roles) walk(r.duties);
      return texts.filter((t) => [...t].length >= 2).map((text) => ({ name, text }));
    });
    const pattern = fc.record({
      sample: fc.constantFrom(...samples),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 10 }),
      script: fc.constantFrom("as written", "simplified", "traditional"),
      dot: fc.boolean(),
    });
    fc.assert(
      fc.property(pattern, ({ sample, at, length, script, dot }) => {
        const chars = [...sample.text];
        const start = at % chars.length;
        let phrase = chars.slice(start, start + length).join("");
        if (script === "simplified") phrase = foldText(phrase, { script: true });
        if (script === "traditional") phrase = toTraditional(phrase);
        const escape = (c: string) => c.replace(/[\^$\\.*+?()[\]{}|/]/gu, "\\$&");
        const parts = [...phrase].map(escape);
        // Sometimes a dot stands for the second character: the runs around it must still be found.
        const regex = dot && parts.length > 2 ? `${parts[0]}.${parts.slice(2).join("")}` : parts.join("");
        const matcher = compileMatcher([regex]);
        const bytes = bytesOf.get(sample.name)!;
        const { doc } = decodeAndParse(bytes, sample.name, sample.name, {});
        fc.pre(search(doc, matcher).length > 0);
        expect(matcher.prefilter === null || matcher.prefilter.bytes(bytes), `${sample.name}: ${regex}`).toBe(true);
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
