import { describe, it, expect } from "vitest";
import { decode, isSupportedEncoding, canonicalEncoding, DecodeError } from "../src/text/decode.js";

const hex = (h: string) => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ""), "hex"));
const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16le = (s: string) => Uint8Array.from(Buffer.from(s, "utf16le"));
const utf16be = (s: string) => Uint8Array.from(Buffer.from(s, "utf16le").swap16());

// GBK/Big5 bytes below were produced once with `printf '…' | iconv -f UTF-8 -t GBK|BIG5|GB18030 | xxd -p`.

// "销售经理岗位职责\n1、负责客户管理" in GBK
const SHORT_GBK = "cffacadbbeadc0edb8dacebbd6b0d4f00a31a1a2b8bad4f0bfcdbba7b9dcc0ed";
// "銷售經理崗位職責\n1、負責客戶管理" in Big5
const SHORT_BIG5 = "be50b0e2b867b27ab15ea6ecc2beb3640a31a142ad74b364abc8a4e1badeb27a";

const PARA_SIMPLIFIED =
  "行政专员岗位职责：\n" +
  "一、协助行政经理完成公司行政事务工作及部门内部日常事务工作；\n" +
  "二、负责公司来访接待工作，做好办公用品采购、发放、登记及管理工作。\n";
const PARA_GBK =
  "d0d0d5fed7a8d4b1b8dacebbd6b0d4f0a3ba0ad2bba1a2d0add6fad0d0d5febeadc0edcdeab3c9b9abcbbed0d0d5fecac2cef1b9a4d7f7bcb0b2bfc3c5c4" +
  "dab2bfc8d5b3a3cac2cef1b9a4d7f7a3bb0ab6fea1a2b8bad4f0b9abcbbec0b4b7c3bdd3b4fdb9a4d7f7a3acd7f6bac3b0ecb9abd3c3c6b7b2c9b9baa1a2" +
  "b7a2b7c5a1a2b5c7bcc7bcb0b9dcc0edb9a4d7f7a1a30a";
const PARA_TRADITIONAL =
  "行政專員崗位職責：\n" +
  "一、協助行政經理完成公司行政事務工作及部門內部日常事務工作；\n" +
  "二、負責公司來訪接待工作，做好辦公用品採購、發放、登記及管理工作。\n";
const PARA_BIG5 =
  "a6e6ac46b14dadfbb15ea6ecc2beb364a1470aa440a142a8f3a755a6e6ac46b867b27aa7b9a6a8a4bda571a6e6ac46a8c6b0c8a475a740a4ceb3a1aaf9" +
  "a4bab3a1a4e9b160a8c6b0c8a475a740a1460aa447a142ad74b364a4bda571a8d3b358b1b5abdda475a740a141b0b5a66ebfeca4bda5ceab7eb1c4c1ca" +
  "a142b56fa9f1a142b56eb04fa4cebadeb27aa475a740a1430a";

describe("byte order marks", () => {
  it("strips a UTF-8 BOM", () => {
    const d = decode(cat([0xef, 0xbb, 0xbf], utf8("岗位职责\r\n")));
    expect(d).toMatchObject({ text: "岗位职责\r\n", encoding: "utf-8", bom: true, replaced: [], binary: false });
  });

  it("strips a UTF-16LE BOM", () => {
    const d = decode(cat([0xff, 0xfe], utf16le("负责销售")));
    expect(d).toMatchObject({ text: "负责销售", encoding: "utf-16le", bom: true, binary: false });
  });

  it("strips a UTF-16BE BOM", () => {
    const d = decode(cat([0xfe, 0xff], utf16be("負責銷售")));
    expect(d).toMatchObject({ text: "負責銷售", encoding: "utf-16be", bom: true, binary: false });
  });

  it("keeps a second BOM as content", () => {
    expect(decode(cat([0xef, 0xbb, 0xbf], utf8("\uFEFFx"))).text).toBe("\uFEFFx");
  });
});

describe("UTF-16 without a BOM", () => {
  // 一 is U+4E00, so it puts a NUL on the "wrong" side of its code unit.
  const text = "第一条：负责销售\n二、管理 2 项\r\n一一一一\n";

  it("detects little-endian from NULs at odd offsets", () => {
    expect(decode(utf16le(text))).toMatchObject({ text, encoding: "utf-16le", bom: false, binary: false });
  });

  it("detects big-endian from NULs at even offsets", () => {
    expect(decode(utf16be(text))).toMatchObject({ text, encoding: "utf-16be", bom: false, binary: false });
  });

  it("detects mostly-ASCII UTF-16", () => {
    expect(decode(utf16le("Sales manager\n1. Duties\n"))).toMatchObject({ encoding: "utf-16le", text: "Sales manager\n1. Duties\n" });
  });
});

