// Finding and reading the validate configuration: --config FILE, else the
// nearest .dutiesrc.json from the current folder up, else the defaults.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fsError, DutiesError } from "../errors.js";
import { parseConfig, type Config } from "../model/config.js";

export const CONFIG_NAME = ".dutiesrc.json";

export interface LoadedConfig {
  config: Config;
  /** Where it came from, as messages name it; null for the defaults. */
  file: string | null;
}

/** The nearest .dutiesrc.json in `cwd` or a folder above it, or null. */
export function findConfig(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** The configuration to use: the named file, else the nearest one found, else the defaults. */
export async function loadConfig(cwd: string, option?: string): Promise<LoadedConfig> {
  const path = option !== undefined ? resolve(cwd, option) : findConfig(cwd);
  if (path === null) return { config: {}, file: null };
  const file = option ?? displayPath(cwd, path);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw fsError(err, file);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/u, ""));
  } catch (err) {
    throw new DutiesError("config", `${file}: not valid JSON: ${(err as Error).message.split("\n")[0]}`, { cause: err });
  }
  return { config: parseConfig(value, file), file };
}

/** A path as a person would type it from `cwd`: relative when below it, else absolute. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith("..") ? path : rel;
}
