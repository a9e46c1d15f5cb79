// The marker catalogue: every numbering style a duty sheet uses, with its
// pattern, the value of its numeral, its conventional depth and how to write it.
// The lexer, the tree builder, validate --fix and the renderers all read it.
import { isSpace } from "../text/space.js";
import {
  arabicValue, chineseValue, CN_NUMERAL_CHARS, enclosedValue, latinValue, romanValue, toChinese, toRoman,
} from "../text/numerals.js";

export type MarkerKind = "part" | "article" | "item" | "bullet";

export interface MarkerStyle {
  /** Stable id, used in the Document's `style` field and in rule messages. */
  id: string;
  kind: MarkerKind;
  /** Conventional depth (GB/T 9704 and common practice); only breaks ties. */
  rank: number;
  /** The characters this marker can start with (a character class), so the lexer tries only the styles that can match. */
  first: string;
  /** Matches at the start of a line (after white space); group `num` is the numeral, `sep` the separator. */
  pattern: RegExp;
  value: (num: string) => number | null;
  /** The marker for an ordinal, in this style (for --fix and Markdown output). */
  format: (ordinal: number) => string;
}

export interface Marker {
  style: MarkerStyle;
  /** The marker as written, e.g. "十一、", "（1）", "8.1.3", "①". */
  marker: string;
  /** The numeral as written without brackets or separator ("十一", "1", "8.1.3", "①"); null for bullets. */
  number: string | null;
  ordinal: number | null;
  /** Components of a dotted number (8.1.3 → [8, 1, 3]); null for other styles. */
  path: number[] | null;
  /** Length of the marker and the white space after it, in UTF-16 units of the line. */
  length: number;
}

const CN = `[${CN_NUMERAL_CHARS}]{1,5}`;
const CN_SMALL = `[〇零一二三四五六七八九十百两兩]{1,4}`;
const STEMS = "甲乙丙丁戊己庚辛壬癸";
const DIGITS = "[0-9０-９]{1,3}";
const OPEN = "[(（]";
const CLOSE = "[)）]";
// Characters after an Arabic numeral that say it is a quantity, not a marker.
const UNIT = "年月日号號个個名人次项項万萬元%％天时時周週岁歲级級倍份件台套米克吨噸分秒位家条條亿億";
// Words that start with a unit's character and start duty items as often as quantities do: "2 分析客诉", "3年度预算".
const UNIT_WORDS = "分析|分管|分公司|分配|分解|分类|分類|分发|分發|分部|分别|分別|分包|分拣|分揀|月度|月报|月報|年度|年报|年報|日常|日报|日報|项目|項目|周报|週報|台账|台賬|人员|人員|人事|人力|条件|條件|名单|名單|件数|次月|次日|次年|日终|日終|位置";
// After a numeral: no unit follows it (a quantity such as "2.5倍", "3人"), unless a word above does.
const NO_UNIT = `(?!(?!(?:${UNIT_WORDS}))[${UNIT}])`;

const chinese = (num: string) => chineseValue(num);
const arabic = (num: string) => arabicValue(num);
/** The parts of a dotted number: 8.1.3 → [8, 1, 3]; OCR's "8.2.l" → [8, 2, 1] and "8. 2. 3" → [8, 2, 3]. */
const dottedParts = (num: string) => num.split(/[.．\-－]/u).map((p) => (p === "l" ? 1 : arabicValue(p.trim())));
const enclosed = (num: string) => enclosedValue(num);
// An enclosed form for n, while the Unicode run has one; past its end, the bracketed form.
const fromRun = (first: number, size: number, beyond: (n: number) => string) => (n: number) =>
  n >= 1 && n <= size ? String.fromCodePoint(first + n - 1) : beyond(n);

/**
 * The catalogue, in the order the lexer tries it: longer and more specific
 * patterns first, so that "（一）" is never read as "（" plus text.
 */
