// JSON and JSON Lines for Documents: exactly the zod-typed tree, nothing added.
import type { Document } from "../model/document.js";

export function renderJson(value: unknown, pretty: boolean): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined) + "\n";
}

/** One Document per line. */
export function renderJsonl(docs: Document[]): string {
  return docs.map((d) => JSON.stringify(d)).join("\n") + (docs.length ? "\n" : "");
}
