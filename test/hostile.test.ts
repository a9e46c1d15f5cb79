// The hostile-input table: each row is an input or a command line a CI job
// may meet, with the exit code and the message a user should see. Every row
// ends with 0, 1 or 2 (docs/exit-codes.md), at most two lines on stderr and
// no stack trace, within the hang guard; rows marked `bin` also run through
// the real bin. Big inputs are generated in a temporary folder, never here.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SHAPES } from "../bench/fuzz/shapes.mjs";
import { fixture, runBin, runCli, type RunResult } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "duties-hostile-"));
const at = (name: string) => join(dir, name);
const good = at("good.txt");

/** Deterministic bytes with NULs and every high byte: no text encoding reads them. */
const noise = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919 + (i >> 3)) % 256));
const shape = (name: string, size: number) => SHAPES.find((s) => s.name === name)!.make(size);

writeFileSync(good, readFileSync(fixture("sales-duties.txt")));
writeFileSync(at("image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
writeFileSync(at("noise.txt"), noise(4096));
writeFileSync(at("empty.txt"), "");
writeFileSync(at("blank.txt"), "  \n\n\t\u3000\n\r\n");
writeFileSync(at("bad-utf8.txt"), Buffer.concat([Buffer.from("销售经理岗位职责\n1、负责客户"), Buffer.from([0xc3, 0x28, 0xe2, 0x82]), Buffer.from("档案的整理。\n")]));
writeFileSync(at("cut-utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("销售经理岗位职责\n1、负责客户档案\n", "utf16le"), Buffer.from([0x31])]));
// One line of 11 MB (3.8 million characters): 200,000 block headings and items glued together, then plain text.
writeFileSync(at("long-line.txt"), `销售经理岗位职责\n1、负责客户档案${"；任职要求：1、本科".repeat(200_000)}；${"负责客户档案的整理与维护".repeat(150_000)}\n`);
writeFileSync(at("deep.txt"), `销售经理岗位职责\n${Array.from({ length: 500 }, (_, i) => `${Array(i + 2).fill("1").join(".")} 负责第${i + 1}层`).join("\n")}\n`);
writeFileSync(at("items.txt"), `销售经理岗位职责\n${Array.from({ length: 100_000 }, (_, i) => `${(i % 999) + 1}、负责第${i + 1}项工作。`).join("\n")}\n`);
writeFileSync(at("brackets.txt"), shape("brackets", 200_000));
writeFileSync(at("markers.txt"), shape("markers-only", 200_000));
writeFileSync(at("not-a-document.json"), "{}");

// A folder with a file that cannot be read. Root reads a file whatever its mode, so there the
// unreadable file is a dangling link, named on the command line (the walk does not follow links).
mkdirSync(at("folder"));
writeFileSync(at("folder/good.txt"), readFileSync(fixture("sales-duties.txt")));
writeFileSync(at("folder/locked.txt"), "销售经理岗位职责\n1、负责");
chmodSync(at("folder/locked.txt"), 0o000);
const asRoot = (() => {
  try {
    readFileSync(at("folder/locked.txt"));
    return true;
  } catch {
    return false;
  }
})();
if (asRoot) {
  rmSync(at("folder/locked.txt"));
  symlinkSync("gone.txt", at("folder/locked.txt"));
}
const unreadableFolder = asRoot ? [at("folder"), at("folder/locked.txt")] : [at("folder")];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

mkdirSync(at("broken-config"));
writeFileSync(at("broken-config/.dutiesrc.json"), '{ "rules": ');
mkdirSync(at("unknown-rule"));
writeFileSync(at("unknown-rule/.dutiesrc.json"), '{ "rules": { "D999": "error" } }');

interface Row {
  name: string;
  args: string[];
  code: 0 | 1 | 2;
  /** What stderr says (anchored to its first line); undefined: nothing. */
  message?: RegExp;
  stdout?: RegExp;
  stdin?: Buffer;
  cwd?: string;
  /** Also run it through the real bin. */
  bin?: boolean;
}

const ROWS: Row[] = [
  // Files that are not what they seem
  { name: "a binary file", args: ["parse", at("image.png")], code: 2, message: /^duties: .*image\.png: binary file, not a text document \(use --encoding to force one\)$/u, bin: true },
  { name: "random bytes named .txt", args: ["validate", at("noise.txt")], code: 2, message: /noise\.txt: binary file/u },
  { name: "binary bytes on stdin", args: ["parse", "-"], stdin: noise(512), code: 2, message: /^duties: <stdin>: binary file/u },
  { name: "an empty file", args: ["parse", at("empty.txt")], code: 0, stdout: /"sections":\[\]/u, bin: true },
  { name: "an empty file, searched", args: ["search", "负责", at("empty.txt")], code: 1 },
  { name: "an empty file, validated", args: ["validate", at("empty.txt")], code: 0 },
  { name: "an empty file, exported as CSV", args: ["export", "-f", "csv", at("empty.txt")], code: 0, stdout: /^\ufefffile,section,/u },
  { name: "a blank file", args: ["parse", at("blank.txt")], code: 0, stdout: /"sections":\[\]/u },
  { name: "invalid UTF-8", args: ["parse", at("bad-utf8.txt")], code: 0, stdout: /D012\/invalid-bytes/u },
  { name: "invalid UTF-8, validated (an error in the report, not trouble)", args: ["validate", at("bad-utf8.txt")], code: 1, stdout: /error {2}Bytes that are not valid utf-8 were replaced/u },
  { name: "truncated UTF-16", args: ["parse", "--format", "tree", at("cut-utf16.txt")], code: 0, stdout: /utf-16le, 3 lines, 1 roles, 1 duties/u },
  { name: "a JSON input that is not a Document", args: ["diff", at("not-a-document.json"), good], code: 2, message: /not-a-document\.json: not a duties Document: kind: /u },
  // Sizes and shapes
  { name: "a single line of 11 MB", args: ["parse", "--format", "jsonl", at("long-line.txt")], code: 0, stdout: /"kind":"document"/u },
  // (Through the bin with a short output: runBin keeps at most 1 MB of it.)
  { name: "a single line of 11 MB, searched", args: ["search", "-c", "--in", "all", "本科", at("long-line.txt")], code: 0, stdout: /long-line\.txt:200000$/mu, bin: true },
  { name: "a single line of 11 MB, validated", args: ["validate", "--format", "json", at("long-line.txt")], code: 0 },
  { name: "a single line of 11 MB, exported as Markdown", args: ["export", "-f", "md", at("long-line.txt")], code: 0 },
  { name: "dotted numbering 500 levels deep", args: ["parse", "--format", "tree", at("deep.txt")], code: 0, stdout: /1 roles, 500 duties/u },
  { name: "dotted numbering 500 levels deep, exported as Markdown", args: ["export", "-f", "md", at("deep.txt")], code: 0 },
  { name: "dotted numbering 500 levels deep, diffed", args: ["diff", at("empty.txt"), at("deep.txt")], code: 0 },
  { name: "a hundred thousand items", args: ["search", "-c", "第99999项", at("items.txt")], code: 0, stdout: /:1$/mu },
  { name: "a hundred thousand items, validated", args: ["validate", "--format", "json", at("items.txt")], code: 0 },
  { name: "lines of nothing but brackets", args: ["parse", "--format", "tree", at("brackets.txt")], code: 0 },
  { name: "lines of nothing but markers", args: ["validate", at("markers.txt")], code: 0 },
  // Unreadable inputs: reported, and the rest go on
  { name: "a folder with an unreadable file", args: ["validate", ...unreadableFolder], code: 2, message: /locked\.txt: (permission denied \(cannot read\)|no such file or folder)$/u, stdout: /good\.txt/u, bin: true },
  { name: "a file that does not exist", args: ["parse", at("missing.txt")], code: 2, message: /missing\.txt: no such file or folder$/u },
  // The command line
  { name: "an unknown option", args: ["parse", "--nope"], code: 2, message: /^duties: unknown option '--nope'$/u, bin: true },
  { name: "an unknown command", args: ["frobnicate"], code: 2, message: /^duties: unknown command 'frobnicate'$/u, bin: true },
  { name: "a misspelt command", args: ["pars", good], code: 2, message: /^duties: unknown command 'pars'\n\(Did you mean parse\?\)$/u },
  { name: "a value not among the choices", args: ["parse", "--format", "nope", good], code: 2, message: /argument 'nope' is invalid\. Allowed choices are json, /u },
  { name: "a missing argument", args: ["diff", good], code: 2, message: /^duties: missing required argument 'new'$/u },
  { name: "a number that is not one", args: ["validate", "--max-warnings", "x", good], code: 2, message: /argument 'x' is invalid/u },
  { name: "an invalid search pattern", args: ["search", "(", good], code: 2, message: /^duties: regex parse error: missing \) for the \( at column 1 in \($/u },
  { name: "an unknown encoding", args: ["parse", "--encoding", "klingon", good], code: 2, message: /^duties: --encoding: unknown encoding "klingon"; supported: /u },
  { name: "no input, and a terminal on stdin", args: ["parse"], code: 2, message: /^duties: parse: no input: name a file or folder, or - for stdin$/u },
  // Configuration
  { name: "a broken config file", args: ["validate", good], cwd: at("broken-config"), code: 2, message: /^duties: \.dutiesrc\.json: not valid JSON: /u, bin: true },
  { name: "a config naming an unknown rule", args: ["validate", good], cwd: at("unknown-rule"), code: 2, message: /\.dutiesrc\.json: rules\.D999: unknown rule/u },
  { name: "a --config that does not exist", args: ["validate", "--config", at("nope.json"), good], code: 2, message: /nope\.json: no such file or folder$/u },
  // Output
  { name: "an output folder that does not exist", args: ["export", good, "-o", at("missing/dir/out.json")], code: 2, message: /out\.json: no such file or folder$/u, bin: true },
  { name: "an output path under a file", args: ["export", good, "-o", join(good, "out.json")], code: 2, message: /out\.json: a part of the path is not a folder$/u },
  { name: "an output path that is a folder", args: ["validate", good, "-o", dir], code: 2, message: /: is a folder$/u },
  { name: "an output path that is the input", args: ["export", good, "-o", good], code: 2, message: /good\.txt: refusing to overwrite an input file/u },
];

/** What every row must show, whatever it is. */
function expectTidy(r: RunResult, row: Row): void {
  expect(r.code, r.stderr).toBe(row.code);
  expect(r.stderr).not.toMatch(/^\s+at /mu);
  expect(r.stderr).not.toContain("internal error");
  const lines = r.stderr.split("\n").filter(Boolean);
  expect(lines.length).toBeLessThanOrEqual(2);
  if (row.message) expect(lines.join("\n")).toMatch(row.message);
  else expect(r.stderr).toBe("");
  if (row.stdout) expect(r.stdout).toMatch(row.stdout);
}

// A guard against hangs (speed is measured in bench/fuzz): the slowest row takes a few seconds.
const GUARD = 30_000;

describe(`hostile inputs (${asRoot ? "as root: the unreadable file is a dangling link" : "the unreadable file has mode 000"})`, () => {
  it.each(ROWS.map((row) => [row.name, row] as const))("%s", async (_name, row) => {
    expectTidy(await runCli(row.args, { stdin: row.stdin, cwd: row.cwd }), row);
  }, GUARD);

  it.each(ROWS.filter((row) => row.bin).map((row) => [row.name, row] as const))("%s, through the real bin", (_name, row) => {
    expectTidy(runBin(row.args, { stdin: row.stdin, cwd: row.cwd }), row);
  }, GUARD);
});