export const STYLES: MarkerStyle[] = [
  {
    id: "part", kind: "part", rank: -3,
    // (Or "篇一：", as web pages of model texts number their parts; or a bilingual manual's "PART B", "Chapter 3".)
    first: "第篇PC",
    pattern: new RegExp(`^(?<marker>(?:第\\s*(?<num>${CN}|${DIGITS})\\s*(?<unit>篇|部分|章|卷|编|編)|篇(?<num2>${CN_SMALL}|${DIGITS})(?=[\\s:：、.．]|$)|(?:PART|Part|CHAPTER|Chapter) (?<num3>[A-Z]|[0-9]{1,2}|[IVX]{2,5})(?=[ \\t\\u3000:：.．]|$))[\\s:：、.．]*)`, "u"),
    value: (n) => (/^[IVX]+$/u.test(n) ? romanValue(n) : /^[A-Z]$/u.test(n) ? n.charCodeAt(0) - 64 : chineseValue(n) ?? arabicValue(n)), format: (n) => `第${toChinese(n)}篇`,
  },
  {
    id: "section", kind: "part", rank: -2,
    first: "第",
    pattern: new RegExp(`^(?<marker>第\\s*(?<num>${CN}|${DIGITS})\\s*(?<unit>节|節)[\\s:：、.．]*)`, "u"),
    value: (n) => chineseValue(n) ?? arabicValue(n), format: (n) => `第${toChinese(n)}节`,
  },
  {
    id: "article", kind: "article", rank: -1,
    first: "第",
    pattern: new RegExp(`^(?<marker>第\\s*(?<num>${CN}|${DIGITS})\\s*(?<unit>条|條)[\\s:：、.．]*)`, "u"),
    value: (n) => chineseValue(n) ?? arabicValue(n), format: (n) => `第${toChinese(n)}条 `,
  },
  {
    // "第1项 …", "第二項：…": items counted by 项 (in rules and official sheets).
    // (Or by 点 or 个, as a list is spoken: "第一点 全面负责门店的营业", "第二个 开餐前检查…"; not "第一个月内…".)
    id: "cn-xiang", kind: "item", rank: 1,
    first: "第",
    pattern: new RegExp(`^(?<marker>第\\s*(?<num>${CN_SMALL}|${DIGITS})\\s*(?:项|項|点|點|个|個)(?!月|工作|季|星期|周|週|小时|小時|年|阶段|階段|环节|環節|方面|问题|問題)(?<sep>[\\s:：、.．，,]*))`, "u"),
    value: (n) => chineseValue(n) ?? arabicValue(n), format: (n) => `第${n}项 `,
  },
  {
    // "第一，负责…" "第二、…": ordinals that number a list in running prose (no unit such as 篇/章/条 after them).
    id: "cn-ordinal", kind: "item", rank: 1,
    first: "第",
    // (Not the first of ordinals listed: "第一、第二村民小组".)
    // (Or a space, as a list is spoken, "第一 负责后厨…", but not before a unit: "第一 章", "第二 季度".)
    pattern: new RegExp(`^(?<marker>第(?<num>${CN_SMALL})(?<sep>[，,、：:]\\s*|[ \\u3000]+(?=[\\u4e00-\\u9fff])(?![章节節篇条條部款项項批次季期届屆天年月周週轮輪名位个個]|部分)))(?!第${CN_SMALL}[、，,和及与]|第${CN_SMALL}[^、，,：:\\s]*(?:小组|小組|组|組|片|村|队|隊|网格|網格))`, "u"),
    value: chinese, format: (n) => `第${toChinese(n)}，`,
  },
  {
    id: "duty-named", kind: "item", rank: 1,
    first: "职職工",
    pattern: new RegExp(`^(?<marker>(?:职责|職責|工作职责|工作職責)(?<num>${CN_SMALL}|${DIGITS})(?<sep>[\\s:：、.．]+|$))`, "u"),
    value: (n) => chineseValue(n) ?? arabicValue(n), format: (n) => `职责${toChinese(n)}：`,
  },
  {
    id: "dotted", kind: "item", rank: 3,
    first: "0-9０-９",
    // Without a separator other than space, not before a unit: "…不低于" / "2.5亿元" is a wrapped amount, not item 2.5.
    // Its digits all of one width: "１．60至69周岁…" is item １ over an age, not clause 1.60.
    // Or joined by hyphens, as Taiwanese sheets number sub-items: "1-1 依採購單點收", "2-3-1" (not "1-3年", "3-5人", "20-35K").
    // (Nor a clock after an item's number: "1．07:50到岗" is item 1.)
    // (And OCR's "8.2.l" for 8.2.1 and "8. 2. 3", spaced after its dots, three parts at least, before a space.)
    pattern: new RegExp(`^(?<marker>(?<num>[0-9]{1,3}(?:[.．][0-9]{1,3})*[.．]l(?=[ \\u3000])|[0-9]{1,2}(?:[.．] [0-9]{1,2}){2,}(?=[ \\u3000])|[0-9]{1,3}(?:[.．][0-9]{1,3})+|[０-９]{1,3}(?:[.．][０-９]{1,3})+|[0-9０-９]{1,2}(?:[-－][0-9０-９]{1,2}){1,3}(?![A-Za-zＫｋ·]))(?<sep>[.．、]\\s*|\\s*${NO_UNIT}))(?![0-9０-９%％~～]|[:：][0-9])`, "u"),
    value: (n) => dottedParts(n).pop()!, format: (n) => String(n),
  },
  {
    id: "financial", kind: "item", rank: 0,
    first: "壹貳贰參参叁叄肆伍陸陆柒捌玖拾佰",
    pattern: /^(?<marker>(?<num>[壹貳贰參参叁叄肆伍陸陆柒捌玖拾佰]{1,4})(?<sep>[、.．,，:：]\s*|\s+))/u,
    value: chinese, format: (n) => toChinese(n).replace(/./gu, (c) => "〇壹貳參肆伍陸柒捌玖拾佰"["〇一二三四五六七八九十百".indexOf(c)] ?? c) + "、",
  },
  {
    id: "cn-paren", kind: "item", rank: 2,
    first: "(（",
    pattern: new RegExp(`^(?<marker>${OPEN}\\s*(?<num>${CN_SMALL})\\s*${CLOSE}[\\s、.．]*)`, "u"),
    value: chinese, format: (n) => `（${toChinese(n)}）`,
  },
  {
    id: "cn-lenticular", kind: "item", rank: 2,
    first: "【〔［\\[",
    pattern: new RegExp(`^(?<marker>[【〔［\\[]\\s*(?<num>${CN_SMALL})\\s*[】〕］\\]][\\s、.．]*)`, "u"),
    value: chinese, format: (n) => `【${toChinese(n)}】`,
  },
  {
    id: "cn-close", kind: "item", rank: 2,
    first: "〇零一二三四五六七八九十百两兩",
    pattern: new RegExp(`^(?<marker>(?<num>${CN_SMALL})${CLOSE}\\s*)`, "u"),
    value: chinese, format: (n) => `${toChinese(n)}）`,
  },
  {
    id: "cn", kind: "item", rank: 1,
    // (And "—、", OCR's reading of 一、: a dash never numbers anything else before 、.)
    first: "〇零一二三四五六七八九十百两兩—",
    pattern: new RegExp(`^(?<marker>(?<num>${CN_SMALL}|—(?=、))(?<sep>[ \\u3000]?[、.．，,:：]\\s*|[ \\t\\u3000]+))`, "u"),
    value: (n) => (n === "—" ? 1 : chinese(n)), format: (n) => `${toChinese(n)}、`,
  },
  {
    // "一是负责…；二是…": the enumeration of official prose (after cn, so that "一、" lines never try it).
    id: "cn-shi", kind: "item", rank: 1,
    first: "〇零一二三四五六七八九十百两兩",
    pattern: new RegExp(`^(?<marker>(?<num>${CN_SMALL})是)(?=[\\u4e00-\\u9fff])`, "u"),
    value: chinese, format: (n) => `${toChinese(n)}是`,
  },
  {
    id: "cn-enclosed", kind: "item", rank: 2,
    first: "\\u3220-\\u3229",
    pattern: /^(?<marker>(?<num>[\u3220-\u3229])[\s、.．]*)/u,
    value: enclosed, format: fromRun(0x3220, 10, (n) => `（${toChinese(n)}）`),
  },
  {
    // "甲部　諮詢服務中心主任", "乙部　聯絡主任": the parts of a Hong Kong sheet, lettered by the heavenly stems, a post each.
    id: "cn-stem-part", kind: "item", rank: 0,
    first: "甲乙丙丁戊己庚辛壬癸",
    pattern: /^(?<marker>(?<num>[甲乙丙丁戊己庚辛壬癸])部[ \u3000]+)(?=\S)/u,
    value: (n) => STEMS.indexOf(n) + 1 || null, format: (n) => `${STEMS[n - 1] ?? STEMS[9]}部　`,
  },
  {
    // 甲、乙、丙: the heavenly stems, a level below (1) in Taiwan's official documents.
    id: "cn-stem", kind: "item", rank: 6,
    first: "甲乙丙丁戊己庚辛壬癸",
    pattern: /^(?<marker>(?<num>[甲乙丙丁戊己庚辛壬癸])[、.．]\s*)(?=\S)/u,
    value: (n) => STEMS.indexOf(n) + 1 || null, format: (n) => `${STEMS[n - 1] ?? STEMS[9]}、`,
  },
  {
    id: "arabic-paren", kind: "item", rank: 4,
    first: "(（",
    pattern: new RegExp(`^(?<marker>${OPEN}\\s*(?<num>${DIGITS})\\s*${CLOSE}[\\s、.．]*)`, "u"),
    value: arabic, format: (n) => `（${n}）`,
  },
  {
    id: "arabic-lenticular", kind: "item", rank: 4,
    first: "【〔［\\[",
    pattern: new RegExp(`^(?<marker>[【〔［\\[]\\s*(?<num>${DIGITS})\\s*[】〕］\\]][\\s、.．]*)`, "u"),
    value: arabic, format: (n) => `【${n}】`,
  },
  {
    id: "arabic-close", kind: "item", rank: 5,
    first: "0-9０-９",
    pattern: new RegExp(`^(?<marker>(?<num>${DIGITS})${CLOSE}\\s*)`, "u"),
    value: arabic, format: (n) => `${n})`,
  },
  {
    id: "arabic", kind: "item", rank: 3,
    // (And "l." before Chinese text, OCR's reading of 1.: kept as written, worth 1.)
    first: "0-9０-９l",
    // 1、 1. 1． 1， 1: — but not 1.5 (a dotted number or a decimal) nor 1,000; "1、24小时…" is item 1, "1、2、3号线" no item;
    // "1．07:50到岗…" is item 1 with a clock after it; "１．60至69周岁…" item １, the digit after it of another width.
    pattern: new RegExp(`^(?<marker>(?<num>${DIGITS}|l(?=[.．、][ \\u3000]?[\\u4e00-\\u9fff]))(?<sep>[ \\u3000]?(?:、(?![0-9０-９]+[、，,])|[.．，,:：](?!(?<=[0-9].)[0-9０-９](?![0-9]?[:：][0-5][0-9])|(?<=[０-９].)[０-９]))\\s*))`, "u"),
    value: (n) => (n === "l" ? 1 : arabic(n)), format: (n) => `${n}.`,
  },
  {
    id: "arabic-enclosed", kind: "item", rank: 4,
    first: "\\u2474-\\u2487",
    pattern: /^(?<marker>(?<num>[\u2474-\u2487])\s*)/u,
    value: enclosed, format: fromRun(0x2474, 20, (n) => `(${n})`),
  },
  {
    id: "arabic-stop", kind: "item", rank: 3,
    first: "\\u2488-\\u249b",
    pattern: /^(?<marker>(?<num>[\u2488-\u249b])\s*)/u,
    value: enclosed, format: fromRun(0x2488, 20, (n) => `${n}.`),
  },
  {
    // "1️⃣ 负责…": a digit in an emoji keycap (the digit, an optional variation selector, U+20E3).
    id: "keycap", kind: "item", rank: 5,
    first: "0-9",
    pattern: /^(?<marker>(?<num>[0-9])\ufe0f?\u20e3\s*)/u,
    value: arabic, format: (n) => `${n}\ufe0f\u20e3`,
  },
  {
    id: "circled", kind: "item", rank: 5,
    first: "\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf\\u2776-\\u2793\\u24f5-\\u24fe",
    pattern: /^(?<marker>(?<num>[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2776-\u2793\u24f5-\u24fe])[\s、.．]*)/u,
    value: enclosed, format: (n) => (n <= 20 ? String.fromCodePoint(0x245f + n) : n <= 35 ? String.fromCodePoint(0x3250 + n - 20) : n <= 50 ? String.fromCodePoint(0x32b0 + n - 35) : `(${n})`),
  },
  {
    id: "roman", kind: "item", rank: 0,
    first: "IVX\\u2160-\\u216b\\u2170-\\u217b",
    pattern: /^(?<marker>(?<num>[\u2160-\u216b\u2170-\u217b]|(?:X{0,3})(?:IX|IV|V?I{0,3})(?<![^IVX]))(?<sep>[、.．:：]\s*|[)）]\s*|\s+))/u,
    value: romanValue, format: (n) => `${toRoman(n)}.`,
  },
  {
    // "(i)", "(ii)", "(iv)": Roman numerals in brackets, as Hong Kong sheets number the points under (a) (b) (c).
    id: "roman-paren", kind: "item", rank: 7,
    first: "(（",
    pattern: new RegExp(`^(?<marker>${OPEN}(?<num>(?:x{0,3})(?:ix|iv|v?i{0,3})(?<=[ivx])|(?:X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVX]))${CLOSE}\\s*)`, "u"),
    value: romanValue, format: (n) => `(${toRoman(n).toLowerCase()})`,
  },
  {
    // "ii.", "iv.": lower-case Roman numerals after a stop, as sheets in English number the points under a. b. c.
    // ("i.", "v.", "x." alone may be Latin letters: acceptMarker decides by the list they would go on.)
    id: "roman-lower", kind: "item", rank: 7,
    first: "ivx",
    pattern: /^(?<marker>(?<num>(?:x{0,3})(?:ix|iv|v?i{0,3})(?<=[ivx]))(?<sep>[.．]\s*))(?![a-zA-Z.])/u,
    value: romanValue, format: (n) => `${toRoman(n).toLowerCase()}.`,
  },
  {
    // "ii)", "iv)": the same numerals before a closing bracket, as Malaysian and Singaporean sheets number the points under
    // A. B. C. ("i)" alone may be a Latin letter, as "i." may.)
    id: "roman-lower-close", kind: "item", rank: 7,
    first: "ivx",
    pattern: /^(?<marker>(?<num>(?:x{0,3})(?:ix|iv|v?i{0,3})(?<=[ivx]))(?<sep>[)）]\s*))/u,
    value: romanValue, format: (n) => `${toRoman(n).toLowerCase()})`,
  },
  {
    id: "latin-paren", kind: "item", rank: 6,
    first: "(（",
    pattern: new RegExp(`^(?<marker>${OPEN}(?<num>[a-zA-Z])${CLOSE}\\s*)`, "u"),
    value: latinValue, format: (n) => `(${String.fromCharCode(96 + n)})`,
  },
  {
    id: "latin-close", kind: "item", rank: 6,
    first: "a-zA-Z",
    pattern: new RegExp(`^(?<marker>(?<num>[a-zA-Z])${CLOSE}\\s*)`, "u"),
    value: latinValue, format: (n) => `${String.fromCharCode(96 + n)})`,
  },
  {
    id: "latin", kind: "item", rank: 6,
    first: "a-zA-Z\uff41-\uff5a\uff21-\uff3a",
    // (Full-width letters too, as older Big5 documents typed them: "ａ．每週填寫紀錄表".)
    pattern: /^(?<marker>(?<num>[a-zA-Zａ-ｚＡ-Ｚ])(?<sep>[.．、]\s*))(?![a-zA-Z.])/u,
    value: latinValue, format: (n) => `${String.fromCharCode(96 + n)}.`,
  },
  {
    id: "arabic-space", kind: "item", rank: 3,
    first: "0-9０-９",
    // "5 岗位职责": a standard's clause, or an item whose separator is a space.
    pattern: new RegExp(`^(?<marker>(?<num>${DIGITS})[ \\t\\u3000]+)(?![0-9０-９])${NO_UNIT}`, "u"),
    value: arabic, format: (n) => `${n} `,
  },
  {
    id: "bullet", kind: "bullet", rank: 7,
    // \uf06c…\uf0fc: the Symbol and Wingdings bullets of a Word list, which a copy as text keeps as private-use
    // characters; Ø is Wingdings' arrow bullet as plain text shows it (a bullet only with a space after it).
    // Emoji bullets of chat and web posts (✅ 🔹 🔸 …) too, with the variation selector that may follow any bullet
    // (▪️); "○○" is the placeholder of a blanked-out name ("○○縣政府"), not a bullet.
    // The same bullets from a copy that lost the font show as the letters they are coded as: l (●), § (■), ü (✓),
    // Ÿ (·), o (○ of a second level); a bullet then only with white space and Chinese after it. Word's list saved
    // as text writes n (■), q (❑), u (◆), v (❖) and w (⬥) with the tab its list puts after a bullet: only so.
    // A full-width full stop before Chinese at the head of a line is a job board's dot ("．學歷：不拘"), no number's.
    // An OCR copy reads a box bullet (□) as 口: a bullet with white space and words after it ("口 负责宿舍…"), not a
    // letter-spaced heading's first character ("口 腔 科").
    first: "•‧·・●○■□◆◇▪▫►▶➢➤✓✔√◎※★☆▲△♦❖◼◾✦✧➣➔→✅☑✳✴❇⭐\uf06c\uf06e\uf075\uf076\uf0a7\uf0a8\uf0b7\uf0d8\uf0fc\\-*+Ø§üŸlonquvw．＊－🔹🔸🔶🔷🔺🔻👉—口",
    // A pair of em dashes is a bullet too ("——按陈列图上架"), a longer run a rule. "-" and "*" need a space after
    // them, or Chinese ("*清扫楼道；"), or a bracket and Chinese ("-（新）每季度…").
    pattern: /^(?<marker>(?<num>[•‧·・●○■□◆◇▪▫►▶➢➤✓✔√◎※★☆▲△♦❖◼◾✦✧➣➔→✅☑✳✴❇⭐\uf06c\uf06e\uf075\uf076\uf0a7\uf0a8\uf0b7\uf0d8\uf0fc🔹🔸🔶🔷🔺🔻👉])(?<!○(?=○))\ufe0f?\s*|(?<num2>[-*+Ø－])\s+|(?<num4>[-*＊－])(?=[\u4e00-\u9fff]|[（(【「“][\u4e00-\u9fff])|(?<num3>[§üŸlo])[ \t\u3000]+(?=[\u4e00-\u9fff])|[nquvw]\t+(?=[\u4e00-\u9fff])|．(?=[\u4e00-\u9fff])|——(?!—)\s*|口[ \t\u3000]+(?=[\u4e00-\u9fff][\u4e00-\u9fff，,、]))/u,
    value: () => null, format: () => "• ",
  },
  {
    id: "arabic-bare", kind: "item", rank: 3,
    first: "0-9０-９",
    // "1根据…": a numeral with no separator; a marker only when the sequence proves it.
    pattern: new RegExp(`^(?<marker>(?<num>[0-9０-９]{1,2}))(?=[\\u4e00-\\u9fff])${NO_UNIT}`, "u"),
    value: arabic, format: (n) => `${n}`,
  },
];

