// `duties diff OLD NEW`: what changed between two versions of a sheet (or two
// folders of sheets), as text, JSON, Markdown or GitHub annotations.
import { appendFile } from "node:fs/promises";
import { extname } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { DutiesError, fsError } from "../../errors.js";
import { CHANGE_TYPES, type ChangeType } from "../../model/change-types.js";
import type { Change, DiffReport } from "../../model/diff.js";
import type { Document } from "../../model/document.js";
import { parse } from "../../parse/index.js";
import { diffDocuments, DIFF_DEFAULTS, type DiffOptions } from "../../query/diff.js";
import { combineReports } from "../../query/diff/combine.js";
import { renderDiffGithub } from "../../render/diff-github.js";
import { renderDiffMarkdown } from "../../render/diff-markdown.js";
import { renderDiffText } from "../../render/diff-text.js";
import { renderJson } from "../../render/json.js";
import { loadScriptFolding } from "../../text/fold.js";
import { useColor, write, type CliIO } from "../context.js";
import { openSide, pairFiles, type FilePair, type SourceFile } from "../diff-sources.js";
import { decodeAndParse, prepareDocumentJson, prepareMarkdown, readDocumentJson, type ReadOptions } from "../inputs.js";
import type { Outcome } from "../main.js";
import { inputOptions, reportInputError } from "../shared.js";

interface DiffCliOptions extends ReadOptions {
  format: "text" | "json" | "markdown" | "github";
  pretty?: boolean;
  color: string;
  threshold: number;
  moveThreshold: number;
  roleThreshold: number;
  ignoreOrder?: boolean;
  exitCode?: boolean;
  failOn?: ChangeType[];
}

/** GitHub refuses a job summary over 1 MiB. */
const STEP_SUMMARY_BYTES = 1024 * 1024;

export function registerDiff(program: Command, io: CliIO, outcome: Outcome): void {
  const cmd = program
    .command("diff")
    .description("show what changed between two versions of a sheet: roles and duties added, removed, modified, moved, renamed and reordered")
    .argument("<old>", "the old version: a file, - for stdin, REV:PATH from git, or a folder")
    .argument("<new>", "the new version: the same kinds; two folders compare their files by relative path")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown", "github"]).default("text"))
    .option("--pretty", "indent JSON output (the default on a terminal)")
    .addOption(new Option("--color <when>", "colour the text output").choices(["auto", "always", "never"]).default("auto"))
    .option("--threshold <ratio>", "least similarity (0–1) for an edited duty to count as modified", parseRatio, DIFF_DEFAULTS.threshold)
    .option("--move-threshold <ratio>", "least similarity (0–1) for a duty in another role to count as moved", parseRatio, DIFF_DEFAULTS.moveThreshold)
    .option("--role-threshold <share>", "least share (0–1) of matching duties for a role under a new name to count as renamed", parseRatio, DIFF_DEFAULTS.roleThreshold)
    .option("--ignore-order", "do not report duties or roles that only changed places")
    .option("--exit-code", "exit with 1 when there are differences (as git diff --exit-code)")
    .option("--fail-on <kinds>", `exit with 1 only for these kinds of change, comma-separated: ${CHANGE_TYPES.join(",")}`, parseKinds);
  inputOptions(cmd).action(async (oldSpec: string, newSpec: string, options: DiffCliOptions) => {
    outcome.code = await runDiff(oldSpec, newSpec, options, io);
  });
}

function parseRatio(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n <= 1)) throw new InvalidArgumentError("expected a number from 0 to 1.");
  return n;
}

function parseKinds(value: string): ChangeType[] {
  const kinds = value.split(",").map((k) => k.trim()).filter(Boolean);
  const bad = kinds.find((k) => !(CHANGE_TYPES as readonly string[]).includes(k));
  if (bad !== undefined || kinds.length === 0) throw new InvalidArgumentError(`expected kinds of change from ${CHANGE_TYPES.join(", ")}${bad ? ` (not "${bad}")` : ""}.`);
  return kinds as ChangeType[];
}

export async function runDiff(oldSpec: string, newSpec: string, options: DiffCliOptions, io: CliIO): Promise<number> {
  if (oldSpec === "-" && newSpec === "-") throw new DutiesError("usage", "diff: only one side can be - (stdin)");
  const [a, b] = [await openSide(oldSpec, io), await openSide(newSpec, io)];
  const pairs = pairFiles(a, b);
  const single = a.kind === "file";
  if (options.from === "markdown" || pairs.some((p) => isMarkdown(p.old) || isMarkdown(p.new))) await prepareMarkdown();
  await loadScriptFolding();
  const diffOptions: DiffOptions = {
    threshold: options.threshold,
    moveThreshold: options.moveThreshold,
    roleThreshold: options.roleThreshold,
    ignoreOrder: !!options.ignoreOrder,
  };
  const parts: { file: string; report: DiffReport; pair: FilePair }[] = [];
  let failed = false;
  for (const pair of pairs) {
    let docs: [Document, Document];
    try {
      docs = [await load(pair.old, options), await load(pair.new, options)];
    } catch (err) {
      if (single || !(err instanceof DutiesError) || err.code === "encoding") throw err;
      reportInputError(io, err);
      failed = true;
      continue;
    }
    parts.push({ file: pair.name, report: diffDocuments(docs[0], docs[1], diffOptions), pair });
  }
  const report = single ? parts[0]!.report : combineReports(parts);
  const title = `${a.display} → ${b.display}`;
  const newPaths = new Map(parts.map((p) => [p.file, p.pair.new?.path ?? null]));
  const pathOf = (change: Change) => newPaths.get(change.file ?? pairs[0]!.name) ?? null;
  await write(io.stdout, await render(report, options, io, title, pathOf));
  if (failed) return 2;
  const failOn = options.failOn ?? (options.exitCode ? CHANGE_TYPES : []);
  return report.changes.some((c) => failOn.includes(c.type)) ? 1 : 0;
}

async function render(report: DiffReport, options: DiffCliOptions, io: CliIO, title: string, pathOf: (change: Change) => string | null): Promise<string> {
  switch (options.format) {
    case "json":
      return renderJson(report, options.pretty ?? !!io.stdout.isTTY);
    case "markdown":
      return renderDiffMarkdown(report, { title });
    case "github": {
      const summaryFile = io.env.GITHUB_STEP_SUMMARY;
      if (summaryFile) {
        try {
          await appendFile(summaryFile, renderDiffMarkdown(report, { title, maxBytes: STEP_SUMMARY_BYTES }) + "\n");
        } catch (err) {
          throw fsError(err, summaryFile, "write");
        }
      }
      return renderDiffGithub(report, {
        pathOf,
        more: summaryFile ? "the job summary has the full report" : "run duties diff for the full report",
      });
    }
    default:
      return renderDiffText(report, { color: useColor(io, options.color), title });
  }
}

/** A side that is absent (a file only in the other folder) is an empty sheet. */
async function load(file: SourceFile | null, options: ReadOptions): Promise<Document> {
  if (!file) return parse("");
  const bytes = await file.read();
  if (file.path && extname(file.path).toLowerCase() === ".json") {
    await prepareDocumentJson();
    return readDocumentJson(bytes, file.display);
  }
  return decodeAndParse(bytes, file.path, file.display, options).doc;
}

function isMarkdown(file: SourceFile | null): boolean {
  return !!file?.path && /\.(md|markdown)$/iu.test(file.path);
}
