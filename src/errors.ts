// The one error type: a code, a one-line message and the exit code it means.
// Only the CLI entry turns it into a message on stderr and an exit status.

export type ErrorCode =
  | "usage" // bad options or arguments
  | "not-found" // an input path that does not exist
  | "unreadable" // an input that cannot be read (permissions, a folder where a file was expected)
  | "binary" // an input that is not text
  | "encoding" // an unknown --encoding
  | "pattern" // an invalid search pattern
  | "config" // a bad .dutiesrc.json or --config file
  | "input" // a .json input that is not a Document
  | "output" // an output path that cannot be written, or would overwrite an input
  | "internal"; // a bug: asks for a report

export class DutiesError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; exitCode?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = "DutiesError";
    this.code = code;
    this.exitCode = options.exitCode ?? 2;
  }
}

/** A message for an error from the file system, naming the path. */
export function fsError(err: unknown, path: string, verb = "read"): DutiesError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return new DutiesError("not-found", `${path}: no such file or folder`, { cause: err });
  if (code === "EACCES" || code === "EPERM") return new DutiesError("unreadable", `${path}: permission denied (cannot ${verb})`, { cause: err });
  if (code === "EISDIR") return new DutiesError("unreadable", `${path}: is a folder`, { cause: err });
  if (code === "ENOTDIR") return new DutiesError("not-found", `${path}: a part of the path is not a folder`, { cause: err });
  const detail = (err as Error)?.message?.split("\n")[0] ?? String(err);
  return new DutiesError(verb === "read" ? "unreadable" : "output", `${path}: cannot ${verb}: ${detail}`, { cause: err });
}
