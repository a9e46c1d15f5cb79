// Markdown input (placeholder until the remark-based reader lands).
import type { Document } from "../model/document.js";
import { parse, type ParseOptions } from "./index.js";

export function parseMarkdown(text: string, options: ParseOptions): Document {
  return parse(text, options);
}
