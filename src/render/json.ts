// JSON and JSON Lines for Documents: exactly the zod-typed tree, nothing added.
// Large trees are serialized piece by piece, so that a 50 MB sheet never
// becomes one giant string in memory.
import { Buffer } from "node:buffer";
import type { Document, Section } from "../model/document.js";

export function renderJson(value: unknown, pretty: boolean): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined) + "\n";
}

/** One Document per line. */
export function renderJsonl(docs: Document[]): string {
  return docs.map((d) => JSON.stringify(d)).join("\n") + (docs.length ? "\n" : "");
}

/**
 * Compact JSON of `value` in pieces, byte for byte what JSON.stringify gives:
 * objects and arrays down to `depth` are opened piece by piece, deeper values
 * are stringified whole.
 */
export function* jsonPieces(value: unknown, depth = 4): Generator<string> {
  if (depth === 0 || value === null || typeof value !== "object") {
    yield JSON.stringify(value) ?? "null";
    return;
  }
  if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i) yield ",";
      yield* jsonPieces(value[i] === undefined || typeof value[i] === "function" ? null : value[i], depth - 1);
    }
    yield "]";
    return;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
    yield JSON.stringify(value);
    return;
  }
  yield "{";
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === "function") continue;
    yield `${first ? "" : ","}${JSON.stringify(k)}:`;
    first = false;
    yield* jsonPieces(v, depth - 1);
  }
  yield "}";
}

/**
 * The compact JSON of a list of sections without the brackets, in pieces of
 * a role or so: what JSON.stringify(sections) gives between `[` and `]`; or
 * the part of it that sections `from` to `to` (not included) make, with the
 * comma before them when they are not the first.
 */
export function* sectionPieces(sections: readonly Section[], from = 0, to = sections.length): Generator<string> {
  for (let i = from; i < to; i++) {
    const s = sections[i]!;
    const keys = Object.keys(s);
    if (keys[keys.length - 1] !== "roles" || s.roles.length === 0) {
      yield (i ? "," : "") + JSON.stringify(s);
      continue;
    }
    // `"roles":[]}` closes the section's own JSON: its roles go in between, one piece each.
    const head = JSON.stringify({ ...s, roles: [] });
    yield (i ? "," : "") + head.slice(0, -2);
    for (let r = 0; r < s.roles.length; r++) yield (r ? "," : "") + JSON.stringify(s.roles[r]);
    yield "]}";
  }
}

/**
 * UTF-8 bytes of text pieces, in chunks of about `size` bytes, each piece
 * written straight into its chunk (cheaper than joining strings and encoding
 * them); byte pieces pass as they are. Every chunk is a buffer of its own, so
 * that a stream may hold it while the next is filled.
 */
export function utf8Chunks(pieces: Iterable<string | Uint8Array>, size?: number): Generator<Uint8Array>;
export function utf8Chunks(pieces: AsyncIterable<string | Uint8Array>, size?: number): AsyncGenerator<Uint8Array>;
export function utf8Chunks(pieces: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, size = 1 << 20): Generator<Uint8Array> | AsyncGenerator<Uint8Array> {
  return Symbol.asyncIterator in pieces ? utf8ChunksAsync(pieces, size) : utf8ChunksSync(pieces, size);
}

const encoder = new TextEncoder();

/**
 * Writes `text` as UTF-8 into `chunk` at `at`, which has room for it, and
 * returns the bytes written: the same bytes as Buffer#write (a lone surrogate
 * becomes U+FFFD in both). In Node 20 TextEncoder#encodeInto was never slower:
 * as quick on the parser's own role JSON once warm, four times quicker on the
 * JSON of a tree read back with JSON.parse.
 */
function utf8Into(text: string, chunk: Buffer, at: number): number {
  return encoder.encodeInto(text, chunk.subarray(at)).written;
}

/** Fills chunks from one piece at a time; `put` returns the chunks that a piece completed. */
function chunker(size: number): { put: (p: string | Uint8Array) => Uint8Array[]; end: () => Uint8Array[] } {
  let chunk = Buffer.allocUnsafe(size);
  let used = 0;
  const flush = (): Uint8Array[] => {
    if (used === 0) return [];
    const full = chunk.subarray(0, used);
    chunk = Buffer.allocUnsafe(size);
    used = 0;
    return [full];
  };
  return {
    put: (p) => {
      if (typeof p !== "string") return [...flush(), p];
      // A UTF-16 unit takes at most 3 bytes (a surrogate pair, 4 for 2 units).
      if (used + 3 * p.length <= size) {
        used += utf8Into(p, chunk, used);
        return [];
      }
      const out = flush();
      if (3 * p.length <= size) used = utf8Into(p, chunk, 0);
      else out.push(Buffer.from(p));
      return out;
    },
    end: flush,
  };
}

function* utf8ChunksSync(pieces: Iterable<string | Uint8Array>, size: number): Generator<Uint8Array> {
  const c = chunker(size);
  for (const p of pieces) yield* c.put(p);
  yield* c.end();
}

async function* utf8ChunksAsync(pieces: AsyncIterable<string | Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  const c = chunker(size);
  for await (const p of pieces) yield* c.put(p);
  yield* c.end();
}
