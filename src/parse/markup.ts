// HTML left in text copied out of a web editor or a WeChat article: tags
// (<p>, <br>, <strong> …) and entities (&nbsp;, &amp; …). Such a line is read
// as the text it shows: tags dropped, entities decoded, a line break (<br>,
// </p><p>) starting a line of its own under the same line number. A line of
// markup alone is set aside (reason "markup"), never lost.
import type { SourceLine } from "./lines.js";
import { matchMarker } from "./markers.js";
import { lineNoise } from "./noise.js";

const TAG = /<\/?(?:p|div|span|strong|b|i|em|u|font|section|article|br|h[1-6]|li|ul|ol|table|tbody|thead|tr|td|th|blockquote|pre|code|sup|sub)(?:[\s/][^<>]{0,200})?>/giu;
const BREAK = /<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr|section)>/giu;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|ensp|emsp|middot|ldquo|rdquo|lsquo|rsquo|hellip|mdash|#[0-9]{1,6}|#x[0-9a-fA-F]{1,5});/gu;
const NAMED: Record<string, string> = {
  nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ensp: " ", emsp: " ", middot: "·",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", hellip: "…", mdash: "—",
};

/** The lines with the markup of a web copy read as the text it shows; the lines themselves when none has any. */
export function readMarkup(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!mayHoldMarkup(l.text)) {
      out?.push(l);
      continue;
    }
    TAG.lastIndex = 0;
    ENTITY.lastIndex = 0;
    if (!TAG.test(l.text) && !ENTITY.test(l.text)) {
      out?.push(l);
      continue;
    }
    out ??= lines.slice(0, i);
    const pieces = l.text.split(BREAK).map((p) => decodeEntities(p.replace(TAG, "")).trim()).filter(Boolean);
    if (pieces.length === 0) out.push({ ...l, marker: null, aside: "markup" });
    for (const text of pieces) out.push({ no: l.no, text, marker: matchMarker(text), indent: 0, noise: lineNoise(text) });
  }
  return out ?? lines;
}

/**
 * Markup opens or closes the lines that hold it ("<p>…</p>", "…<br>", "&nbsp;", "1、&nbsp;…"): a test of the first
 * few characters and the last first (not ";", which ends many a line of duties), since every line of every sheet is asked.
 */
function mayHoldMarkup(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x3e) return true;
  for (let i = 0; i < 6 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3c || c === 0x26) return true;
  }
  return false;
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity) => {
    const name = entity.slice(1, -1);
    if (name[0] !== "#") return NAMED[name] ?? entity;
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
