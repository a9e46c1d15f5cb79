// Builds the parse benchmark's corpus: the customer's sheet repeated with
// varied role names and numbers until it reaches the size asked for.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Writes a corpus of about `megabytes` MB to bench/out and returns its path. */
export function buildCorpus(megabytes, name = `parse-${megabytes}mb.txt`) {
  const seed = readFileSync(join(root, "fixtures", "sales-duties.txt"), "utf8");
  const out = join(root, "bench", "out", name);
  mkdirSync(dirname(out), { recursive: true });
  const parts = [];
  let size = 0;
  for (let copy = 1; size < megabytes * 1e6; copy++) {
    // Vary each copy so that no two roles are alike: a copy number in every heading.
    const text = seed.replace(/第([一二三四五])篇/gu, `第$1篇（第${copy}冊）`).replace(/崗位職責/gu, `崗位職責`).replace(/^(銷售[^\n]{0,6})$/gmu, `$1${copy}`);
    parts.push(text.endsWith("\n") ? text : text + "\n");
    size += Buffer.byteLength(text);
  }
  writeFileSync(out, parts.join(""));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(buildCorpus(Number(process.argv[2] ?? 50)));