export const STYLE_BY_ID = new Map(STYLES.map((s) => [s.id, s]));

// The styles that number in Arabic numerals, whatever their dress: 1. (1) 【1】 1) ⑴ ⒈ ①.
const ARABIC_FORMS = new Set(["arabic", "arabic-paren", "arabic-lenticular", "arabic-close", "arabic-enclosed", "arabic-stop", "circled"]);

/** Whether a style writes Arabic numerals ("(3)" after "①②" is the same list's next number to a reader, as OCR misreads ③). */
export function writesArabic(style: MarkerStyle): boolean {
  return ARABIC_FORMS.has(style.id);
}

/** Styles that only count as markers when the sequence around them proves it. */
export const WEAK_STYLES = new Set(["arabic-bare", "arabic-space"]);

const candidatesByCode: (MarkerStyle[] | undefined)[] = [];
const candidatesByFirst = new Map<string, MarkerStyle[]>();
const NONE: MarkerStyle[] = [];

/** The styles that can start with this character, in catalogue order (cached: most lines start alike). */
function candidates(first: string): MarkerStyle[] {
  let list = candidatesByFirst.get(first);
  if (!list) {
    list = STYLES.filter((s) => new RegExp(`^[${s.first}]`, "u").test(first));
    if (list.length === 0) list = NONE;
    candidatesByFirst.set(first, list);
  }
  return list;
}

