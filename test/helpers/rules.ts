// Runs validate() on a sheet written inline and keeps one rule's diagnostics.
import { parse } from "../../src/parse/index.js";
import type { Config } from "../../src/model/config.js";
import type { Diagnostic, Document } from "../../src/model/document.js";
import { validate } from "../../src/query/validate.js";
import { loadScriptFolding } from "../../src/text/fold.js";

/** Lines joined with newlines: sheets in tests read top to bottom. */
export const sheet = (...lines: string[]) => lines.join("\n") + "\n";

/** The diagnostics of one rule ("D001") for a Document or a sheet's text. */
export async function diagnosticsOf(rule: string, input: string | Document, config: Config = {}): Promise<Diagnostic[]> {
  await loadScriptFolding();
  const doc = typeof input === "string" ? parse(input) : input;
  return validate(doc, config).filter((d) => d.rule.startsWith(`${rule}/`));
}