describe("UTF-8", () => {
  it("decodes plain UTF-8 without a BOM", () => {
    const text = "销售经理岗位职责\n1、负责客户管理 ✓ café 𠀾\n";
    expect(decode(utf8(text))).toMatchObject({ text, encoding: "utf-8", bom: false, replaced: [], binary: false });
  });

  it("decodes pure ASCII as UTF-8", () => {
    expect(decode(utf8("1. Duties\n"))).toMatchObject({ text: "1. Duties\n", encoding: "utf-8" });
  });

  it("keeps a truncated UTF-8 file as UTF-8 and reports the cut character", () => {
    const bytes = utf8("销售经理岗位职责\n1、负责客户管理");
    const d = decode(bytes.subarray(0, bytes.length - 1));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe("销售经理岗位职责\n1、负责客户管\uFFFD");
    expect(d.replaced).toEqual([{ line: 2, column: 8 }]);
  });
});

describe("GB18030 versus Big5", () => {
  it("reads a short Big5 file as Big5, not GBK", () => {
    expect(decode(hex(SHORT_BIG5))).toMatchObject({ text: "銷售經理崗位職責\n1、負責客戶管理", encoding: "big5", replaced: [] });
  });

  it("reads a short GBK file as GB18030, not Big5", () => {
    expect(decode(hex(SHORT_GBK))).toMatchObject({ text: "销售经理岗位职责\n1、负责客户管理", encoding: "gb18030", replaced: [] });
  });

  it("reads a GBK paragraph", () => {
    expect(decode(hex(PARA_GBK))).toMatchObject({ text: PARA_SIMPLIFIED, encoding: "gb18030", binary: false });
  });

  it("reads a Big5 paragraph", () => {
    expect(decode(hex(PARA_BIG5))).toMatchObject({ text: PARA_TRADITIONAL, encoding: "big5", binary: false });
  });

  it("reads GBK bytes that happen to be valid UTF-8 as GBK", () => {
    // "負責" in GBK: d893 d89f, which is also valid UTF-8 for two Arabic characters.
    expect(decode(hex("d893d89f"))).toMatchObject({ text: "負責", encoding: "gb18030" });
  });

  it("decodes GB18030 four-byte characters outside GBK", () => {
    // "岗位𠀾职责" in GB18030; 𠀾 (U+2003E) is 95 32 88 38.
    expect(decode(hex("b8dacebb95328838d6b0d4f0"))).toMatchObject({ text: "岗位𠀾职责", encoding: "gb18030", replaced: [] });
    expect(decode(hex("95328838"), { encoding: "gb18030" }).text).toBe("𠀾");
  });

  it("finds the evidence after an ASCII preamble longer than the sample", () => {
    const preamble = "# duties export, generated\n".repeat(4000);
    const d = decode(cat(utf8(preamble), hex(PARA_BIG5)));
    expect(d.encoding).toBe("big5");
    expect(d.text).toBe(preamble + PARA_TRADITIONAL);
  });
});

