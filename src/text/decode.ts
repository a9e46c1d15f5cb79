// Detects a job-duty document's encoding (BOM, UTF-16, UTF-8, GB18030 or Big5) and decodes its bytes to text.
import { Buffer, isUtf8 } from "node:buffer";
import { utf8Text, validUtf8Text } from "./utf8.js";

export interface Decoded {
  text: string;
  encoding: string;
  bom: boolean;
  replaced: { line: number; column: number }[];
  binary: boolean;
}

const ALIASES = new Map<string, string>([
  ["utf8", "utf-8"],
  ["utf-8", "utf-8"],
  ["utf16le", "utf-16le"],
  ["utf-16le", "utf-16le"],
  ["ucs-2", "utf-16le"],
  ["ucs2", "utf-16le"],
  ["utf16be", "utf-16be"],
  ["utf-16be", "utf-16be"],
  // GB18030 is a superset of GBK/GB2312, so one decoder serves all three.
  ["gbk", "gb18030"],
  ["gb2312", "gb18030"],
  ["cp936", "gb18030"],
  ["gb18030", "gb18030"],
  ["big5", "big5"],
  ["big5-hkscs", "big5"],
  ["cp950", "big5"],
]);

const SUPPORTED =
  "utf-8 (utf8), utf-16le (utf16le, ucs-2), utf-16be (utf16be), gb18030 (gbk, gb2312, cp936), big5 (big5-hkscs, cp950)";

/** Canonical codec name for a supported encoding name or alias, else undefined. */
export function canonicalEncoding(name: string): string | undefined {
  return ALIASES.get(name.trim().toLowerCase());
}

export function isSupportedEncoding(name: string): boolean {
  return canonicalEncoding(name) !== undefined;
}

export class DecodeError extends Error {
  readonly code = "unknown-encoding" as const;
  constructor(readonly encodingName: string) {
    super(`unknown encoding "${encodingName}"; supported: ${SUPPORTED}`);
    this.name = "DecodeError";
  }
}

// Detection only looks at this much; the whole file is decoded once, with the winner.
const SAMPLE = 64 * 1024;

/** Valid UTF-8 longer than this is read as UTF-8 without weighing other readings (see detect); the search prefilter relies on it. */
export const SURE_UTF8_BYTES = 4096;

export function decode(bytes: Uint8Array, options: { encoding?: string } = {}): Decoded {
  let forced: string | undefined;
  if (options.encoding !== undefined) {
    forced = canonicalEncoding(options.encoding);
    if (forced === undefined) throw new DecodeError(options.encoding);
  }

  const bom = sniffBom(bytes);
  // A forced codec wins over a BOM; the BOM is only stripped when it belongs to that codec.
  const useBom = bom !== undefined && (forced === undefined || forced === bom.encoding);
  const body = useBom ? bytes.subarray(bom.length) : bytes;

  let encoding: string;
  let text: string | undefined;
  let clean = false; // decoded without any replacement, so there is nothing to scan for
  if (useBom) encoding = bom.encoding;
  else if (forced !== undefined) encoding = forced;
  else {
    const found = detect(body);
    encoding = found.encoding;
    text = found.text;
    clean = found.clean;
  }
  text ??= decodeWith(encoding, body);

  return {
    text,
    encoding,
    bom: useBom,
    replaced: clean ? [] : findReplacements(text, body, encoding),
    binary: looksBinary(body, text, encoding),
  };
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  // ignoreBOM: the BOM is handled by sniffBom, and a second one is content.
  return encoding === "utf-8" ? utf8Text(bytes) : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", length: 2 };
  // GB18030 has its own BOM (U+FEFF encoded as four bytes).
  if (startsWith(bytes, [0x84, 0x31, 0x95, 0x33])) return { encoding: "gb18030", length: 4 };
  return undefined;
}

