// Hostile shapes of a duty sheet, each grown to a size in characters: the
// inputs that once broke (or could break) the parser by depth, length or
// repetition. The fuzz test parses each one; bench/fuzz times them at 100 KB.

const ROLE = "销售经理岗位职责";
const DUTY = "负责客户档案的整理与维护";
const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Repeats `piece(i)` for i = 1, 2, … until the text reaches `size` characters. */
function grow(head, size, piece, join = "\n") {
  const parts = [head];
  for (let i = 1, length = head.length; length < size; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length + join.length;
  }
  return parts.join(join) + "\n";
}

/** Each shape: a name, what it stresses, and text of about `size` characters. */
export const SHAPES = [
  // One duty wrapped over thousands of lines (no sentence end): its text grows line by line.
  { name: "wrapped-lines", stresses: "joining thousands of wrapped lines into one duty", make: (size) => grow(`${ROLE}\n1、${DUTY}`, size, () => "以及客户来访的接待和登记") },
  // Plain lines under a heading with no list: one summary of thousands of lines.
  { name: "summary-lines", stresses: "joining thousands of lines into one summary", make: (size) => grow(ROLE, size, () => "公司销售部门日常工作的范围") },
  { name: "many-items", stresses: "a list of tens of thousands of numbered items", make: (size) => grow(ROLE, size, (i) => `${(i % 999) + 1}、${DUTY}。`) },
  { name: "many-roles", stresses: "thousands of roles", make: (size) => grow("", size, (i) => `${CN[i % 10]}、区域${i}经理岗位职责\n1、${DUTY}。\n2、${DUTY}。`) },
  { name: "nested-styles", stresses: "ten marker styles nested in turn", make: (size) => grow(ROLE, size, (i) => `${["一、", "（一）", "1.", "（1）", "①", "a.", "A.", "I.", "⑴", "㈠"][i % 10]}${DUTY}`) },
  // 1.1, 1.1.1, 1.1.1.1, … : dotted numbers that state a depth of hundreds of levels.
  { name: "deep-dotted", stresses: "dotted numbering hundreds of levels deep", make: (size) => grow(ROLE, size, (i) => `${Array(Math.min(i, 400) + 1).fill("1").join(".")} ${DUTY}`) },
  { name: "glued-items", stresses: "one line of items glued together", make: (size) => grow(`${ROLE}\n`, size, (i) => `${(i % 999) + 1}、${DUTY}；`, "") },
  // "1、负责：（1）…；（2）…2、负责：（1）…": each colon opens an inline list on the same line.
  { name: "inline-lists", stresses: "thousands of inline lists on one line", make: (size) => grow(`${ROLE}\n`, size, (i) => `${(i % 999) + 1}、${DUTY}：（1）整理；（2）维护；（3）归档；`, "") },
  { name: "glued-blocks", stresses: "block headings glued one after another on one line", make: (size) => grow(`${ROLE}\n1、${DUTY}`, size, () => "；任职要求：1、本科", "") },
  { name: "block-chain", stresses: "a line of nothing but block headings", make: (size) => grow(`${ROLE}\n`, size, () => "任职要求：", "") },
  { name: "long-line", stresses: "one line of the whole size", make: (size) => grow(`${ROLE}\n1、`, size, () => DUTY, "") },
  { name: "brackets", stresses: "lines of nothing but brackets", make: (size) => grow("", size, (i) => "（【〔[(".repeat(1 + (i % 40))) },
  { name: "markers-only", stresses: "lines of nothing but markers", make: (size) => grow("", size, (i) => ["一、", "1.", "（1）", "①", "1.1.1.", "第一条"][i % 6].repeat(1 + (i % 30))) },
  { name: "digits-and-dots", stresses: "a line of digits and dots (dotted and decimal patterns)", make: (size) => grow("", size, () => "1.2.3.4.5.6.7.8.9.0.", "") },
  { name: "colons", stresses: "a line of colons (form fields and inline lists)", make: (size) => grow("职位名称：", size, () => "：1：", "") },
];
