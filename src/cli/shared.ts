// Pieces every command shares: the input options, default paths and error reporting.
import { Option, type Command } from "commander";
import { DutiesError } from "../errors.js";
import type { CliIO } from "./context.js";

/** --encoding and --from, for every command that reads documents. */
export function inputOptions(cmd: Command): Command {
  return cmd
    .option("--encoding <name>", "read input in this encoding (utf-8, utf-16le, utf-16be, gb18030/gbk, big5); default: detect")
    .addOption(new Option("--from <type>", "input type; default: Markdown for .md/.markdown, else text").choices(["auto", "text", "markdown"]).default("auto"));
}

/**
 * The inputs to read: the named ones, else stdin when it is piped. With
 * nothing named and a terminal on stdin, a usage error (never a silent wait).
 */
export function resolveSpecs(files: string[], io: CliIO, command: string, fallback?: string): string[] {
  if (files.length > 0) return files;
  if (fallback !== undefined) return [fallback];
  if ((io.stdin as { isTTY?: boolean }).isTTY) {
    throw new DutiesError("usage", `${command}: no input: name a file or folder, or - for stdin`);
  }
  return ["-"];
}

export function reportInputError(io: CliIO, error: DutiesError): void {
  io.stderr.write(`duties: ${error.message}\n`);
}