function detect(bytes: Uint8Array): { encoding: string; text?: string | undefined; clean: boolean } {
  if (bytes.length === 0) return { encoding: "utf-8", text: "", clean: true };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { encoding: utf16, clean: false };
  let text: string | undefined;
  if (isUtf8(bytes)) text = validUtf8Text(bytes);
  else {
    // Not strictly UTF-8: a truncated or slightly damaged UTF-8 file still has mostly valid
    // multi-byte sequences, whereas GBK/Big5 text only forms one by accident.
    const { valid, invalid } = utf8Stats(bytes, 4096);
    if (!(valid > 0 && valid >= 2 * invalid)) return chooseLegacy(bytes);
  }
  // Short GBK/Big5 runs can still be valid UTF-8 by accident (位職 in GBK reads as "λ\x9a"),
  // so a UTF-8 reading full of implausible characters is weighed against the legacy ones.
  // Past a few kilobytes of valid UTF-8 such an accident does not happen: skip the cost.
  if (text !== undefined && bytes.length > SURE_UTF8_BYTES) return { encoding: "utf-8", text, clean: true };
  const sample = sampleOf(bytes);
  const own = score(decodeWith("utf-8", sample));
  if (own < 0) {
    const legacy = chooseLegacy(bytes);
    if (legacy.score > 0) return legacy;
  }
  return { encoding: "utf-8", text, clean: text !== undefined };
}

/**
 * Counts valid and invalid UTF-8 multi-byte sequences, stopping after `limit` of them. A
 * sequence cut off by the end of `b` is not counted: truncation is not evidence against UTF-8.
 */
function utf8Stats(b: Uint8Array, limit = Infinity): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < b.length && valid + invalid < limit; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      // Overlong forms and surrogates are invalid, as in TextDecoder.
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need && i + j < b.length; j++) {
      const d = b[i + j]!;
      if (d < (j === 1 ? lo : 0x80) || d > (j === 1 ? hi : 0xbf)) break;
    }
    if (j > need) {
      valid++;
      i += j;
    } else if (i + j >= b.length) {
      break;
    } else {
      invalid++;
      i += j;
    }
  }
  return { valid, invalid };
}

// Text files never contain NUL bytes, so NULs mean UTF-16 or binary. UTF-16 puts the NUL of
// ASCII characters on one side of each code unit; binary data scatters them on both sides.
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE) & ~1);
  if (sample.indexOf(0) < 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  // NULs paired with whitespace, digits or ASCII punctuation cannot come from CJK code units
  // such as 一 U+4E00, which put a NUL on the "wrong" side.
  let evenStrong = 0;
  let oddStrong = 0;
  const strong = (b: number) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b <= 0x33);
  for (let i = 0; i < sample.length; i += 2) {
    const a = sample[i]!;
    const b = sample[i + 1]!;
    if (a === 0) {
      evenNul++;
      if (strong(b)) evenStrong++;
    }
    if (b === 0) {
      oddNul++;
      if (strong(a)) oddStrong++;
    }
  }
  const [le, be] = evenStrong + oddStrong > 0 ? [oddStrong, evenStrong] : [oddNul, evenNul];
  const encoding = le > 3 * be ? "utf-16le" : be > 3 * le ? "utf-16be" : undefined;
  if (!encoding) return undefined;
  // A stray NUL in otherwise valid UTF-8 is a damaged (binary) UTF-8 file, not UTF-16.
  const share = Math.max(evenNul, oddNul) / (sample.length / 2);
  if (share < 0.25 && utf8Stats(sample).invalid === 0) return undefined;
  // Skewed NULs in binary data (e.g. 16-bit integers) decode to control characters.
  const text = decodeWith(encoding, sample);
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (isBadUtf16Unit(text.charCodeAt(i))) bad++;
  return bad <= text.length * 0.05 ? encoding : undefined;
}

function isBadUtf16Unit(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xfffd ||
    (c >= 0xe000 && c <= 0xf8ff) ||
    c === 0xfffe ||
    c === 0xffff
  );
}

