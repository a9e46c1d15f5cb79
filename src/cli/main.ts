// The CLI entry: builds the commander program, runs one command and turns
// every error into a one-line message and an exit code. Nothing else exits.
import { Command, CommanderError } from "commander";
import { DutiesError } from "../errors.js";
import { processIO, type CliIO } from "./context.js";

export const VERSION = "0.1.0";

/** A command's result: the exit code it asks for. */
export interface Outcome {
  code: number;
}

type Register = (program: Command, io: CliIO, outcome: Outcome) => void;

/**
 * The commands, each loaded only when it runs: `duties parse x.txt` never
 * loads diff, search or validate and what they depend on, which keeps the
 * start of a small parse close to Node's own.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  parse: async () => (await import("./commands/parse.js")).registerParse,
  search: async () => (await import("./commands/search.js")).registerSearch,
  diff: async () => (await import("./commands/diff.js")).registerDiff,
  validate: async () => (await import("./commands/validate.js")).registerValidate,
  export: async () => (await import("./commands/export.js")).registerExport,
  schema: async () => (await import("./commands/schema.js")).registerSchema,
};

/** The program with the command `argv` names, or with all of them (for help and for mistakes). */
export async function buildProgram(io: CliIO, outcome: Outcome, argv: string[] = []): Promise<Command> {
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
  // The version needs no command; help and mistakes need them all (to list them, or to suggest one).
  const named = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? [argv[0]] : argv[0] === "-V" || argv[0] === "--version" ? [] : Object.keys(COMMANDS);
  for (const register of await Promise.all(named.map((name) => COMMANDS[name]!()))) register(program, io, outcome);
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const outcome: Outcome = { code: 0 };
  const program = await buildProgram(io, outcome, argv);
  const stdout: { error: NodeJS.ErrnoException | null } = { error: null };
  io.stdout.on?.("error", (err: NodeJS.ErrnoException) => void (stdout.error ??= err));
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    // (Once stdout has failed, what fails after it is its consequence.)
    if (!stdout.error) return report(err, io);
  }
  // Output that could not be written: a closed pipe (`duties parse … | head`) is no error; anything else (a full disk) is trouble.
  const failed = stdout.error;
  if (failed && failed.code !== "EPIPE") return report(new DutiesError("output", `cannot write the output: ${failed.message}`, { cause: failed }), io);
  return outcome.code;
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
