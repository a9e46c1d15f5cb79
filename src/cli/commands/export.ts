// `duties export FILE…`: the trees as JSON, one record per duty as JSON Lines
// or CSV, or Markdown; to stdout, to one file, or one file per input in a folder.
import { mkdir, stat } from "node:fs/promises";
import { extname, sep } from "node:path";
import { Option, type Command } from "commander";
import { DutiesError, fsError } from "../../errors.js";
import { EXPORT_FORMATS, FORMAT_EXTENSIONS, renderDocuments, type ExportFormat, type RenderOptions } from "../../render/formats.js";
import { write, type CliIO } from "../context.js";
import { loadInputs, type InputRef, type LoadedDocument, type ReadOptions } from "../inputs.js";
import type { Outcome } from "../main.js";
import { OutputNames } from "../output-names.js";
import { assertNotInput, writeFileAtomic } from "../output.js";
import { inputOptions, reportInputError, resolveSpecs } from "../shared.js";

const FORMAT_OF_EXTENSION: Record<string, ExportFormat> = {
  ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "md", ".markdown": "md", ".csv": "csv",
};

interface ExportCliOptions extends ReadOptions {
  format?: ExportFormat;
  out?: string;
  pretty?: boolean;
  /** commander's --no-bom and --no-formula-escape: true unless turned off. */
  bom: boolean;
  formulaEscape: boolean;
}

type Target = { kind: "stdout" } | { kind: "file"; path: string } | { kind: "folder"; path: string };

export function registerExport(program: Command, io: CliIO, outcome: Outcome): void {
  const cmd = program
    .command("export")
    .description("write documents as JSON, as one record per duty in JSON Lines or CSV, or as Markdown")
    .argument("[files...]", "files or folders to read (a .json file: a Document printed by `duties parse`); - reads stdin")
    .addOption(new Option("-f, --format <format>", "output format (default: from the extension of --out FILE, else json)").choices(EXPORT_FORMATS))
    .option("-o, --out <path>", "write to this file (atomically), or into this folder one file per input (an existing folder, or a path ending in /)")
    .option("--pretty", "indent JSON output (default: on a terminal)")
    .option("--no-bom", "CSV: leave out the UTF-8 byte order mark")
    .option("--no-formula-escape", "CSV: leave cells that start with = + - @ (or a tab, CR, ＝ ＋ － ＠) as they are");
  inputOptions(cmd).action(async (files: string[], options: ExportCliOptions) => {
    outcome.code = await runExport(files, options, io);
  });
}

export async function runExport(files: string[], options: ExportCliOptions, io: CliIO): Promise<number> {
  const specs = resolveSpecs(files, io, "export");
  const target = await resolveTarget(options.out);
  const format = options.format ?? (target.kind === "file" ? FORMAT_OF_EXTENSION[extname(target.path).toLowerCase()] : undefined) ?? "json";
  const render = { pretty: options.pretty ?? (target.kind === "stdout" && !!io.stdout.isTTY), bom: options.bom, formulaEscape: options.formulaEscape };
  // Records stream to stdout as each input is read; everything else waits for all of them.
  const streaming = target.kind === "stdout" && (format === "jsonl" || format === "csv");

  const loaded: LoadedDocument[] = [];
  const inputs: InputRef[] = [];
  let count = 0;
  let failed = false;
  for await (const result of loadInputs(specs, io.stdin, options)) {
    const ref = result.ok ? result.loaded.ref : result.ref;
    if (ref) inputs.push(ref);
    if (!result.ok) {
      reportInputError(io, result.error);
      failed = true;
      continue;
    }
    count++;
    if (streaming) await write(io.stdout, await renderDocuments(format, [result.loaded.doc], { ...render, first: count === 1 }));
    else loaded.push(result.loaded);
  }
  const docs = loaded.map((l) => l.doc);
  // One input named: its Document; several: an array of them (as `duties parse` prints them).
  const single = specs.length === 1 && count === 1;

  if (target.kind === "stdout") {
    // A CSV without rows still has its header.
    if (!streaming || (format === "csv" && count === 0)) await write(io.stdout, await renderDocuments(format, docs, { ...render, single }));
  } else if (target.kind === "file" && !(count === 0 && failed)) {
    // (When nothing could be read, an earlier output stays as it was.)
    assertNotInput(target.path, inputPaths(inputs));
    await writeOutput(target.path, await renderDocuments(format, docs, { ...render, single }), io);
  } else if (target.kind === "folder") {
    failed = (await writeFolder(target.path, format, loaded, inputPaths(inputs), render, io)) || failed;
  }
  return failed ? 2 : 0;
}

/** --out: absent is stdout; an existing folder or a path ending in a separator is a folder; anything else a file. */
async function resolveTarget(out: string | undefined): Promise<Target> {
  if (out === undefined || out === "-") return { kind: "stdout" };
  if (out === "") throw new DutiesError("usage", "--out: empty path");
  const info = await stat(out).catch(() => null);
  if (info?.isDirectory()) return { kind: "folder", path: out };
  if (out.endsWith("/") || out.endsWith(sep)) {
    await mkdir(out, { recursive: true }).catch((err: unknown) => {
      throw fsError(err, out, "create");
    });
    return { kind: "folder", path: out };
  }
  return { kind: "file", path: out };
}

/** One file per input, named after the input; every name is checked against the inputs before anything is written. */
async function writeFolder(folder: string, format: ExportFormat, loaded: LoadedDocument[], inputs: string[], render: RenderOptions, io: CliIO): Promise<boolean> {
  const names = new OutputNames(folder, FORMAT_EXTENSIONS[format]);
  const planned = loaded.map((l) => ({ doc: l.doc, path: names.pathFor(l.ref) }));
  for (const p of planned) assertNotInput(p.path, inputs);
  let failed = false;
  for (const p of planned) {
    try {
      await writeOutput(p.path, await renderDocuments(format, [p.doc], { ...render, single: true }), io);
    } catch (err) {
      if (!(err instanceof DutiesError)) throw err;
      reportInputError(io, err);
      failed = true;
    }
  }
  return failed;
}

async function writeOutput(path: string, data: string, io: CliIO): Promise<void> {
  await writeFileAtomic(path, data);
  // Which file went where is progress, not data: only for a person watching.
  if (io.stderr.isTTY) io.stderr.write(`wrote ${path}\n`);
}

function inputPaths(refs: InputRef[]): string[] {
  return refs.flatMap((r) => (r.kind === "file" ? [r.path] : []));
}
