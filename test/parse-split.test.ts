// A long sheet read on two threads (src/cli/parse-split.ts) must print exactly
// the JSON of parse(): the same sections, ids, ignored lines and diagnostics.
// The split runs from dist/ (built by the global setup), where the worker's
// script lives; the threshold is set to 0 so that short texts split too.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Document } from "../src/model/document.js";
import { parse } from "../src/parse/index.js";
import { splitPoint } from "../src/parse/split.js";
import { decode } from "../src/text/decode.js";
import { spawnSync } from "node:child_process";
import { BIN, fixture } from "./helpers/cli.js";

type SplitModule = typeof import("../src/cli/parse-split.js");
const dist = (): Promise<SplitModule> => import(fileURLToPath(new URL("../dist/cli/parse-split.js", import.meta.url))) as Promise<SplitModule>;

/** The JSON the split path prints for `text`, and whether it split. */
async function splitJson(text: string): Promise<{ json: string; split: boolean }> {
  const { parseSplit, splitDocumentJson } = await dist();
  const parsed = await parseSplit(text, { sha256: "x" }, 0);
  if (!("later" in parsed)) return { json: JSON.stringify(parsed), split: false };
  let json = "";
  for await (const piece of splitDocumentJson(parsed)) json += typeof piece === "string" ? piece : Buffer.from(piece).toString("utf8");
  return { json, split: true };
}

const sequential = (text: string) => JSON.stringify(parse(text, { sha256: "x" }));

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const sheets = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => decode(readFileSync(FIXTURES + f)).text);
const seed = readFileSync(fixture("sales-duties.txt"), "utf8");