/** candidates() by the first UTF-16 unit, for the common case of a character in the Basic Multilingual Plane. */
function candidatesAt(rest: string): MarkerStyle[] {
  const c = rest.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return candidates(String.fromCodePoint(rest.codePointAt(0)!));
  return (candidatesByCode[c] ??= candidates(rest[0]!));
}

/** Reads the marker at the start of `line` (leading white space allowed), or null. The Marker may be shared with other lines: it is frozen. */
export function matchMarker(line: string, styles?: readonly MarkerStyle[]): Marker | null {
  // Lines come trimmed from the lexer: only measure the lead when the first unit could be white space.
  const lead = line.length > 0 && isSpace(line.charCodeAt(0)) ? line.length - line.trimStart().length : 0;
  const rest = lead ? line.slice(lead) : line;
  if (!rest) return null;
  if (!styles && lead === 0) {
    const known = knownArabic(rest);
    if (known) return known;
  }
  const list = styles ?? candidatesAt(rest);
  for (let i = 0; i < list.length; i++) {
    const style = list[i]!;
    const m = style.pattern.exec(rest);
    if (!m?.groups) continue;
    const num = m.groups.num ?? m.groups.num2 ?? m.groups.num3 ?? "";
    if (style.kind !== "bullet" && !num) continue;
    const markerText = m.groups.marker!;
    // A marker with nothing after it ("一、" alone) still counts; an empty Roman match does not.
    const ordinal = style.kind === "bullet" ? null : style.value(num);
    if (style.kind !== "bullet" && (ordinal === null || ordinal <= 0 && style.id !== "dotted")) continue;
    const length = lead + markerText.length;
    const known = lead === 0 ? internedMarkers.get(style)?.get(markerText) : undefined;
    if (known) return known;
    const path = style.id === "dotted" ? dottedParts(num) : null;
    const marker: Marker = {
      style,
      marker: markerText.trimEnd(),
      // (OCR's "8. 2. 3" is number 8.2.3.)
      number: style.kind === "bullet" ? null : style.id === "dotted" && num.includes(" ") ? num.replace(/ /gu, "") : num,
      ordinal,
      path: path && Object.freeze(path) as number[],
      length,
    };
    if (lead === 0) intern(marker, markerText);
    return marker;
  }
  return null;
}

