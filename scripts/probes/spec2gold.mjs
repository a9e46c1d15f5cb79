#!/usr/bin/env node
// node spec2gold.mjs X.spec  -> writes X.gold.json beside it (source X.txt or X.md must exist for line lookup)
// Spec format (indent with 2 spaces per level):
//   TITLE text            document title (omit for null)
//   SECTION text          starts a section (omit entirely for one untitled section)
//   ROLE name | heading | department     (department optional)
//   SUMMARY text
//   - NUMBER | text       a duty; NUMBER as written without brackets/separator, "-" for null; indent 2 spaces per nesting level
//   BLOCK kind            requirements | authority | relations | assessment | other; its items follow as "- NUMBER | text" lines
import { readFileSync, writeFileSync, existsSync } from "node:fs";
const specPath = process.argv[2];
const base = specPath.replace(/\.spec$/, "");
const srcPath = [".txt", ".md"].map((e) => base + e).find(existsSync);
const src = srcPath ? readFileSync(srcPath, "utf8").split(/\r?\n|\r/) : [];
const norm = (s) => s.normalize("NFKC").replace(/\s+/g, "");
const srcN = src.map(norm);
let cursor = 0;
function findLine(text) {
  const key = norm(text).slice(0, 8);
  if (!key) return null;
  for (let i = cursor; i < srcN.length; i++) if (srcN[i].includes(key)) { cursor = i; return i + 1; }
  for (let i = 0; i < srcN.length; i++) if (srcN[i].includes(key)) return i + 1;
  return null;
}
const gold = { title: null, sections: [] };
let section = null, role = null, stack = [], target = null;
const ensureSection = () => { if (!section) { section = { title: null, line: null, roles: [] }; gold.sections.push(section); } };
for (const [i, raw] of readFileSync(specPath, "utf8").split(/\r?\n/).entries()) {
  if (!raw.trim() || raw.trim().startsWith("#")) continue;
  const m = /^( *)- (.*)$/.exec(raw);
  if (m) {
    if (!role) throw new Error(`${specPath}:${i + 1}: duty outside a role`);
    const depth = m[1].length / 2;
    const bar = m[2].indexOf(" | ");
    if (bar < 0) throw new Error(`${specPath}:${i + 1}: expected "- NUMBER | text"`);
    const num = m[2].slice(0, bar).trim(), text = m[2].slice(bar + 3).trim();
    const d = { number: num === "-" ? null : num, text, line: findLine(text), children: [] };
    if (depth === 0) target.push(d);
    else {
      const parent = stack[depth - 1];
      if (!parent) throw new Error(`${specPath}:${i + 1}: indented too deep`);
      parent.children.push(d);
    }
    stack.length = depth; stack[depth] = d;
    continue;
  }
  const sp = raw.indexOf(" ");
  const kw = sp < 0 ? raw : raw.slice(0, sp), rest = sp < 0 ? "" : raw.slice(sp + 1).trim();
  if (kw === "TITLE") gold.title = rest;
  else if (kw === "SECTION") { section = { title: rest, line: findLine(rest), roles: [] }; gold.sections.push(section); role = null; }
  else if (kw === "ROLE") {
    ensureSection();
    const [name, heading, department] = rest.split(" | ").map((s) => s?.trim());
    role = { name, heading: heading ?? name, department: department || null, line: findLine(heading ?? name), summary: null, duties: [], blocks: [] };
    section.roles.push(role); target = role.duties; stack = [];
  } else if (kw === "SUMMARY") { role.summary = rest; }
  else if (kw === "BLOCK") { const b = { kind: rest, items: [] }; role.blocks.push(b); target = b.items; stack = []; }
  else throw new Error(`${specPath}:${i + 1}: unknown line: ${raw}`);
}
if (!gold.sections.length) gold.sections.push({ title: null, line: null, roles: [] });
writeFileSync(base + ".gold.json", JSON.stringify(gold, null, 2) + "\n");
console.log(`${base}.gold.json: ${gold.sections.length} sections, ${gold.sections.reduce((n, s) => n + s.roles.length, 0)} roles`);
