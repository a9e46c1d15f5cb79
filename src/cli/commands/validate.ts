// `duties validate FILE…`: the problems in each sheet under the rules and the
// configuration, as a report for people, JSON, SARIF or GitHub annotations.
// --fix repairs numbering and marker styles in the files themselves.
import { InvalidArgumentError, Option, type Command } from "commander";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { DutiesError } from "../../errors.js";
import type { Diagnostic, Document } from "../../model/document.js";
import { fixText, treeOutline } from "../../query/fix.js";
import { findRule } from "../../query/rules/index.js";
import { activeRules, runRules, type ActiveRule, type FileReport } from "../../query/validate.js";
import { countSeverities, renderStylish } from "../../render/validate-stylish.js";
import { renderValidateJson } from "../../render/validate-json.js";
import { renderSarif } from "../../render/validate-sarif.js";
import { renderGithub } from "../../render/validate-github.js";
import { renderRulesJson, renderRulesMarkdown, renderRulesText } from "../../render/validate-rules.js";
import { encoderFor } from "../../text/encode.js";
import { loadScriptFolding } from "../../text/fold.js";
import { loadConfig } from "../config.js";
import { useColor, write, type CliIO } from "../context.js";
import { decodeAndParse, type LoadedDocument, type ReadOptions, loadInputs } from "../inputs.js";
import { VERSION, type Outcome } from "../main.js";
import { assertNotInput, writeFileAtomic } from "../output.js";
import { inputOptions, reportInputError, resolveSpecs } from "../shared.js";

type Format = "stylish" | "json" | "sarif" | "github" | "markdown";

interface ValidateCliOptions extends ReadOptions {
  format: Format;
  output?: string;
  config?: string;
  maxWarnings?: number;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  listRules?: boolean;
  color?: string;
}

export function registerValidate(program: Command, io: CliIO, outcome: Outcome): void {
  const cmd = program
    .command("validate")
    .description("check sheets for broken numbering, mixed markers, duplicates and text the parser could not place")
    .argument("[files...]", "files or folders to check; - reads stdin")
    .addOption(new Option("-f, --format <format>", "report format (markdown: only with --list-rules)").choices(["stylish", "json", "sarif", "github", "markdown"]).default("stylish"))
    .option("-o, --output <file>", "write the report to this file instead of stdout")
    .option("-c, --config <file>", "read the configuration from this file, not the nearest .dutiesrc.json")
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", parseCount)
    .option("--quiet", "report errors only")
    .option("--fix", "renumber broken lists and even out marker styles in the files themselves")
    .option("--fix-dry-run", "print the fixed text on stdout instead of writing it (the report goes to stderr)")
    .option("--list-rules", "list the rules and their defaults instead of checking files")
    .addOption(new Option("--color <when>", "colour the stylish report").choices(["auto", "always", "never"]).default("auto"));
  inputOptions(cmd).action(async (files: string[], options: ValidateCliOptions) => {
    outcome.code = await runValidate(files, options, io);
  });
}

function parseCount(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more");
  return Number(value);
}

