// JSON and JSON Lines for Documents: exactly the zod-typed tree, nothing added.
// Large trees are serialized piece by piece, so that a 50 MB sheet never
// becomes one giant string in memory.
import type { Document } from "../model/document.js";

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

/** Groups small pieces into chunks of about `size` characters for fewer writes. */
export function* chunked(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
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
