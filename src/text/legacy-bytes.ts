// The bytes of a character in GB18030 and Big5. Node decodes these encodings
// but cannot encode them, so the tables come from decoding every one- and
// two-byte sequence once (about 24,000 per encoding, a few milliseconds).

type Encoding = "gb18030" | "big5";

interface Table {
  /** For a BMP code point, its first sequence as (lead << 8 | trail) or a lone byte; 0 for none. */
  first: Uint16Array;
  /** Second and further sequences, and those of code points beyond the BMP. */
  more: Map<number, number[]>;
}

const tables = new Map<Encoding, Table>();

/** Decodes every lead byte 0x80–0xFE alone and with every trail byte, and records what each sequence stands for. */
function buildTable(encoding: Encoding): Table {
  // Each sequence is followed by a newline, which keeps them apart: it is never a trail byte,
  // and a decoder that rejects a sequence emits U+FFFD (and any ASCII byte) before it.
  const bytes = new Uint8Array(127 * (2 + 190 * 3));
  let at = 0;
  for (let lead = 0x80; lead <= 0xfe; lead++) {
    bytes[at++] = lead;
    bytes[at++] = 0x0a;
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      bytes[at++] = lead;
      bytes[at++] = trail;
      bytes[at++] = 0x0a;
    }
  }
  const decoded = new TextDecoder(encoding).decode(bytes);
  const table: Table = { first: new Uint16Array(0x10000), more: new Map() };
  let start = 0;
  for (let i = 0; i < bytes.length; ) {
    const pair = bytes[i + 1] !== 0x0a;
    const end = decoded.indexOf("\n", start);
    const cp = decoded.codePointAt(start)!;
    // Exactly one character, and not U+FFFD: a sequence that stands for a character.
    if (cp !== 0xfffd && end - start === (cp > 0xffff ? 2 : 1)) {
      const code = pair ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]!;
      if (cp <= 0xffff && table.first[cp] === 0) table.first[cp] = code;
      else table.more.set(cp, [...(table.more.get(cp) ?? []), code]);
    }
    start = end + 1;
    i += pair ? 3 : 2;
  }
  return table;
}

/**
 * The byte sequences that stand for `ch` in `encoding`. In GB18030, a
 * character without a one- or two-byte code has a four-byte one: "four-byte"
 * says so (its exact bytes are not needed by a prefilter that may over-match).
 */
export function legacyBytes(ch: string, encoding: Encoding): number[][] | "four-byte" {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return [[cp]];
  let table = tables.get(encoding);
  if (!table) tables.set(encoding, (table = buildTable(encoding)));
  const codes = [...(cp <= 0xffff && table.first[cp] ? [table.first[cp]!] : []), ...(table.more.get(cp) ?? [])];
  if (codes.length === 0) return encoding === "gb18030" ? "four-byte" : [];
  return codes.map((code) => (code > 0xff ? [code >> 8, code & 0xff] : [code]));
}