export async function runValidate(files: string[], options: ValidateCliOptions, io: CliIO): Promise<number> {
  if (options.listRules) return listRules(options, io);
  if (options.format === "markdown") throw new DutiesError("usage", "validate: --format markdown only lists the rules (add --list-rules)");
  if (options.fix && options.fixDryRun) throw new DutiesError("usage", "validate: --fix and --fix-dry-run cannot be used together");
  const specs = resolveSpecs(files, io, "validate");
  if (options.fix && specs.includes("-")) throw new DutiesError("usage", "validate: --fix cannot write to stdin; --fix-dry-run prints the fixed text");
  if (options.output) assertNotInput(options.output, specs.filter((s) => s !== "-"));
  const rules = activeRules((await loadConfig(io.cwd, options.config)).config);
  await loadScriptFolding();

  const reports: FileReport[] = [];
  const fixedTexts: { path: string; bytes: Uint8Array }[] = [];
  let trouble = false;
  for await (const result of loadInputs(specs, io.stdin, options)) {
    if (!result.ok) {
      reportInputError(io, result.error);
      trouble = true;
      continue;
    }
    // A folder named on the command line may hold the --output file: refused before anything is written.
    if (options.output && result.loaded.ref.kind === "file") assertNotInput(options.output, [result.loaded.ref.path]);
    const path = reportPath(result.loaded, io.cwd);
    let diagnostics = runRules(result.loaded.doc, rules);
    if (options.fix || options.fixDryRun) {
      try {
        const fixed = await fixFile(result.loaded, diagnostics, rules, options, io);
        diagnostics = fixed.diagnostics;
        if (options.fixDryRun) fixedTexts.push({ path: path ?? "<stdin>", bytes: fixed.bytes });
      } catch (err) {
        if (!(err instanceof DutiesError)) throw err;
        reportInputError(io, err);
        trouble = true;
      }
    }
    reports.push({ path, diagnostics: options.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics });
  }

  for (const { path, bytes } of fixedTexts) {
    if (fixedTexts.length > 1) await write(io.stdout, `==> ${path} <==\n`);
    await writeBytes(io.stdout, bytes);
  }
  await writeReport(reports, options, io);

  const counts = countSeverities(reports);
  if (trouble) return 2;
  if (counts.error > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr.write(`duties: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * Fixes one file: plans the marker edits, checks that the file can be written
 * back byte for byte and still parses to the same tree, then writes it (or,
 * for a dry run, returns it). The diagnostics returned are the fixed file's.
 */
async function fixFile(loaded: LoadedDocument, diagnostics: Diagnostic[], rules: ActiveRule[], options: ValidateCliOptions, io: CliIO): Promise<{ diagnostics: Diagnostic[]; bytes: Uint8Array }> {
  const { doc, text, bytes, ref } = loaded;
  const cannot = (why: string) => new DutiesError("output", `${ref.display}: cannot fix: ${why}`);
  if (text === null) {
    if (diagnostics.some((d) => findRule(d.rule)?.fixable)) throw cannot("a Document read from JSON has no text to fix");
    return { diagnostics, bytes };
  }
  const { output, edits } = fixText(doc, text, diagnostics);
  if (edits.length === 0) return { diagnostics, bytes };
  const encode = encoderFor(bytes, text, doc.source.encoding);
  if (typeof encode !== "function") throw cannot(`${encode.reason}; the file is unchanged`);
  const fixedBytes = encode(output);
  const path = ref.kind === "file" ? ref.path : null;
  const fixedDoc: Document = decodeAndParse(fixedBytes, path, ref.display, options).doc;
  if (treeOutline(fixedDoc) !== treeOutline(doc)) throw cannot("the renumbered text would parse differently; the file is unchanged");
  if (options.fix && path !== null) await writeFileAtomic(path, fixedBytes);
  const verb = options.fix ? "fixed" : "would fix";
  io.stderr.write(`duties: ${verb} ${edits.length} marker${edits.length === 1 ? "" : "s"} in ${ref.display}\n`);
  return { diagnostics: runRules(fixedDoc, rules), bytes: fixedBytes };
}

async function writeReport(reports: FileReport[], options: ValidateCliOptions, io: CliIO): Promise<void> {
  // A dry run prints the fixed text on stdout, so the report goes to stderr.
  const stream = options.fixDryRun ? io.stderr : io.stdout;
  const color = !options.output && useColor({ ...io, stdout: stream }, options.color);
  const report = renderReport(reports, options.format, color, io.cwd);
  if (options.output) await writeFileAtomic(options.output, report);
  else if (report) await write(stream, report);
}

function renderReport(reports: FileReport[], format: Format, color: boolean, cwd: string): string {
  switch (format) {
    case "json": return renderValidateJson(reports);
    case "sarif": return renderSarif(reports, { version: VERSION, rootUri: pathToFileURL(cwd + sep).href });
    case "github": return renderGithub(reports);
    default: return renderStylish(reports, { color });
  }
}

async function listRules(options: ValidateCliOptions, io: CliIO): Promise<number> {
  if (options.format === "sarif" || options.format === "github") {
    throw new DutiesError("usage", "validate: --list-rules prints stylish, json or markdown");
  }
  const text = options.format === "json" ? renderRulesJson() : options.format === "markdown" ? renderRulesMarkdown() : renderRulesText();
  if (options.output) await writeFileAtomic(options.output, text);
  else await write(io.stdout, text);
  return 0;
}

/**
 * A file's path relative to the current folder (absolute when outside it),
 * with forward slashes, as SARIF and GitHub want; null for stdin.
 */
function reportPath(loaded: LoadedDocument, cwd: string): string | null {
  if (loaded.ref.kind === "stdin") return null;
  const absolute = resolve(loaded.ref.path);
  const rel = relative(cwd, absolute);
  return (rel.startsWith("..") || isAbsolute(rel) ? absolute : rel).split(sep).join("/");
}

/** Writes bytes as they are (a fixed file keeps its encoding on stdout too). */
function writeBytes(stream: Writable, bytes: Uint8Array): Promise<void> {
  return new Promise((done, fail) => stream.write(bytes, (err) => (err ? fail(err) : done())));
}
