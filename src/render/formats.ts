// The export formats and the one output each makes of a list of Documents,
// shared by `duties export` and `duties parse --format md|csv`.
import type { Document } from "../model/document.js";
import { renderJson } from "./json.js";
import { renderJsonLines, toRecords } from "./records.js";

export const EXPORT_FORMATS = ["json", "jsonl", "md", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = { json: ".json", jsonl: ".jsonl", md: ".md", csv: ".csv" };

export interface RenderOptions {
  /** JSON: indent (default false). */
  pretty?: boolean;
  /** CSV: a UTF-8 byte order mark (default true). */
  bom?: boolean;
  /** CSV: neutralize cells a spreadsheet would run as formulas (default true). */
  formulaEscape?: boolean;
  /** JSON: print the one Document itself rather than an array of one. */
  single?: boolean;
  /** Whether this output opens a stream (default true): later pieces of a CSV have no header and no BOM. */
  first?: boolean;
}

/** The output for these documents: a whole file, or one piece of a stream. */
export async function renderDocuments(format: ExportFormat, docs: Document[], options: RenderOptions = {}): Promise<string> {
  const first = options.first ?? true;
  switch (format) {
    case "json":
      return renderJson(options.single && docs.length === 1 ? docs[0] : docs, options.pretty ?? false);
    case "jsonl":
      return renderJsonLines(docs.flatMap(toRecords));
    case "csv": {
      const { renderCsv } = await import("./csv.js");
      return renderCsv(docs.flatMap(toRecords), { bom: (options.bom ?? true) && first, header: first, formulaEscape: options.formulaEscape });
    }
    case "md": {
      // remark's serializer loads only when Markdown is asked for.
      const { renderMarkdown } = await import("./markdown.js");
      return renderMarkdown(docs);
    }
  }
}
