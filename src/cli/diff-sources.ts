// The two sides of `duties diff`: a file, `-` (stdin), a git revision path
// REV:PATH (read through `git show`, never a shell), or a folder (on disk or
// in a revision), whose files pair up by their path inside it.
import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { extname, relative, sep } from "node:path";
import { DutiesError, fsError } from "../errors.js";
import type { CliIO } from "./context.js";
import { expandInputs, readStream, TEXT_EXTENSIONS } from "./inputs.js";

export interface SourceFile {
  /** How messages name it: the path as given, <stdin> or REV:PATH. */
  display: string;
  /** Its path in the working tree (for Markdown detection and annotations); null for stdin. */
  path: string | null;
  read(): Promise<Buffer>;
}

export type DiffSide = { kind: "file"; display: string; file: SourceFile } | { kind: "folder"; display: string; files: Map<string, SourceFile> };

/** Two files, or two folders' files by relative path; a file only on one side has null on the other. */
export interface FilePair {
  name: string;
  old: SourceFile | null;
  new: SourceFile | null;
}

export async function openSide(spec: string, io: CliIO): Promise<DiffSide> {
  if (spec === "-") return { kind: "file", display: "<stdin>", file: { display: "<stdin>", path: null, read: () => readStream(io.stdin) } };
  let info;
  try {
    info = await stat(spec);
  } catch (err) {
    if (spec.includes(":") && !spec.startsWith("-")) return openRevision(spec, io.cwd);
    throw fsError(err, spec);
  }
  if (!info.isDirectory()) return { kind: "file", display: spec, file: diskFile(spec, spec) };
  const { inputs, errors } = await expandInputs([spec]);
  if (errors[0]) throw errors[0];
  const files = new Map<string, SourceFile>();
  for (const ref of inputs) if (ref.kind === "file") files.set(relative(spec, ref.path).split(sep).join("/"), diskFile(ref.path, ref.display));
  return { kind: "folder", display: spec, files };
}

export function pairFiles(a: DiffSide, b: DiffSide): FilePair[] {
  if (a.kind === "file" && b.kind === "file") return [{ name: b.display, old: a.file, new: b.file }];
  if (a.kind === "folder" && b.kind === "folder") {
    const names = [...new Set([...a.files.keys(), ...b.files.keys()])].sort();
    return names.map((name) => ({ name, old: a.files.get(name) ?? null, new: b.files.get(name) ?? null }));
  }
  const [file, folder] = a.kind === "file" ? [a, b] : [b, a];
  throw new DutiesError("usage", `diff: ${file.display} is a file and ${folder.display} a folder: compare two files or two folders`);
}

function diskFile(path: string, display: string): SourceFile {
  return {
    display,
    path,
    read: async () => {
      try {
        return await readFile(path);
      } catch (err) {
        throw fsError(err, path);
      }
    },
  };
}

async function openRevision(spec: string, cwd: string): Promise<DiffSide> {
  const colon = spec.indexOf(":");
  const path = spec.slice(colon + 1).replace(/^\.\//, "");
  const type = (await git(["cat-file", "-t", spec], spec, cwd)).toString("utf8").trim();
  if (type !== "tree") return { kind: "file", display: spec, file: revisionFile(spec, path, cwd) };
  const listing = (await git(["ls-tree", "-r", "-z", "--name-only", spec], spec, cwd)).toString("utf8");
  const files = new Map<string, SourceFile>();
  for (const name of listing.split("\0").filter(Boolean).sort()) {
    if (!TEXT_EXTENSIONS.includes(extname(name).toLowerCase())) continue;
    const joined = (base: string) => (base === "" || base.endsWith("/") ? base + name : `${base}/${name}`);
    files.set(name, revisionFile(joined(spec), joined(path), cwd));
  }
  return { kind: "folder", display: spec, files };
}

function revisionFile(spec: string, path: string, cwd: string): SourceFile {
  return { display: spec, path, read: () => git(["show", spec], spec, cwd) };
}

/** Runs git (no shell) and returns its output; a failure becomes one line naming the revision. */
function git(args: string[], spec: string, cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, encoding: "buffer", maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
      const detail = missing ? "git is not installed or not on PATH" : stderr.toString("utf8").trim().split("\n")[0] || err.message.split("\n")[0];
      reject(new DutiesError("not-found", `${spec}: cannot read this revision from git: ${detail}`, { cause: err }));
    });
  });
}
