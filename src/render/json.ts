// JSON and JSON Lines for Documents: exactly the zod-typed tree, nothing added.
// Large trees are serialized piece by piece, so that a 50 MB sheet never
// becomes one giant string in memory.
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
 * a role or so: what JSON.stringify(sections) gives between `[` and `]`.
 */
export function* sectionPieces(sections: readonly Section[]): Generator<string> {
  for (let i = 0; i < sections.length; i++) {
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

/** Groups small pieces into chunks of about `size` characters for fewer writes (byte pieces pass as they are). */
export function chunked(pieces: Iterable<string>, size?: number): Generator<string>;
export function chunked(pieces: AsyncIterable<string | Uint8Array>, size?: number): AsyncGenerator<string | Uint8Array>;
export function chunked(pieces: Iterable<string> | AsyncIterable<string | Uint8Array>, size = 1 << 16): Generator<string> | AsyncGenerator<string | Uint8Array> {
  return Symbol.asyncIterator in pieces ? chunkedAsync(pieces, size) : chunkedSync(pieces, size);
}

function* chunkedSync(pieces: Iterable<string>, size: number): Generator<string> {
  let buffer = "";
  for (const p of pieces) {
    buffer += p;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

async function* chunkedAsync(pieces: AsyncIterable<string | Uint8Array>, size: number): AsyncGenerator<string | Uint8Array> {
  let buffer = "";
  for await (const p of pieces) {
    if (typeof p !== "string") {
      if (buffer) yield buffer;
      buffer = "";
      yield p;
      continue;
    }
    buffer += p;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}
