// The CLI entry: builds the commander program, runs one command and turns
// every error into a one-line message and an exit code. Nothing else exits.
import { Command, CommanderError } from "commander";
import { DutiesError } from "../errors.js";
import { registerDiff } from "./commands/diff.js";
import { registerExport } from "./commands/export.js";
import { registerParse } from "./commands/parse.js";
import { registerSchema } from "./commands/schema.js";
import { registerSearch } from "./commands/search.js";
import { registerValidate } from "./commands/validate.js";
import { processIO, type CliIO } from "./context.js";

export const VERSION = "0.1.0";

/** A command's result: the exit code it asks for. */
export interface Outcome {
  code: number;
}

export function buildProgram(io: CliIO, outcome: Outcome): Command {
  const program = new Command("duties")
    .description("Parse, search, diff, validate and export Chinese job-duty documents (崗位職責 / 岗位职责 sheets).")
    .version(VERSION, "-V, --version")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith("error:") ? `duties: ${s.slice(7)}` : s),
    });
  registerParse(program, io, outcome);
  registerSchema(program, io, outcome);
  registerSearch(program, io, outcome);
  registerValidate(program, io, outcome);
  registerDiff(program, io, outcome);
  registerExport(program, io, outcome);
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const outcome: Outcome = { code: 0 };
  const program = buildProgram(io, outcome);
  // A closed pipe (`duties parse … | head`) is not an error.
  io.stdout.on?.("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync(argv, { from: "user" });
    return outcome.code;
  } catch (err) {
    return report(err, io);
  }
}

function report(err: unknown, io: CliIO): number {
  if (err instanceof CommanderError) {
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return 0;
    return 2; // commander has printed its one-line message
  }
  if (err instanceof DutiesError) {
    io.stderr.write(`duties: ${err.message}\n`);
    if (io.env.DUTIES_DEBUG) io.stderr.write(`${err.stack}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`duties: internal error: ${message.split("\n")[0]} (this is a bug: please report it with the input that caused it; DUTIES_DEBUG=1 shows the stack)\n`);
  if (io.env.DUTIES_DEBUG) io.stderr.write(`${err instanceof Error ? err.stack : ""}\n`);
  return 2;
}
