#!/usr/bin/env node
// node tospec.mjs FILE.gold.json | node tospec.mjs --parse FILE  -> prints the tree in spec form (for diffing)
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
const args = process.argv.slice(2);
let tree;
if (args[0] === "--parse") tree = JSON.parse(execFileSync("node", [process.env.DUTIES ?? "./bin/duties.js", "parse", args[1], "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28 }));
else tree = JSON.parse(readFileSync(args[0], "utf8"));
const out = [];
if (tree.title) out.push(`TITLE ${tree.title}`);
for (const s of tree.sections) {
  if (s.title != null) out.push(`SECTION ${s.title}`);
  for (const r of s.roles) {
    out.push(`ROLE ${r.name} | ${r.heading}${r.department ? " | " + r.department : ""}`);
    if (r.summary) out.push(`SUMMARY ${r.summary}`);
    const walk = (list, depth) => { for (const d of list ?? []) { out.push(`${"  ".repeat(depth)}- ${d.number ?? "-"} | ${d.text}`); walk(d.children, depth + 1); } };
    walk(r.duties, 0);
    for (const b of r.blocks ?? []) { out.push(`BLOCK ${b.type ?? b.kind}`); walk(b.items, 0); }
  }
}
console.log(out.join("\n"));
