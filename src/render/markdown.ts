// Markdown for people, built as an mdast tree and serialized by
// mdast-util-to-markdown: the title, sections, roles and job-description
// blocks as headings, department, form fields and summary as paragraphs, and
// the duties as nested lists whose items start with their numbers as written
// (a bullet list, so that Markdown never renumbers them: 10 then 14 stays so).
// `duties parse` reads it back, as Markdown, to the same roles, nesting and texts.
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from "mdast";
import { toMarkdown } from "mdast-util-to-markdown";
import type { Block, Document, Duty, Role, Section } from "../model/document.js";
import { formField, roleHeading } from "../parse/headings.js";
import { matchMarker } from "../parse/markers.js";

type Depth = 1 | 2 | 3 | 4 | 5 | 6;

/** Markdown for one Document, or for several with a thematic break between them. */
export function renderMarkdown(docs: Document | readonly Document[]): string {
  return toMarkdown(toMdast(docs), { bullet: "-", listItemIndent: "one", rule: "*" });
}

/** The mdast tree of one Document, or of several with a thematic break between them. */
export function toMdast(docs: Document | readonly Document[]): Root {
  const list = Array.isArray(docs) ? (docs as readonly Document[]) : [docs as Document];
  const children: RootContent[] = [];
  list.forEach((doc, i) => {
    if (i > 0) children.push({ type: "thematicBreak" });
    for (const node of documentContent(doc)) children.push(node);
  });
  return { type: "root", children };
}

function documentContent(doc: Document): RootContent[] {
  const out: RootContent[] = [];
  if (doc.title) out.push(heading(1, withoutAtx(doc.title)));
  // Sections under the title, roles under their section, blocks under their role.
  const sectionDepth: Depth = doc.title ? 2 : 1;
  for (const section of doc.sections) {
    const roleDepth = (section.title ? sectionDepth + 1 : sectionDepth) as Depth;
    if (section.title) out.push(heading(sectionDepth, withoutAtx(section.title)));
    // A department heading groups the roles after it, until the next section.
    let department: string | null = null;
    for (const role of section.roles) {
      const fromField = role.fields.some((f) => f.value === role.department);
      if (role.department && role.department !== department && !fromField) {
        out.push(heading(roleDepth, role.department));
        department = role.department;
      }
      // (Node by node: push(...nodes) overflowed the stack for a role of 200,000 blocks.)
      for (const node of roleContent(role, section, doc, roleDepth)) out.push(node);
    }
  }
  return out;
}

function roleContent(role: Role, section: Section, doc: Document, depth: Depth): RootContent[] {
  const out: RootContent[] = [];
  const title = roleTitle(role, section, doc);
  if (title !== null) out.push(heading(depth, title));
  for (const field of role.fields) out.push(paragraph(`${field.label}：${field.value}`));
  // A summary read from a form field (职位概要：…) is already written with that field.
  if (role.summary && !role.fields.some((f) => f.value === role.summary)) out.push(paragraph(role.summary));
  if (role.duties.length) out.push(list(role.duties));
  for (const block of role.blocks) {
    // (A block with no heading of its own, "学历：…" / "学位：…" under the duties, is headed by its type's usual words.)
    out.push(heading(Math.min(depth + 1, 6) as Depth, withoutAtx(block.title || UNTITLED_BLOCK[block.type])));
    if (block.items.length) out.push(list(block.items));
  }
  return out;
}

/**
 * The heading written over a block that had none in the sheet: words the parser reads back as its type. (The parser
 * makes such blocks of requirements only, today; "其他" is no heading it knows.)
 */
const UNTITLED_BLOCK: Record<Block["type"], string> = { requirements: "任职要求", authority: "工作权限", relations: "工作关系", other: "其他" };

/**
 * The role's heading line as written, without Markdown's `#` marks. Null for
 * a role the parser opened without a heading of its own (items right under a
 * section or title): writing one would add a line the sheet never had.
 * A form field (职位名称：财务主管) becomes name + 岗位职责, which every reader
 * takes for a role heading, where a heading that reads as a field would not be.
 */
export function roleTitle(role: Role, section: Section, doc: Document): string | null {
  const implicitName = section.title ?? doc.title ?? "";
  const firstLine = role.duties[0]?.line ?? role.blocks[0]?.line;
  if (role.heading === implicitName && (firstLine === role.line || implicitName === "")) return null;
  const written = withoutAtx(role.heading);
  // (Also a row of a Word table copied as text: "岗位名称<TAB>销售经理<TAB>所属部门<TAB>销售部"; and a row of a
  // role-per-row table, "出纳,财务部,…", which reads as no heading; or of one laid out with spaces, "1     船长     林国栋    1.…".)
  const row = (/[\t,|]/u.test(written) || written.includes("   ")) && roleHeading(written)?.name !== role.name;
  if (row || /^[^:：\s]{2,8}\s*[:：]/u.test(written) || formField(written)?.kind === "role") return role.name + (/[職崗稱屬門]/u.test(written) ? "崗位職責" : "岗位职责");
  return written;
}

/** A line as written in a Markdown input ("## 销售经理岗位职责") without its `#` marks. */
function withoutAtx(line: string): string {
  // The closing marks are tried from the start of a run of spaces only (the lookbehind), which keeps a long heading linear.
  return line.replace(/^#{1,6}[ \t]+/u, "").replace(/(?<![ \t])[ \t]+#+[ \t]*$/u, "").trim();
}

function list(duties: readonly Duty[]): List {
  return { type: "list", ordered: false, spread: false, children: duties.map(item) };
}

function item(duty: Duty): ListItem {
  const children: ListItem["children"] = [paragraph(dutyLine(duty))];
  if (duty.children.length) children.push(list(duty.children));
  return { type: "listItem", spread: false, children };
}

/**
 * A list item's text: the marker as written, then the text, glued as most
 * sheets write them ("1、负责…", "8.1.1遵守…"), with a space only where the
 * marker needs one to be read again ("5 岗位职责", "I 负责…"). A bullet or an
 * unnumbered paragraph is the list item itself, with no marker in its text.
 */
export function dutyLine(duty: Duty): string {
  if (!duty.marker || duty.style === "bullet") return duty.text;
  const glued = duty.marker + duty.text;
  const reread = matchMarker(glued);
  const same = reread !== null && reread.marker === duty.marker && reread.style.id === duty.style && reread.length === duty.marker.length;
  return same ? glued : `${duty.marker} ${duty.text}`;
}

function heading(depth: Depth, text: string): Heading {
  return { type: "heading", depth, children: [{ type: "text", value: text }] };
}

function paragraph(text: string): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value: text }] };
}
