// Writing files safely: atomically (a temporary file beside the target, then
// a rename), never over an input unless the command says it may.
import { randomBytes } from "node:crypto";
import { realpathSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { DutiesError, fsError } from "../errors.js";

/** Writes `data` to `path` atomically: readers see the old file or the new one, never half of one. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, data, { flag: "wx" });
    await rename(tmp, path);
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
