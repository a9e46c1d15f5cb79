// Names for `--out FOLDER`: one output per input, named after the input file's
// base name only (never after the document's text), made safe on every file
// system, unique in the folder, and proven to stay inside it.
import { basename, extname, join, relative, resolve, sep } from "node:path";
import { DutiesError } from "../errors.js";
import type { InputRef } from "./inputs.js";

// Path separators, control characters and what Windows forbids in a name.
const UNSAFE = /[/\\<>:"|?*\u0000-\u001f\u007f]/gu;
// Names Windows reserves for devices, with or without an extension.
const DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu;
// Most file systems allow 255 bytes; leave room for the suffix and the extension.
const MAX_STEM_BYTES = 200;

/**
 * The base name of an input without its extension, made safe: no separator,
 * no control character, no leading dot (so never `.` or `..` or a hidden
 * file), no trailing dot or space, no device name, at most 200 UTF-8 bytes.
 * Stdin is "stdin".
 */
export function safeStem(ref: InputRef): string {
  if (ref.kind === "stdin") return "stdin";
  const base = basename(ref.path);
  let stem = base.slice(0, base.length - extname(base).length).normalize("NFC").replace(UNSAFE, "_");
  stem = stem.replace(/^[.\s]+|(?<![.\s])[.\s]+$/gu, ""); // (the trailing run from its start only, which keeps a long name linear)
  if (DEVICE.test(stem.split(".")[0]!)) stem = `_${stem}`;
  stem = truncateBytes(stem, MAX_STEM_BYTES);
  return stem || "document";
}

function truncateBytes(s: string, max: number): string {
  let out = "";
  let bytes = 0;
  for (const ch of s) {
    bytes += Buffer.byteLength(ch);
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

/** Hands out names in one folder: the second `x.csv` becomes `x-2.csv`, and so on. */
export class OutputNames {
  /** Names already given, folded for case-insensitive file systems (macOS, Windows). */
  private readonly taken = new Set<string>();

  constructor(private readonly folder: string, private readonly extension: string) {}

  /** The path of the output for `ref`: inside the folder, with a name no other output has. */
  pathFor(ref: InputRef): string {
    const stem = safeStem(ref);
    let name = `${stem}${this.extension}`;
    for (let n = 2; this.taken.has(fold(name)); n++) name = `${stem}-${n}${this.extension}`;
    this.taken.add(fold(name));
    return insideFolder(this.folder, name);
  }
}

function fold(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** `folder/name`, refusing any name that would land elsewhere (a last guard; safeStem already prevents it). */
export function insideFolder(folder: string, name: string): string {
  const path = join(folder, name);
  const rel = relative(resolve(folder), resolve(path));
  // A direct child has itself as its path relative to the folder; "", ".." and "a/b" do not qualify.
  if (!name || rel !== name || rel === ".." || rel.includes(sep)) {
    throw new DutiesError("output", `${name}: not a safe file name inside ${folder}`);
  }
  return path;
}