describe("parsing a long sheet on two threads", () => {
  it("prints the same JSON as parse() for every fixture put together under part headings", async () => {
    const text = sheets.map((s, i) => `第${"一二三四五六七八九十"[i % 10]}篇 汇编${i + 1}\n${s}`).join("\n");
    const { json, split } = await splitJson(text);
    expect(split).toBe(true);
    expect(json).toBe(sequential(text));
  });

  it("the same for the customer's sheet repeated, with CRLF line ends and page noise between", async () => {
    const copy = (n: number) => seed.replace(/^第(.)篇/gmu, `第$1篇（第${n}冊）`).replace(/\n/gu, "\r\n");
    const text = Array.from({ length: 6 }, (_, i) => copy(i + 1)).join("\r\n第 3 页 共 9 页\r\n");
    const { json, split } = await splitJson(text);
    expect(split).toBe(true);
    expect(json).toBe(sequential(text));
  });

  it("the same, read on one thread, when the part heading comes before the second role (the title may still change)", async () => {
    const text = `销售岗位职责汇编\n销售经理岗位职责\n1、负责销售。\n2、负责回款。\n第二篇 附录\n${"说明文字。\n".repeat(20)}`;
    expect(splitPoint(text)).not.toBeNull();
    const { json, split } = await splitJson(text);
    expect(split).toBe(false);
    expect(json).toBe(sequential(text));
  });

  it("the same for a plan whose later chapters name no post, split after a part with posts or read on when the part before had none", async () => {
    const chapter = (n: string) => `第${n}章  预防与预警\n一、预防准备\n各村每年汛前开展隐患排查。\n二、预警分级\n预警级别分为四级。\n`;
    const posts = "第一章  组织机构及职责\n二、镇防指职责\n1.组织制定防汛预案；\n2.统一调度抢险队伍。\n三、办公室职责\n1.承担日常工作。\n";
    const clauses = "第一章  总则\n一、编制目的\n为做好防汛工作。\n二、适用范围\n本镇行政区域。\n三、工作原则\n以防为主。\n";
    const only = `${clauses}${chapter("二")}${chapter("三")}${chapter("四")}`;
    for (const text of [`${posts}${chapter("二")}${chapter("三")}`, `${clauses}${chapter("二")}第四章  职责\n一、镇长职责\n1.全面负责。\n`, only]) {
      expect((await splitJson(text)).json).toBe(sequential(text));
    }
  });

  it("the same for fixture lines shuffled together with part headings anywhere (generated)", async () => {
    const lines = sheets.flatMap((s) => s.split(/\r?\n/u));
    const heading = fc.constantFrom("第二篇 附则", "第三章 销售部", "第四部分（续）", "  第五篇：财务部岗位职责", "第一节 概述");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.nat(lines.length - 1).map((i) => lines[i]!), heading), { minLength: 20, maxLength: 200 }), async (picked) => {
        const text = picked.join("\n");
        expect((await splitJson(text)).json).toBe(sequential(text));
      }),
      { numRuns: 40, seed: 20261127 },
    );
  }, 60_000);

  it("never splits at a subsection that names a role, nor at a part line that is advertising", () => {
    expect(splitPoint(`${"甲\n".repeat(10)}第一节 销售经理岗位职责\n${"乙\n".repeat(10)}`)).toBeNull();
    expect(splitPoint(`${"甲\n".repeat(10)}第一节 车间主任\n${"乙\n".repeat(10)}`)).toBeNull();
    expect(splitPoint(`${"甲\n".repeat(10)}第二章 岗位职责……………2\n${"乙\n".repeat(10)}`)).toBeNull();
    expect(splitPoint(`${"甲\n".repeat(10)}第一篇 更多范文请关注本站\n${"乙\n".repeat(10)}`)).toBeNull();
    const at = splitPoint(`${"甲\n".repeat(10)}第二章 销售部\n${"乙\n".repeat(10)}`);
    expect(at).toEqual({ offset: 20, no: 11 });
  });

  it("the later part's ids are right wherever the first thread's count arrives: before, between or after its sections", async () => {
    const { laterSectionChunks } = await import("../src/cli/parse-split-ids.js");
    const { assignSectionIds } = await import("../src/parse/index.js");
    // Many sections with roles, duties, nested duties and blocks; ids up to s9 become s10… (one digit more).
    const text = sheets.map((s, i) => `第${"一二三四五六七八九十"[i % 10]}篇 汇编${i + 1}\n${s}`).join("\n");
    const sections = parse(text, { sha256: "x" }).sections;
    expect(sections.length).toBeGreaterThan(12);
    for (const before of [1, 7, 95]) {
      const expected = structuredClone(sections);
      assignSectionIds(expected, before);
      for (const told of [0, 1, 5, sections.length - 1, sections.length, Infinity]) {
        const mine = structuredClone(sections);
        assignSectionIds(mine, 0);
        let asked = 0;
        const arrived = () => (asked++ >= told ? { before } : undefined);
        const chunks = await laterSectionChunks(mine, arrived, async () => ({ before }));
        const json = Buffer.concat(chunks!).toString("utf8");
        const want = JSON.stringify(expected).slice(1, -1);
        // On a difference, show where (the texts are long).
        let at = 0;
        while (at < json.length && json[at] === want[at]) at++;
        const from = Math.max(0, at - 40);
        expect(json.slice(from, at + 40), `count ${before} told before section ${told}`).toBe(want.slice(from, at + 40));
        expect(json.length).toBe(want.length);
      }
    }
    // Told to stop instead: nothing to send.
    const stopped = await laterSectionChunks(structuredClone(sections), () => undefined, async () => ({ stop: true }));
    expect(stopped).toBeNull();
  });

  describe("through the bin, a sheet over the threshold prints what one thread prints", async () => {
    const { SPLIT_MIN_CHARS } = await import("../src/parse/split.js");
    const copies = Math.ceil(SPLIT_MIN_CHARS / seed.length) + 1;
    const text = Array.from({ length: copies }, (_, i) => seed.replace(/^第(.)篇/gmu, `第$1篇（第${i + 1}冊）`)).join("\n");
    const damaged = Buffer.from(text);
    // A damaged byte in the second half: its D012 diagnostic must come after both parts' numbering diagnostics.
    damaged[damaged.indexOf("\n", Math.floor(damaged.length * 0.75)) + 1] = 0xff;
    const cases: [string, Buffer, string | null][] = [
      ["UTF-8 (each thread decodes its part)", Buffer.from(text), null],
      ["UTF-8 with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), null],
      ["UTF-8 with a damaged byte (decoded whole, then split)", damaged, "D012/invalid-bytes"],
      ["UTF-16LE", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), null],
    ];
    it.each(cases)("%s", (_name, bytes, lastRule) => {
      const dir = mkdtempSync(`${tmpdir()}/duties-split-`);
      const bin = (...args: string[]) => spawnSync(process.execPath, [BIN, "parse", ...args, "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 30 });
      try {
        writeFileSync(`${dir}/long.txt`, bytes);
        writeFileSync(`${dir}/empty.txt`, "");
        const split = bin(`${dir}/long.txt`);
        // Two inputs print an array, read on one thread.
        const one = bin(`${dir}/long.txt`, `${dir}/empty.txt`);
        expect(split.status).toBe(0);
        expect(one.status).toBe(0);
        const [doc] = JSON.parse(one.stdout) as Document[];
        expect(split.stdout).toBe(`${JSON.stringify(doc)}\n`);
        expect(doc!.sections.length).toBeGreaterThan(copies);
        if (lastRule) expect(doc!.diagnostics.at(-1)!.rule).toBe(lastRule);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  });
});
