// Compares a parsed Document with a hand-checked gold tree, the way
// ../shared/eval/score.mjs does (simplified: exact text after normalizing),
// so that the suite checks fidelity without ../shared.
import type { Document, Duty } from "../../src/model/document.js";

interface GoldDuty { number: string | null; text: string; line: number; children?: GoldDuty[] }
interface GoldRole { name: string | null; duties: GoldDuty[]; blocks?: { items: GoldDuty[] }[] }
export interface Gold { title: string | null; sections: { title: string | null; roles: GoldRole[] }[] }

interface Flat { key: string; number: string; role: string; parent: Flat | null }

const norm = (s: string | null | undefined) =>
  String(s ?? "").normalize("NFKC").replace(/\s+/gu, "").replace(/^[;；。.,，:：、!！?？]+|[;；。.,，:：、!！?？]+$/gu, "");
const normRole = (s: string | null | undefined) =>
  String(s ?? "").normalize("NFKC").replace(/\s+/gu, "").replace(/(崗位職責|岗位职责|工作職責|工作职责|職責|职责)[一二三四五六七八九十]*$/u, "").replace(/[^\p{L}\p{N}]/gu, "");
const normNumber = (s: string | null) => (s == null ? "" : s.normalize("NFKC").replace(/[\s()（）[\]、.．:：)]/gu, ""));

function flatten(roles: { name: string | null; duties: (GoldDuty | Duty)[] }[]): Flat[] {
  const out: Flat[] = [];
  const visit = (list: (GoldDuty | Duty)[], role: string, parent: Flat | null) => {
    for (const d of list) {
      const node = { key: norm(d.text), number: normNumber(d.number), role, parent };
      out.push(node);
      visit(d.children ?? [], role, node);
    }
  };
  for (const r of roles) visit(r.duties, normRole(r.name), null);
  return out;
}

export interface Fidelity {
  /** Duties whose text, role and parent all match, over max(gold, found). */
  tree: number;
  /** Role names found that the gold has (multiset F1). */
  roleF1: number;
  /** Matched duties whose number is the gold's. */
  number: number;
  missed: string[];
  extra: string[];
}

export function compareWithGold(doc: Document, gold: Gold): Fidelity {
  const goldRoles = gold.sections.flatMap((s) => s.roles);
  const docRoles = doc.sections.flatMap((s) => s.roles);
  const g = flatten(goldRoles);
  const o = flatten(docRoles);
  const byKey = new Map<string, Flat[]>();
  for (const x of o) byKey.set(x.key, [...(byKey.get(x.key) ?? []), x]);
  const match = new Map<Flat, Flat>();
  for (const x of g) {
    const cands = byKey.get(x.key) ?? [];
    const pick = cands.find((c) => c.role === x.role) ?? cands[0];
    if (!pick) continue;
    cands.splice(cands.indexOf(pick), 1);
    match.set(x, pick);
  }
  let tree = 0;
  let number = 0;
  for (const [x, y] of match) {
    const parentOk = (x.parent === null && y.parent === null) || (x.parent !== null && match.get(x.parent) === y.parent);
    if (parentOk && x.role === y.role) tree++;
    if (x.number === y.number) number++;
  }
  const counts = new Map<string, number>();
  for (const r of docRoles) counts.set(normRole(r.name), (counts.get(normRole(r.name)) ?? 0) + 1);
  let roleTP = 0;
  for (const r of goldRoles) {
    const c = counts.get(normRole(r.name)) ?? 0;
    if (c > 0) { roleTP++; counts.set(normRole(r.name), c - 1); }
  }
  const matched = new Set(match.values());
  return {
    tree: tree / Math.max(g.length, o.length, 1),
    roleF1: goldRoles.length + docRoles.length ? (2 * roleTP) / (goldRoles.length + docRoles.length) : 1,
    number: match.size ? number / match.size : 1,
    missed: g.filter((x) => !match.has(x)).map((x) => x.key.slice(0, 30)),
    extra: o.filter((x) => !matched.has(x)).map((x) => x.key.slice(0, 30)),
  };
}
