// Writing files safely: atomically (a temporary file beside the target, then
// a rename), never over an input unless the command says it may.
import { randomBytes } from "node:crypto";
import { realpathSync } from "node:fs";
import { chmod, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { DutiesError, fsError } from "../errors.js";

/**
 * Writes `data` to `path` atomically: readers see the old file or the new
 * one, never half of one. The new file keeps the old one's mode, and a link
 * is written through (it stays a link). What is not a file (/dev/null, a
 * named pipe, /dev/stdout) is written in place: a rename would replace it
 * with a file, and as root that replaced /dev/null for the whole machine.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new DutiesError("output", `${path}: is a folder`);
  if (existing && !existing.isFile()) {
    await writeFile(path, data).catch((err: unknown) => {
      throw fsError(err, path, "write");
    });
    return;
  }
  const target = existing ? canonicalPath(path) : path;
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, data, { flag: "wx" });
    if (existing) await chmod(tmp, existing.mode & 0o7777);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw fsError(err, path, "write");
  }
}

/** The real path of a file, or its absolute path when it does not exist yet. */
export function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Refuses an output path that is one of the inputs. */
export function assertNotInput(output: string, inputs: string[]): void {
  const out = canonicalPath(output);
  for (const input of inputs) {
    if (canonicalPath(input) === out) {
      throw new DutiesError("output", `${output}: refusing to overwrite an input file (choose another --out)`);
    }
  }
}
