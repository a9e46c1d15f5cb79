// Folding: Traditional/Simplified, width and case, with a map back to the original.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import * as OpenCC from "opencc-js/t2cn";
import { beforeAll, describe, expect, it } from "vitest";
import { decode } from "../src/text/decode.js";
import { fold, foldText, loadScriptFolding, scriptFolder } from "../src/text/fold.js";
import { fixture } from "./helpers/cli.js";

beforeAll(loadScriptFolding);

describe("fold", () => {
  it("folds Traditional to Simplified, full width to half width and case", () => {
    expect(foldText("銷售經理負責客戶檔案", { script: true })).toBe("销售经理负责客户档案");
    expect(foldText("ＫＰＩ考核１２３", { width: true })).toBe("KPI考核123");
    expect(foldText("ERP系統", { script: true, caseless: true })).toBe("erp系统");
  });

  it("maps every folded character back to where it stands in the original", () => {
    const f = fold("a𠀾客戶Ｂ", { script: true, width: true, caseless: true });
    expect(f.text).toBe("a𠀾客户b");
    expect(f.map).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("gives the same text through foldText as through fold, for any string", () => {
    const chars = fc.constantFrom(..."銷售經理客戶檔案乾燥後面ＡＢＣ１２３ａｂｃ　 AbC𠀾İß负责");
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(chars, fc.string({ maxLength: 1 })), maxLength: 30 }), fc.boolean(), fc.boolean(), fc.boolean(), (s, script, width, caseless) => {
        const options = { script, width, caseless };
        expect(foldText(s, options)).toBe(fold(s, options).text);
      }),
      { seed: 7, numRuns: 400 },
    );
  });
});

describe("script folding without OpenCC's whole tries", () => {
  // What folding converted with before: OpenCC's converters, built whole, Taiwan then Hong Kong forms.
  const [tw, hk] = ["tw", "hk"].map((from) => OpenCC.Converter({ from, to: "cn" }));
  const opencc = (s: string) => hk!(tw!(s));
  // Every key and value of the dictionaries those converters use, and every line of the fixtures.
  const configs = OpenCC.Locale.configs as Record<string, { normalizationChain?: string[][]; segmentation?: string[]; conversionChain: string[][] }>;
  const words = ["tw2s", "hk2s"].flatMap((name) => {
    const c = configs[name]!;
    return [...(c.normalizationChain ?? []), c.segmentation ?? [], ...c.conversionChain].flat().flatMap((dict) => dict.split(/[| ]/u));
  });
  const lines = readdirSync(fixture("."))
    .filter((f) => f.endsWith(".txt") || f.endsWith(".md"))
    .flatMap((f) => decode(readFileSync(fixture(f))).text.split(/\r?\n/u));
  const pieces = fc.constantFrom(...words, ...lines.map((l) => l.slice(0, 12)), "\u2ff0", "\u2ff1", "𠀾", "\ud840", "a", " ");

  it("converts as OpenCC does: every dictionary word, every fixture line", () => {
    const growing = scriptFolder(OpenCC, Infinity);
    for (const text of [...words, ...lines]) expect(growing(text), text).toBe(opencc(text));
  });

  it("converts as OpenCC does: texts pieced together from dictionary words and lines (property)", () => {
    const growing = scriptFolder(OpenCC, Infinity);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        expect(growing(text)).toBe(opencc(text));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it("lets the earlier dictionary of a group win, and the later of two entries in one, as OpenCC's tries do", () => {
    // Dictionaries that overlap (OpenCC's own do not), without segmentation: OpenCC's ConverterFactory then converts alike.
    const configs = {
      tw2s: { normalizationChain: [["甲 乙|甲 丙"]], conversionChain: [["丙 丁|丁丁 戊", "丙 己|丁 庚"], ["戊 辛"]] },
      hk2s: { conversionChain: [["辛 壬", "辛 癸|庚 子"]] },
    };
    const fake = {
      ...OpenCC,
      Locale: { ...OpenCC.Locale, configs },
      Converter: ({ from }: { from: string }) => {
        const c = configs[`${from}2s` as keyof typeof configs] as { normalizationChain?: string[][]; conversionChain: string[][] };
        return OpenCC.ConverterFactory(...(c.normalizationChain ?? []), ...c.conversionChain);
      },
    } as unknown as typeof OpenCC;
    const growing = scriptFolder(fake, Infinity);
    const whole = scriptFolder(fake, 0);
    for (const text of ["甲", "丙", "丁", "甲甲", "丁丁", "甲丁", "戊辛庚"]) expect(growing(text), text).toBe(whole(text));
    expect([growing("甲"), growing("丁丁"), growing("辛")]).toEqual(["丁", "壬", "壬"]);
  });

  it("hands over to OpenCC's own converters after its budget, with the same results", () => {
    const handing = scriptFolder(OpenCC, 40);
    for (const text of ["銷售經理負責客戶檔案", "乾燥後面的頭髮", "量子加密通信設備", "後臺系統維護", "銷售經理負責客戶檔案"]) expect(handing(text)).toBe(opencc(text));
  });
});
