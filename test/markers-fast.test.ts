// matchMarker reads the most common marker ("12、") without its patterns once
// the form has been seen: it must give exactly what the patterns give.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchMarker, STYLES } from "../src/parse/markers.js";

describe("matchMarker's shortcut for arabic markers", () => {
  it("gives what the whole catalogue gives, for lines that start with digits and a separator (generated)", () => {
    const piece = fc.constantFrom("1", "2", "9", "10", "12", "123", "1234", "0", "１", "、", ".", "．", "，", ",", ":", "：", " ", "\u3000", "\t", "5", "%", "负责", "a", ")", "）", "年");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
        const line = parts.join("").trimStart();
        // Twice: the first reading may intern the form, the second may take the shortcut.
        const slow = matchMarker(line, STYLES);
        expect(matchMarker(line)).toEqual(slow);
        expect(matchMarker(line)).toEqual(slow);
      }),
      { numRuns: 3000, seed: 20261127 },
    );
  });

  it("reads 3、 and 12． the same the second time, and never takes a dotted number or a decimal for one", () => {
    for (const line of ["3、负责", "3、负责", "12．制定", "12．制定", "3、 负责", "3、 负责"]) {
      expect(matchMarker(line)).toMatchObject({ style: { id: "arabic" }, number: line.match(/^\d+/u)![0] });
    }
    expect(matchMarker("8.1 范围")?.style.id).toBe("dotted");
    expect(matchMarker("1.5倍")?.style.id).not.toBe("arabic");
    expect(matchMarker("1234、")).toBeNull();
  });
});