const ARABIC = STYLES.find((s) => s.id === "arabic")!;
const ARABIC_SEPARATORS = "、.．，,:：";

/**
 * The most common marker, "12、" (or 12. 12，…), read without the patterns
 * when its form was seen before: one to three ASCII digits, a separator of
 * the arabic style and no digit after it (so no dotted number or decimal; the
 * styles tried before arabic need a dot and a digit, or a bracket). Anything
 * else, or a form not seen yet, goes through the patterns, which also intern it.
 */
function knownArabic(line: string): Marker | undefined {
  let n = 0;
  while (n < 4 && n < line.length && line.charCodeAt(n) >= 0x30 && line.charCodeAt(n) <= 0x39) n++;
  if (n === 0 || n > 3 || !ARABIC_SEPARATORS.includes(line[n] ?? "\u0000")) return undefined;
  const after = line.charCodeAt(n + 1);
  if ((after >= 0x30 && after <= 0x39) || (after >= 0xff10 && after <= 0xff19)) return undefined;
  let end = n + 1;
  while (end < line.length && isSpace(line.charCodeAt(end))) end++;
  return internedMarkers.get(ARABIC)?.get(line.slice(0, end));
}

// Most lines of a sheet start with one of a few markers (1、 2、 … （一）): one frozen
// Marker for each form, shared by every line that starts with it, instead of one
// object and two strings per line that live as long as the tree does.
const internedMarkers = new Map<MarkerStyle, Map<string, Marker>>();
let internedCount = 0;
const INTERNED_MAX = 4096;