// Evidence is taken from up to SAMPLE bytes starting at the line that holds the first non-ASCII
// byte (an ASCII preamble says nothing) and ending at a newline, which is never part of a
// multi-byte GBK/Big5/UTF-8 character, so neither decoder sees a cut-off character.
function sampleOf(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length && bytes[start]! < 0x80) start++;
  if (start === bytes.length) return bytes.subarray(0, 0);
  start = bytes.lastIndexOf(0x0a, start) + 1;
  let end = Math.min(bytes.length, start + SAMPLE);
  if (end < bytes.length) {
    const nl = bytes.lastIndexOf(0x0a, end - 1);
    if (nl > start) end = nl + 1;
  }
  return bytes.subarray(start, end);
}

// GBK and Big5 byte ranges overlap so much that either decoder accepts most of the other's
// text, so decode a sample both ways and keep the reading that looks like a job-duty sheet.
function chooseLegacy(bytes: Uint8Array): { encoding: string; text?: string | undefined; clean: boolean; score: number } {
  const sample = sampleOf(bytes);
  const gb = decodeWith("gb18030", sample);
  const big5 = decodeWith("big5", sample);
  const gbScore = score(gb);
  const big5Score = score(big5);
  // Ties go to GB18030: it is the more common encoding and a superset of GBK.
  const isBig5 = big5Score > gbScore;
  const whole = sample.length === bytes.length;
  return {
    encoding: isBig5 ? "big5" : "gb18030",
    text: whole ? (isBig5 ? big5 : gb) : undefined,
    clean: false,
    score: isBig5 ? big5Score : gbScore,
  };
}

const WORDS = (
  "负责 負責 岗位 崗位 工作 管理 职责 職責 销售 銷售 公司 部门 部門 客户 客戶 计划 計劃 制度 完成 " +
  "组织 組織 协助 協助 相关 相關 进行 進行 经理 經理 业务 業務 要求 人员 人員 员工 員工 制定 执行 執行 " +
  "监督 監督 检查 檢查 培训 培訓 服务 服務 资料 資料 合同 市场 市場 考核 落实 落實 " +
  "的 和 及 与 與 在 为 為 对 對 等"
).split(" ");

// The most frequent Hanzi and job-duty vocabulary, simplified then the traditional forms that
// differ, plus CJK punctuation.
const COMMON = new Set(
  "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所" +
    "然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它" +
    "与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新" +
    "己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平" +
    "系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队" +
    "形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规" +
    "责岗职销售客户协助组织培训考核负督检查执落订划审批汇编档案维护服沟调营预算" +
    "监导领项质财采购议际标准范围办录环卫验纠绩薪酬聘单签账彻积极随馈级确传广贯参效率渠牌宣推款本析招福利勤待章季熟练掌握技验良具备较团精历专优" +
    "這個們來為國說時會對發後過裡種經麼學現當沒動還進樣開實軍無與長機關點業將兩間問並應戰頭體見產話內給門兒東聲員" +
    "論處義幾認條係氣題爾別變總電數報結務場計資許統區隊決馬書則聽達強難權設記類據邊張該規" +
    "責崗職銷戶協組織訓負檢執訂劃審匯編檔維護溝調營預練驗備較團歷專優" +
    "監導領項質財採購議際標準範圍辦錄環衛驗糾績單簽賬徹積極隨饋級確傳廣貫參" +
    "，。、：；（）《》“”！？",
);

function score(text: string): number {
  let s = 0;
  for (const w of WORDS) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) s += w.length > 1 ? 10 : 3;
  }
  for (const ch of text) {
    if (COMMON.has(ch)) s += 1;
    else s -= penalty(ch.codePointAt(0)!);
  }
  return s;
}

