// Safe output: files are replaced atomically and keep their mode, a link is
// written through and stays a link, and what is not a file (a device, a
// named pipe) is written in place, never replaced by a file.
import { execFileSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { chmod, lstat, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../src/cli/output.js";
import { fixture, runCli } from "./helpers/cli.js";

const made: string[] = [];
const folder = async () => {
  made.push(await mkdtemp(join(tmpdir(), "duties-output-")));
  return made[made.length - 1]!;
};
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("writeFileAtomic", () => {
  it("replaces a file and leaves no temporary file behind", async () => {
    const dir = await folder();
    await writeFile(join(dir, "out.json"), "old");
    await writeFileAtomic(join(dir, "out.json"), "new");
    expect(await readFile(join(dir, "out.json"), "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["out.json"]);
  });

  it("keeps the mode of the file it replaces", async () => {
    const dir = await folder();
    const path = join(dir, "private.txt");
    await writeFile(path, "old");
    await chmod(path, 0o600);
    await writeFileAtomic(path, "new");
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it("writes through a link to a file, which stays a link", async () => {
    const dir = await folder();
    await writeFile(join(dir, "real.md"), "old");
    await symlink("real.md", join(dir, "link.md"));
    await writeFileAtomic(join(dir, "link.md"), "new");
    expect((await lstat(join(dir, "link.md"))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, "link.md"))).toBe("real.md");
    expect(await readFile(join(dir, "real.md"), "utf8")).toBe("new");
  });

  // (/dev/null stands for every device; a test that wrote to it would break the machine it fails on.)
  it("writes into a named pipe in place rather than replacing it with a file", async () => {
    const dir = await folder();
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const read = new Promise<string>((resolve, reject) => {
      let data = "";
      createReadStream(fifo, "utf8").on("data", (c) => (data += c)).on("end", () => resolve(data)).on("error", reject);
    });
    await writeFileAtomic(fifo, "report\n");
    expect(await read).toBe("report\n");
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(["pipe"]);
  }, 10_000);

  it("refuses a folder with one line that names it", async () => {
    const dir = await folder();
    await expect(writeFileAtomic(dir, "x")).rejects.toThrow(`${dir}: is a folder`);
  });
});

describe("commands and their inputs", () => {
  const sheets = async () => {
    const dir = await folder();
    const sheet = await readFile(fixture("sales-duties.txt"));
    for (const name of ["a.txt", "b.txt"]) await writeFile(join(dir, name), sheet);
    return { dir, sheet };
  };

  it("validate refuses an --output that is a sheet inside a folder it checks, and leaves the sheet as it was", async () => {
    const { dir, sheet } = await sheets();
    const r = await runCli(["validate", dir, "-o", join(dir, "b.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`duties: ${join(dir, "b.txt")}: refusing to overwrite an input file (choose another --out)\n`);
    expect(await readFile(join(dir, "b.txt"))).toEqual(sheet);
  });

  it("export refuses an --out that is a sheet inside a folder it reads", async () => {
    const { dir, sheet } = await sheets();
    const r = await runCli(["export", dir, "-o", join(dir, "b.txt")]);
    expect(r.code).toBe(2);
    expect(await readFile(join(dir, "b.txt"))).toEqual(sheet);
  });
});