function intern(marker: Marker, markerText: string): void {
  if (internedCount >= INTERNED_MAX) return;
  let byText = internedMarkers.get(marker.style);
  if (!byText) internedMarkers.set(marker.style, (byText = new Map()));
  byText.set(markerText, Object.freeze(marker));
  internedCount++;
}

const nextPatterns = new Map<string, RegExp | null>();

/**
 * The marker that follows `ordinal` in a style, as a global pattern that
 * finds it inside a line (cached; callers reset lastIndex).
 */
export function nextMarkerPattern(style: MarkerStyle, ordinal: number, sample: Marker): RegExp | null {
  const key = `${style.id}\u0000${ordinal}\u0000${sample.marker}`;
  let re = nextPatterns.get(key);
  if (re === undefined) {
    re = buildNextPattern(style, ordinal, sample);
    nextPatterns.set(key, re);
  }
  if (re) re.lastIndex = 0;
  return re;
}

function buildNextPattern(style: MarkerStyle, ordinal: number, sample: Marker): RegExp | null {
  const next = ordinal + 1;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const fullWidth = sample.number !== null && /[０-９]/u.test(sample.number);
  const digits = fullWidth ? String(next).replace(/[0-9]/gu, (d) => String.fromCharCode(0xff10 + Number(d))) : String(next);
  switch (style.id) {
    case "arabic": {
      const sep = sample.marker.slice(sample.number!.length);
      // (A digit after a point is a decimal, "2.5倍"; after 、 it starts the item's text, "2、5年以上经验".)
      // (After 、, an OCR copy may write the next one with a point, glued after a stop: "3、…工作。4.积极参加…".)
      const other = sep.startsWith("、") ? `|(?<=[。；;])${esc(digits)}[.．](?![0-9０-９])` : "";
      return new RegExp(`${esc(digits)}${esc(sep)}${/[.．]/u.test(sep) ? "(?![0-9０-９])" : ""}${other}`, "gu");
    }
    case "arabic-close": return new RegExp(`${esc(digits)}[)）]`, "gu");
    case "arabic-paren": return new RegExp(`[(（]${esc(digits)}[)）]`, "gu");
    // (Not the last digits of a number: "…问题24小时内…" holds no item 4.)
    case "arabic-bare": return new RegExp(`(?<![0-9０-９])${esc(digits)}(?=[\\u4e00-\\u9fff])${NO_UNIT}`, "gu");
    case "cn": {
      const sep = sample.marker.slice(sample.number!.length);
      return new RegExp(`${esc(toChinese(next))}${esc(sep)}`, "gu");
    }
    case "cn-paren": return new RegExp(`[(（]${esc(toChinese(next))}[)）]`, "gu");
    // (Spoken, with a space after it, the next is too: "…早晚各记一次 第五 过期食材…".)
    case "cn-ordinal": return new RegExp(`第${esc(toChinese(next))}${!/[，,、：:]/u.test(sample.marker) ? "[ \\u3000]+(?=[\\u4e00-\\u9fff])" : "[，,、：:]"}`, "gu");
    case "cn-xiang": return new RegExp(`第\\s*${/^[0-9０-９]/u.test(sample.number!) ? esc(digits) : esc(toChinese(next))}\\s*[项項点點个個]`, "gu");
    case "cn-shi": return new RegExp(`${esc(toChinese(next))}是(?=[\\u4e00-\\u9fff])`, "gu");
    // "壹、審核支出憑證。貳、登錄會計帳冊。" and "甲、…乙、…": the next numeral with the separator the sample wrote.
    case "financial": case "cn-stem": {
      if (style.id === "cn-stem" && next > 10) return null;
      const sep = sample.marker.slice(sample.number!.length).trim() || "、";
      return new RegExp(`${esc(style.format(next).slice(0, -1))}${esc(sep)}`, "gu");
    }
    // "Ⅱ. 对增减项进行核算；Ⅲ. 负责竣工结算…": the next numeral, as one character or in letters, with the sample's separator.
    case "roman": {
      const sep = sample.marker.slice(sample.number!.length).trim();
      const c = sample.number!.charCodeAt(0);
      if (!sep) return null;
      if (c >= 0x2160 && c <= 0x217b) return next <= 12 ? new RegExp(`${String.fromCharCode((c >= 0x2170 ? 0x2170 : 0x2160) + next - 1)}${esc(sep)}`, "gu") : null;
      return new RegExp(`(?<![A-Za-z])${toRoman(next)}${esc(sep)}`, "gu");
    }
    case "roman-lower": return new RegExp(`(?<![A-Za-z])${toRoman(next).toLowerCase()}[.．]`, "gu");
    case "roman-lower-close": return new RegExp(`(?<![A-Za-z])${toRoman(next).toLowerCase()}[)）]`, "gu");
    case "roman-paren": {
      const roman = toRoman(next);
      return new RegExp(`[(（]${/[a-z]/u.test(sample.number!) ? roman.toLowerCase() : roman}[)）]`, "gu");
    }
    // "3.3.2负责考勤。3.3.3负责带教。": the next number at the same depth, after a sentence's end (checked by the caller).
    case "dotted": {
      const number = sample.number!;
      const prefix = number.slice(0, Math.max(number.lastIndexOf("."), number.lastIndexOf("．"), number.lastIndexOf("-"), number.lastIndexOf("－")) + 1);
      return new RegExp(`(?<![0-9０-９.．])${esc(prefix)}${esc(digits)}(?![0-9０-９%％]|[.．][0-9０-９])`, "gu");
    }
    // "…审核；职责三：管理…": the next named duty glued on the line.
    case "duty-named": return new RegExp(`(?:职责|職責)${/^[0-9０-９]/u.test(sample.number!) ? esc(digits) : esc(toChinese(next))}[:：、.．]`, "gu");
    case "keycap": return next <= 9 ? new RegExp(`${next}\\ufe0f?\\u20e3`, "gu") : null;
    case "circled": case "arabic-enclosed": case "arabic-stop": case "cn-enclosed":
      return new RegExp(esc(style.format(next)), "gu");
    case "latin": case "latin-close": {
      const letter = String.fromCharCode((sample.number!.charCodeAt(0) & ~31) + next);
      const sep = sample.marker.slice(1);
      return new RegExp(`(?<![a-zA-Z])${esc(letter)}${esc(sep)}`, "gu");
    }
    case "latin-paren": {
      const letter = String.fromCharCode((sample.number!.charCodeAt(0) & ~31) + next);
      return new RegExp(`[(（]${esc(letter)}[)）]`, "gu");
    }
    default: return null;
  }
}
