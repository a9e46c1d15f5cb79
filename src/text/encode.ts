// Writing text back in the encoding it was read from, byte for byte. Node can
// write UTF-8 and UTF-16 without loss (not GB18030 or Big5), and only a file
// whose text encodes back to exactly its bytes can be rewritten safely.
import { Buffer } from "node:buffer";

const ENCODERS: Record<string, { encode: (text: string) => Buffer; bom: number[] }> = {
  "utf-8": { encode: (text) => Buffer.from(text, "utf8"), bom: [0xef, 0xbb, 0xbf] },
  "utf-16le": { encode: (text) => Buffer.from(text, "utf16le"), bom: [0xff, 0xfe] },
  "utf-16be": { encode: (text) => Buffer.from(text, "utf16le").swap16(), bom: [0xfe, 0xff] },
};

/**
 * An encoder that writes text as `original` was written (same encoding, same
 * BOM), or the reason there is none: an encoding Node cannot write, or bytes
 * that do not come back the same (invalid bytes replaced when reading).
 */
export function encoderFor(original: Uint8Array, text: string, encoding: string): ((text: string) => Buffer) | { reason: string } {
  const codec = ENCODERS[encoding];
  if (!codec) return { reason: `it is ${encoding}, and only UTF-8 and UTF-16 files can be rewritten byte for byte` };
  for (const prefix of [Buffer.alloc(0), Buffer.from(codec.bom)]) {
    const encode = (t: string) => Buffer.concat([prefix, codec.encode(t)]);
    if (encode(text).equals(original)) return encode;
  }
  return { reason: `its bytes do not read back the same as ${encoding} (it has invalid bytes)` };
}