// Characters a wrong GBK/Big5 reading produces and real job-duty sheets almost never contain.
function penalty(c: number): number {
  if (c < 0x80) return 0;
  if (c === 0xfffd || c <= 0x9f) return 10; // replacement, C1 controls
  if (c >= 0xe000 && c <= 0xf8ff) return 10; // Private Use Area
  if (c >= 0xf0000) return 10; // supplementary Private Use Areas
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return 10; // Hangul
  if (c >= 0xa000 && c <= 0xa4cf) return 10; // Yi
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff61 && c <= 0xff9f)) return 5; // kana
  if (c >= 0x3100 && c <= 0x312f) return 5; // Bopomofo
  if (c >= 0x3400 && c <= 0x4dbf) return 5; // CJK Extension A
  if (c >= 0x2500 && c <= 0x259f) return 5; // box drawing, blocks
  if (c >= 0xf900 && c <= 0xfaff) return 5; // compatibility ideographs
  if (c >= 0x0590 && c <= 0x07ff) return 5; // Hebrew to NKo: what GBK pairs read as UTF-8 look like
  if ((c >= 0x0100 && c <= 0x024f) || (c >= 0x0370 && c <= 0x04ff)) return 3; // pinyin letters, Greek, Cyrillic
  if (c >= 0x20000) return 2; // CJK Extension B+: legitimate in GB18030 but rare
  return 0;
}

/** 1-based line/column (columns in code points) of each U+FFFD produced by invalid bytes. */
function findReplacements(text: string, body: Uint8Array, encoding: string): Decoded["replaced"] {
  if (text.indexOf("\uFFFD") < 0) return [];
  const literal = literalMask(text, body, encoding);
  const out: Decoded["replaced"] = [];
  let line = 1;
  let column = 1;
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      line++;
      column = 1;
      continue;
    }
    if (c === 0xfffd) {
      if (!literal?.[k]) out.push({ line, column });
      k++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    column++;
  }
  return out;
}

const LITERAL_FFFD: Record<string, { bytes: number[]; step: number }> = {
  "utf-8": { bytes: [0xef, 0xbf, 0xbd], step: 1 },
  "utf-16le": { bytes: [0xfd, 0xff], step: 2 },
  "utf-16be": { bytes: [0xff, 0xfd], step: 2 },
  gb18030: { bytes: [0x84, 0x31, 0xa4, 0x37], step: 1 },
};

// A U+FFFD that was genuinely in the file is content, not damage. Split the bytes at each
// encoded U+FFFD and decode the pieces: if they rejoin to the same text, those U+FFFDs were
// literal (per occurrence: true = literal). Rare, so the extra decoding does not matter.
function literalMask(text: string, body: Uint8Array, encoding: string): boolean[] | undefined {
  const pattern = LITERAL_FFFD[encoding];
  if (!pattern) return undefined;
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const needle = Buffer.from(pattern.bytes);
  const cuts: number[] = [];
  for (let i = buf.indexOf(needle); i >= 0; i = buf.indexOf(needle, i + 1)) {
    if (i % pattern.step === 0 && (cuts.length === 0 || i >= cuts[cuts.length - 1]! + needle.length)) cuts.push(i);
  }
  if (cuts.length === 0) return undefined;
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(decodeWith(encoding, body.subarray(from, cut)));
    from = cut + needle.length;
  }
  pieces.push(decodeWith(encoding, body.subarray(from)));
  if (pieces.join("\uFFFD") !== text) return undefined; // a cut fell inside a character
  const mask: boolean[] = [];
  pieces.forEach((piece, n) => {
    for (let i = piece.indexOf("\uFFFD"); i >= 0; i = piece.indexOf("\uFFFD", i + 1)) mask.push(false);
    if (n < cuts.length) mask.push(true);
  });
  return mask;
}

// NULs never occur in text outside UTF-16; a high share of control characters means the
// "text" is really some binary format that happened to decode.
function looksBinary(body: Uint8Array, text: string, encoding: string): boolean {
  if (!encoding.startsWith("utf-16") && body.subarray(0, SAMPLE).indexOf(0) >= 0) return true;
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  return n > 0 && control > n * 0.1;
}
