// `duties search PATTERN [PATH…]`: the duties (or role names and summaries)
// that match, with ripgrep's flags where they make sense.
import { InvalidArgumentError, Option, type Command } from "commander";
import { DutiesError } from "../../errors.js";
import { assertValid } from "../../query/search-pattern.js";
import { prepareSearch, type MatcherOptions } from "../../query/search.js";
import type { SearchPrinter, SearchTotals } from "../../render/search-common.js";
import { useColor, write, type CliIO } from "../context.js";
import { decodeAndParse, expandInputs, needsMarkdown, prepareDocumentJson, prepareMarkdown, type ReadOptions } from "../inputs.js";
import type { Outcome } from "../main.js";
import { progress } from "../progress.js";
import { needsDocumentJson, type SearchRequest } from "../search-input.js";
import { searchInputs } from "../search-run.js";
import { inputOptions, reportInputError, resolveSpecs } from "../shared.js";

/** Output held back at most this long, and this much, before it is written. */
const FLUSH_MS = 100;
const FLUSH_CHARS = 1 << 16;

/** What the walk picks up in folders (files named on the command line are read whatever their names). */
const SEARCH_EXTENSIONS = [".txt", ".md", ".markdown"];

interface SearchCliOptions extends ReadOptions {
  regexp?: string[];
  fixedStrings?: boolean;
  fold: boolean;
  wordRegexp?: boolean;
  count?: boolean;
  filesWithMatches?: boolean;
  afterContext?: number;
  beforeContext?: number;
  context?: number;
  maxCount?: number;
  in: "duties" | "roles" | "all";
  role?: string;
  section?: string;
  json?: boolean;
  table?: boolean;
  color: string;
  threads: number;
}

const count = (value: string): number => {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError("expected a whole number");
  return Number(value);
};

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerSearch(program: Command, io: CliIO, outcome: Outcome): void {
  // The last of -i, -S and -s wins, as in ripgrep: commander reports options in order.
  let caseMode: MatcherOptions["case"] = "sensitive";
  const cmd = program
    .command("search")
    .description("find duties that match a pattern; Traditional and Simplified, full and half width match each other")
    .argument("[pattern]", "a regular expression (with -F, a fixed string); with -e, this is a path")
    .argument("[paths...]", "files or folders to search (default: the current folder); - reads stdin")
    .option("-e, --regexp <pattern>", "a pattern to search for (repeatable); a match of any one counts", collect)
    .option("-F, --fixed-strings", "treat patterns as fixed strings, not regular expressions")
    .option("-i, --ignore-case", "ignore letter case")
    .option("-S, --smart-case", "ignore letter case unless a pattern has an uppercase letter")
    .option("-s, --case-sensitive", "match letter case exactly (the default)")
    .option("--no-fold", "match script and width exactly (no Traditional/Simplified or full/half-width folding)")
    .option("-w, --word-regexp", "only matches that are whole words (Chinese words as Intl.Segmenter sees them)")
    .option("-c, --count", "print the number of matching items in each file")
    .option("-l, --files-with-matches", "print only the paths of files with a match")
    .option("-A, --after-context <n>", "show n duties after each match (same role)", count)
    .option("-B, --before-context <n>", "show n duties before each match (same role)", count)
    .option("-C, --context <n>", "show n duties before and after each match", count)
    .option("-m, --max-count <n>", "stop after n matching items in each file", count)
    .addOption(new Option("--in <what>", "what to search: duties, role names and summaries, or both (with block items)").choices(["duties", "roles", "all"]).default("duties"))
    .option("--role <glob>", "only roles whose name matches this glob (* ? [...]), folded like the pattern")
    .option("--section <glob>", "only sections whose title matches this glob")
    .addOption(new Option("--json", "print JSON Lines: begin, match, context, end and summary messages").conflicts(["count", "filesWithMatches", "table"]))
    .addOption(new Option("--table", "print a table of roles and their matches").conflicts(["count", "filesWithMatches"]))
    .addOption(new Option("--color <when>", "colour matches").choices(["auto", "always", "never"]).default("auto"))
    .option("-j, --threads <n>", "threads to search with: 0 chooses (every core once enough files need parsing), 1 is this thread only", count, 0)
    .on("option:ignore-case", () => (caseMode = "insensitive"))
    .on("option:smart-case", () => (caseMode = "smart"))
    .on("option:case-sensitive", () => (caseMode = "sensitive"));
  inputOptions(cmd).action(async (pattern: string | undefined, paths: string[], options: SearchCliOptions) => {
    outcome.code = await runSearch(pattern, paths, { ...options, caseMode }, io);
  });
}