describe("forced encoding", () => {
  it("decodes with the forced codec even when detection would differ", () => {
    const d = decode(hex(SHORT_GBK), { encoding: "big5" });
    expect(d.encoding).toBe("big5");
    expect(d.text).not.toBe("销售经理岗位职责\n1、负责客户管理");
  });

  it("maps aliases to canonical names", () => {
    expect(decode(hex(SHORT_BIG5), { encoding: "GBK" }).encoding).toBe("gb18030");
    expect(decode(hex(SHORT_GBK), { encoding: "cp936" }).text).toBe("销售经理岗位职责\n1、负责客户管理");
    expect(decode(hex(SHORT_BIG5), { encoding: "Big5-HKSCS" }).text).toBe("銷售經理崗位職責\n1、負責客戶管理");
    expect(decode(utf16le("岗位"), { encoding: "ucs-2" })).toMatchObject({ text: "岗位", encoding: "utf-16le" });
  });

  it("strips only a BOM that belongs to the forced codec", () => {
    expect(decode(cat([0xff, 0xfe], utf16le("岗位")), { encoding: "utf16le" })).toMatchObject({ text: "岗位", bom: true });
    const d = decode(cat([0xef, 0xbb, 0xbf], utf8("岗位")), { encoding: "utf-16le" });
    expect(d.bom).toBe(false);
    expect(d.encoding).toBe("utf-16le");
  });

  it("rejects an unknown encoding with a DecodeError naming it and the supported ones", () => {
    let error: unknown;
    try {
      decode(utf8("x"), { encoding: "shift_jis" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).code).toBe("unknown-encoding");
    expect((error as DecodeError).message).toContain("shift_jis");
    expect((error as DecodeError).message).toContain("gb18030");
    expect((error as DecodeError).message).toContain("big5");
  });

  it("knows which names are supported", () => {
    for (const name of ["utf8", "UTF-8", "utf16le", "utf-16le", "ucs-2", "utf16be", "utf-16be", "gbk", "gb2312", "cp936", "gb18030", "big5", "big5-hkscs", "cp950"]) {
      expect(isSupportedEncoding(name), name).toBe(true);
    }
    for (const name of ["latin1", "shift_jis", "utf-32", "", "constructor", "__proto__"]) {
      expect(isSupportedEncoding(name), name).toBe(false);
    }
    expect(canonicalEncoding("GB2312")).toBe("gb18030");
    expect(canonicalEncoding("cp950")).toBe("big5");
  });
});

describe("invalid bytes", () => {
  it("reports each replacement with 1-based line and code-point column", () => {
    const bytes = cat(
      utf8("负\uFFFD责\n客"), // a literal U+FFFD is content, not damage
      [0xff],
      utf8("户\r\n𠀾"), // 𠀾 is two UTF-16 code units but one column
      [0xfe],
      utf8("管理\r尾"),
      [0xe8, 0xb4], // cut-off 3-byte sequence at the end
    );
    const d = decode(bytes);
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe("负\uFFFD责\n客\uFFFD户\r\n𠀾\uFFFD管理\r尾\uFFFD");
    expect(d.replaced).toEqual([
      { line: 2, column: 2 },
      { line: 3, column: 2 },
      { line: 4, column: 2 },
    ]);
  });

  it("reports invalid bytes in a legacy encoding", () => {
    // "第一行\n" + invalid 0xff + "好" in GBK
    const d = decode(hex("b5dad2bbd0d00a ff bac3"), { encoding: "gbk" });
    expect(d.text).toBe("第一行\n\uFFFD好");
    expect(d.replaced).toEqual([{ line: 2, column: 1 }]);
  });

  it("does not throw on truncated UTF-16 (odd byte count)", () => {
    const withBom = cat([0xff, 0xfe], utf16le("岗位"), [0x4c]);
    expect(() => decode(withBom)).not.toThrow();
    expect(decode(withBom)).toMatchObject({ text: "岗位\uFFFD", encoding: "utf-16le", replaced: [{ line: 1, column: 3 }] });
    const noBom = cat(utf16le("第一条\n二、管理 2 项\n"), [0x41]);
    expect(() => decode(noBom)).not.toThrow();
    expect(decode(noBom).encoding).toBe("utf-16le");
  });

  it("never throws on arbitrary bytes", () => {
    let seed = 1;
    for (let n = 0; n < 200; n++) {
      const bytes = new Uint8Array(n * 7);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      const d = decode(bytes);
      expect(d.replaced.length).toBe([...d.text].filter((c) => c === "\uFFFD").length);
    }
  });
});

describe("binary detection", () => {
  it("flags a PNG header followed by NULs", () => {
    const png = cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], new Array(64).fill(0));
    expect(decode(png).binary).toBe(true);
  });

  it("flags a stray NUL in UTF-8 instead of reading it as UTF-16", () => {
    expect(decode(utf8("hello\0world"))).toMatchObject({ encoding: "utf-8", binary: true });
  });

  it("flags text that is mostly control characters", () => {
    expect(decode(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 0x41, 0x42, 0x43])).binary).toBe(true);
  });

  it("does not flag UTF-16 text, whose NULs are expected", () => {
    expect(decode(utf16le("Duties\n1. Sales\n")).binary).toBe(false);
    expect(decode(utf16be("负责销售\n2 项\n")).binary).toBe(false);
  });
});

describe("empty input", () => {
  it("decodes to empty UTF-8 text", () => {
    expect(decode(new Uint8Array(0))).toEqual({ text: "", encoding: "utf-8", bom: false, replaced: [], binary: false });
  });

  it("handles a file that is only a BOM", () => {
    expect(decode(hex("efbbbf"))).toEqual({ text: "", encoding: "utf-8", bom: true, replaced: [], binary: false });
  });
});
