// `duties parse FILE…`: the tree of each file as JSON, JSON Lines, a readable tree, a table, Markdown or CSV.
import { Option, type Command } from "commander";
import type { Document } from "../../model/document.js";
import { jsonPieces, renderJson, renderJsonl, utf8Chunks } from "../../render/json.js";
import { useColor, write, type CliIO } from "../context.js";
import { loadInputs, type ReadOptions } from "../inputs.js";
import type { SplitDocument } from "../parse-split.js";
import type { Outcome } from "../main.js";
import { inputOptions, reportInputError, resolveSpecs } from "../shared.js";

interface ParseCliOptions extends ReadOptions {
  format?: "json" | "jsonl" | "tree" | "table" | "md" | "csv";
  pretty?: boolean;
  color?: string;
}

export function registerParse(program: Command, io: CliIO, outcome: Outcome): void {
  const cmd = program
    .command("parse")
    .description("print the tree of each document: JSON when piped, a readable tree on a terminal")
    .argument("[files...]", "files or folders to read; - reads stdin")
    .addOption(new Option("-f, --format <format>", "output format (default: tree on a terminal, else json)").choices(["json", "jsonl", "tree", "table", "md", "csv"]))
    .option("--pretty", "indent JSON output")
    .addOption(new Option("--color <when>", "colour the tree").choices(["auto", "always", "never"]).default("auto"));
  inputOptions(cmd).action(async (files: string[], options: ParseCliOptions) => {
    outcome.code = await runParse(files, options, io);
  });
}

export async function runParse(files: string[], options: ParseCliOptions, io: CliIO): Promise<number> {
  const specs = resolveSpecs(files, io, "parse");
  const format = options.format ?? (io.stdout.isTTY ? "tree" : "json");
  const color = useColor(io, options.color);
  const docs: { display: string; doc: Document; split?: SplitDocument | undefined }[] = [];
  let failed = false;
  // Renderers load with the format that needs them (chalk for the tree, cli-table3 for the table).
  const { renderTree } = format === "tree" ? await import("../../render/tree.js") : { renderTree: null };
  const pretty = options.pretty ?? !!io.stdout.isTTY;
  // One Document as compact JSON is written as it is built: a long sheet can then be read on two threads.
  const split = format === "json" && !pretty && specs.length === 1 && specs[0] !== "-";
  for await (const result of loadInputs(specs, io.stdin, { ...options, split })) {
    if (!result.ok) {
      reportInputError(io, result.error);
      failed = true;
      continue;
    }
    const { doc } = result.loaded;
    const display = result.loaded.ref.display;
    // Stream what can be streamed, so that a long run shows its first results at once.
    if (format === "jsonl") await write(io.stdout, renderJsonl([doc]));
    else if (renderTree) await write(io.stdout, renderTree(doc, { color, display }));
    else docs.push({ display, doc, split: result.loaded.split });
  }
  if (format === "json" && !(failed && docs.length === 0)) {
    // One input named: its Document; several: an array of them. Nothing read: nothing printed.
    const value = specs.length === 1 && docs.length === 1 ? docs[0]!.doc : docs.map((d) => d.doc);
    const halves = docs.length === 1 ? docs[0]!.split : undefined;
    if (pretty) await write(io.stdout, renderJson(value, true));
    else if (halves && value === halves.doc) {
      const { splitDocumentJson } = await import("../parse-split.js");
      try {
        for await (const chunk of utf8Chunks(splitDocumentJson(halves))) await write(io.stdout, chunk);
      } finally {
        halves.cancel();
      }
      await write(io.stdout, "\n");
    } else {
      for (const chunk of utf8Chunks(jsonPieces(value))) await write(io.stdout, chunk);
      await write(io.stdout, "\n");
    }
  } else if (format === "table" && docs.length) {
    const { renderRoleTable } = await import("../../render/table.js");
    await write(io.stdout, renderRoleTable(docs, { color }));
  } else if (format === "md" || format === "csv") {
    // The same renderers as `duties export`, with its defaults.
    const { renderDocuments } = await import("../../render/formats.js");
    await write(io.stdout, await renderDocuments(format, docs.map((d) => d.doc)));
  }
  return failed ? 2 : 0;
}
