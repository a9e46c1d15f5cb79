// Property tests: generated lists in any style and nesting parse back to the
// same tree; arbitrary text never throws and never loses a line.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Duty } from "../src/model/document.js";
import { lostLines } from "../src/parse/coverage.js";
import { parse } from "../src/parse/index.js";
import { STYLE_BY_ID } from "../src/parse/markers.js";

const SEED = 20261127;

// Styles a sheet nests, each written by the catalogue's own format().
const LEVEL_STYLES = ["cn", "cn-paren", "arabic", "arabic-paren", "circled", "latin", "arabic-close", "roman", "arabic-enclosed", "cn-lenticular"];
const POSITIONS = ["销售经理", "仓库保管员", "行政专员", "財務主管", "客服主任", "人事助理", "採購專員"];
const PHRASES = ["负责", "组织", "客户档案", "销售计划", "的编制与执行", "協助部門經理", "完成", "月度报表", "并及时上报", "培训新员工", "跟进回款", "审核合同", "維護客戶關係", "监督检查", "工作"];

interface GenItem { text: string; children: GenItem[] }

const sentence = fc.array(fc.constantFrom(...PHRASES), { minLength: 3, maxLength: 8 })
  .chain((words) => fc.constantFrom("。", "；", ";").map((end) => words.join("") + end));

const items = (depth: number): fc.Arbitrary<GenItem[]> =>
  fc.array(
    fc.record({ text: sentence, children: depth > 1 ? fc.oneof({ weight: 3, arbitrary: fc.constant<GenItem[] | null>([]) }, { weight: 1, arbitrary: fc.constant(null) }).chain((c) => (c ? fc.constant(c) : items(depth - 1))) : fc.constant([]) }),
    { minLength: 1, maxLength: 6 },
  ) as fc.Arbitrary<GenItem[]>;

const sheet = fc.record({
  position: fc.constantFrom(...POSITIONS),
  heading: fc.constantFrom("岗位职责", "崗位職責", "职责"),
  styles: fc.shuffledSubarray(LEVEL_STYLES, { minLength: 3, maxLength: 3 }),
  duties: items(3),
});

function render(s: { position: string; heading: string; styles: string[]; duties: GenItem[] }): string {
  const lines = [`${s.position}${s.heading}`];
  const write = (list: GenItem[], level: number) =>
    list.forEach((item, i) => {
      lines.push(`${STYLE_BY_ID.get(s.styles[level]!)!.format(i + 1)}${item.text}`);
      write(item.children, level + 1);
    });
  write(s.duties, 0);
  return lines.join("\n") + "\n";
}

const shape = (list: Duty[] | GenItem[]): unknown => list.map((d) => ({ text: d.text, children: shape(d.children) }));

describe("generated sheets", () => {
  it("parse back to the tree they were written from, in any style and nesting", () => {
    fc.assert(
      fc.property(sheet, (s) => {
        const doc = parse(render(s));
        const roles = doc.sections.flatMap((x) => x.roles);
        expect(roles).toHaveLength(1);
        expect(roles[0]!.name).toBe(s.position);
        expect(shape(roles[0]!.duties)).toEqual(shape(s.duties));
        const ordinals = (list: Duty[]): unknown => list.map((d, i) => [d.ordinal === i + 1, ordinals(d.children)]);
        expect(JSON.stringify(ordinals(roles[0]!.duties))).not.toContain("false");
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("arbitrary text", () => {
  it("never throws and accounts for every non-blank line", () => {
    const line = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(..."一二十、.．()（）1２③⑴ａA第条篇章职责岗位经理：:；;。 \t"), maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom("\n", "\r\n", "\r"), (lines, eol) => {
        const text = lines.join(eol);
        const doc = parse(text);
        expect(lostLines(doc, text)).toEqual([]);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
