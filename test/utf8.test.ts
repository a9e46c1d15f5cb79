// utf8Text / validUtf8Text (src/text/utf8.ts) must give exactly what TextDecoder gives:
// the fast path (ICU through buffer.transcode) for valid UTF-8, TextDecoder for the rest.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { utf8Text, validUtf8Text } from "../src/text/utf8.js";

const reference = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

/** Text of every width: ASCII, two-byte, CJK, astral, BOMs and line ends, long enough to take the fast path. */
const texts = fc
  .array(
    fc.oneof(
      fc.constantFrom("\n", "\r\n", "\ufeff", "一、", "負責", "职责", "😀", "\u00e9", "\u3000", "a"),
      fc.integer({ min: 0, max: 0x10ffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff).map((cp) => String.fromCodePoint(cp)),
    ),
    { minLength: 0, maxLength: 1500 },
  )
  .map((pieces) => pieces.join(""));

describe("utf8Text", () => {
  it("gives TextDecoder's text for valid UTF-8 of any length, on both sides of the fast path's threshold", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const bytes = Buffer.from(text, "utf8");
        expect(utf8Text(bytes)).toBe(text);
        expect(validUtf8Text(bytes)).toBe(reference(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a leading BOM as U+FEFF, as TextDecoder with ignoreBOM does", () => {
    const bytes = Buffer.from("\ufeff" + "岗位职责\n".repeat(400), "utf8");
    expect(bytes.length).toBeGreaterThan(1024);
    expect(utf8Text(bytes).charCodeAt(0)).toBe(0xfeff);
    expect(utf8Text(bytes)).toBe(reference(bytes));
  });

  it("replaces invalid bytes as TextDecoder does (truncated, overlong, surrogate, stray continuation)", () => {
    const body = Buffer.from("岗位职责\n".repeat(300), "utf8");
    for (const bad of [[0xe5, 0xb2], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80], [0xf4, 0x90, 0x80, 0x80], [0xff]]) {
      const bytes = Buffer.concat([body, Buffer.from(bad), body]);
      expect(utf8Text(bytes)).toBe(reference(bytes));
      expect(utf8Text(bytes)).toContain("\ufffd");
    }
  });

  it("reads a Uint8Array that is not a Buffer, and a view into a larger buffer", () => {
    const whole = Buffer.from("前言" + "销售经理岗位职责\n".repeat(200) + "后记", "utf8");
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 6, whole.length - 12);
    expect(validUtf8Text(view)).toBe(reference(view));
    expect(validUtf8Text(new Uint8Array(whole))).toBe(reference(whole));
  });
});