export async function runSearch(pattern: string | undefined, paths: string[], options: SearchCliOptions & { caseMode: MatcherOptions["case"] }, io: CliIO): Promise<number> {
  const started = performance.now();
  const patterns = options.regexp ?? (pattern === undefined ? [] : [pattern]);
  if (options.regexp && pattern !== undefined) paths = [pattern, ...paths];
  if (patterns.length === 0) throw new DutiesError("usage", "search: no pattern: give one, or use -e PATTERN");
  const read: ReadOptions = { encoding: options.encoding, from: options.from };
  // An unknown --encoding is trouble even when the prefilter would leave every file unread.
  if (read.encoding !== undefined) decodeAndParse(new Uint8Array(0), null, "", read);
  const request: SearchRequest = {
    patterns,
    matcher: { fixedStrings: options.fixedStrings, case: options.caseMode, fold: options.fold, wordRegexp: options.wordRegexp },
    scope: { in: options.in, role: options.role, section: options.section, maxCount: options.filesWithMatches ? 1 : options.maxCount },
    context: { before: options.beforeContext ?? options.context ?? 0, after: options.afterContext ?? options.context ?? 0 },
    read,
  };
  // Invalid patterns are trouble before anything is read (the matcher is compiled with the folding tables later).
  if (!options.fixedStrings) patterns.forEach(assertValid);

  // What the search loads (OpenCC's tables when folding, the printer's module) loads while the walk waits for the file system.
  const [{ inputs, errors }, printer] = await Promise.all([
    expandInputs(resolveSpecs(paths, io, "search", "."), SEARCH_EXTENSIONS),
    choosePrinter(options, io, request.context.before + request.context.after > 0),
    options.fold ? prepareSearch() : undefined,
  ]);
  let failed = errors.length > 0;
  for (const error of errors) reportInputError(io, error);
  if (needsMarkdown(inputs, read)) await prepareMarkdown();
  if (needsDocumentJson(inputs)) await prepareDocumentJson();

  const totals: SearchTotals = { searches: 0, searchesWithMatch: 0, skippedByPrefilter: 0, matchedItems: 0, matches: 0, elapsedMs: 0 };
  const bar = progress(io.stderr, "searching");
  // Results go out in batches rather than a write for each file with a match, yet at once after a quiet
  // spell and at least every FLUSH_MS, so that a long search shows what it finds as it goes.
  let pending = "";
  let flushedAt = -Infinity;
  const flush = async () => {
    if (!pending) return;
    bar.clear();
    const text = pending;
    pending = "";
    flushedAt = performance.now();
    await write(io.stdout, text);
  };
  for await (const batch of searchInputs(inputs, request, io.stdin, options.threads)) {
    for (const result of batch) {
      if (!result.ok) {
        await flush();
        bar.clear();
        reportInputError(io, result.error);
        failed = true;
        continue;
      }
      const o = result.outcome;
      totals.searches++;
      if (o.skipped) totals.skippedByPrefilter++;
      if (o.matchedItems) totals.searchesWithMatch++;
      totals.matchedItems += o.matchedItems;
      totals.matches += o.matches;
      pending += printer.file(o);
    }
    if (pending.length >= FLUSH_CHARS || performance.now() - flushedAt >= FLUSH_MS) await flush();
    bar.update(totals.searches, inputs.length);
  }
  await flush();
  bar.clear();
  totals.elapsedMs = performance.now() - started;
  const end = printer.end(totals);
  if (end) await write(io.stdout, end);
  if (failed) return 2;
  return totals.matchedItems > 0 ? 0 : 1;
}

/** The printer for the output asked for, loading only its own module (cli-table3 and chalk cost start-up time). */
async function choosePrinter(options: SearchCliOptions, io: CliIO, context: boolean): Promise<SearchPrinter> {
  if (options.filesWithMatches) return (await import("../../render/search-lines.js")).filesPrinter();
  if (options.count) return (await import("../../render/search-lines.js")).countPrinter();
  if (options.json) return (await import("../../render/search-json.js")).jsonPrinter();
  const color = useColor(io, options.color);
  if (options.table) return (await import("../../render/search-table.js")).tablePrinter({ color });
  if (io.stdout.isTTY) return (await import("../../render/search-text.js")).textPrinter({ color, context });
  return (await import("../../render/search-lines.js")).linesPrinter({ color, context });
}
