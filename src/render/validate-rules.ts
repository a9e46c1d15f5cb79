// The rule list (`duties validate --list-rules`): a plain listing for people,
// JSON for tools, and the Markdown table and explanations in docs/validate.md.
import { RULES, ruleKey, type AnyRule } from "../query/rules/index.js";

interface Setting {
  name: string;
  default: unknown;
  description: string;
}

/** A rule's settings with their defaults and descriptions. */
export function ruleSettings(rule: AnyRule): Setting[] {
  if (!rule.options) return [];
  const defaults = rule.options.parse({}) as Record<string, unknown>;
  return Object.entries(rule.options.shape).map(([name, schema]) => ({
    name, default: defaults[name], description: (schema as { description?: string }).description ?? "",
  }));
}

export function renderRulesText(rules: readonly AnyRule[] = RULES): string {
  const width = Math.max(...rules.map((r) => ruleKey(r).length));
  return rules.map((r) => `${ruleKey(r).padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.fixable ? "fixable" : "       "}  ${r.description}`).join("\n") + "\n";
}

export function renderRulesJson(rules: readonly AnyRule[] = RULES): string {
  return JSON.stringify(rules.map((r) => ({
    rule: ruleKey(r), id: r.id, name: r.name, description: r.description, explanation: r.explanation,
    defaultSeverity: r.defaultSeverity, fixable: r.fixable, settings: ruleSettings(r),
  })), null, 2) + "\n";
}

/** The rules table, then each rule's explanation and settings. */
export function renderRulesMarkdown(rules: readonly AnyRule[] = RULES): string {
  const out = ["| Rule | Default | Fixable | What it reports |", "| --- | --- | --- | --- |"];
  for (const r of rules) out.push(`| \`${ruleKey(r)}\` | ${r.defaultSeverity} | ${r.fixable ? "yes" : ""} | ${r.description} |`);
  for (const r of rules) {
    out.push("", `### ${ruleKey(r)}`, "", r.explanation);
    const settings = ruleSettings(r);
    if (settings.length) {
      out.push("", "Settings:", "");
      for (const s of settings) out.push(`- \`${s.name}\` (default \`${JSON.stringify(s.default)}\`): ${s.description}`);
    }
  }
  return out.join("\n") + "\n";
}
