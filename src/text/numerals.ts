// Values of the numerals that number duties: Chinese (common and financial),
// Arabic in both widths, Roman, Latin letters and the enclosed Unicode forms.

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 貳: 2, 贰: 2, 兩: 2, 两: 2, 三: 3, 參: 3, 参: 3, 叁: 3, 叄: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陸: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters that may form a Chinese numeral, common and financial. */
export const CN_NUMERAL_CHARS = "〇零一壹二貳贰兩两三參参叁叄四肆五伍六陸陆七柒八捌九玖十拾百佰千仟";
export const CN_FINANCIAL_CHARS = "壹貳贰參参叁叄肆伍陸陆柒捌玖拾佰仟";

/** Value of a Chinese numeral such as 十一, 二十, 九十九, 一百零五, 壹拾貳; null when it is not one. */
export function chineseValue(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let digit: number | null = null;
  let positional = true; // 一二三 written digit by digit, as in 二〇二四
  for (const ch of s) if (!(ch in CN_DIGITS)) positional = false;
  if (positional && s.length > 1) {
    let v = 0;
    for (const ch of s) v = v * 10 + CN_DIGITS[ch]!;
    return v;
  }
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit !== null && CN_DIGITS[ch] !== 0) return null; // two digits in a row: not a numeral
      digit = CN_DIGITS[ch]!;
      if (digit === 0) digit = null;
    } else if (ch in CN_UNITS) {
      total += (digit ?? 1) * CN_UNITS[ch]!;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

/** Arabic digits in half or full width → value. */
export function arabicValue(s: string): number {
  let v = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    v = v * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return v;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Value of a Roman numeral in ASCII (IV) or in the Unicode number forms (Ⅳ, ⅳ). */
export function romanValue(s: string): number | null {
  const single = s.codePointAt(0)!;
  if (s.length === 1 && single >= 0x2160 && single <= 0x216b) return single - 0x215f;
  if (s.length === 1 && single >= 0x2170 && single <= 0x217b) return single - 0x216f;
  const up = s.toUpperCase();
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN[up[i]!];
    if (!v) return null;
    const next = ROMAN[up[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total || null;
}

/** Latin letter → position in the alphabet (a → 1). */
export function latinValue(s: string): number {
  const c = s.toLowerCase().charCodeAt(0);
  // (ａ-ｚ, and Ａ-Ｚ lowered to them, count as a-z.)
  return c >= 0xff41 && c <= 0xff5a ? c - 0xff40 : c - 96;
}

// Enclosed forms: the first code point of each run and the value it stands for.
const ENCLOSED_RUNS: [from: number, to: number, first: number][] = [
  [0x2460, 0x2473, 1], // ① … ⑳
  [0x3251, 0x325f, 21], // ㉑ … ㉟
  [0x32b1, 0x32bf, 36], // ㊱ … ㊿
  [0x2474, 0x2487, 1], // ⑴ … ⒇
  [0x2488, 0x249b, 1], // ⒈ … ⒛
  [0x3220, 0x3229, 1], // ㈠ … ㈩
  [0x2776, 0x277f, 1], // ❶ … ❿
  [0x2780, 0x2789, 1], // ➀ … ➉
  [0x278a, 0x2793, 1], // ➊ … ➓
  [0x24f5, 0x24fe, 1], // ⓵ … ⓾
];

/** Value of an enclosed numeral (①, ⑴, ⒈, ㈠ …), or null. */
export function enclosedValue(ch: string): number | null {
  const c = ch.codePointAt(0)!;
  for (const [from, to, first] of ENCLOSED_RUNS) if (c >= from && c <= to) return first + c - from;
  return null;
}

/** Chinese numeral for a value, in the common characters (used by --fix and renderers). */
export function toChinese(n: number): string {
  const d = "〇一二三四五六七八九";
  if (n < 10) return d[n]!;
  if (n < 20) return "十" + (n % 10 ? d[n % 10] : "");
  if (n < 100) return d[Math.floor(n / 10)] + "十" + (n % 10 ? d[n % 10] : "");
  if (n < 1000) {
    const rest = n % 100;
    return d[Math.floor(n / 100)] + "百" + (rest === 0 ? "" : rest < 10 ? "零" + d[rest] : rest < 20 ? "一" + toChinese(rest) : toChinese(rest));
  }
  return String(n);
}

/** Roman numeral for a value (ASCII). */
export function toRoman(n: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
