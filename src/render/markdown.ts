// Markdown for people, built as an mdast tree and serialized by
// mdast-util-to-markdown: the title and sections as level-1 headings, roles as
// level-2 headings, department, form fields and summary as paragraphs, and
// each duty as a paragraph that starts with its number as written, indented
// by its depth. `duties parse` reads it back to the same roles, nesting and
// texts, whether it reads the file as Markdown or as plain text.
import type { Heading, Paragraph, Root, RootContent } from "mdast";
import { toMarkdown } from "mdast-util-to-markdown";
import type { Document, Duty, Role, Section } from "../model/document.js";
import { matchMarker, STYLE_BY_ID } from "../parse/markers.js";

/**
 * One level of nesting: two ideographic spaces, the indent of Chinese
 * typesetting. Markdown keeps it as text (it is not ASCII white space, so no
 * code block and no list), and both parsers trim it away.
 */
const INDENT = "\u3000\u3000";

/** Markdown for one Document, or for several with a thematic break between them. */
export function renderMarkdown(docs: Document | readonly Document[]): string {
  // Setext headings (`===`, `---` underlines) rather than `#`: a plain-text
  // reader of the file sees the heading's own words, and the underline is a
  // line without letters, which it sets aside.
  return toMarkdown(toMdast(docs), { setext: true, rule: "*" });
}

/** The mdast tree of one Document, or of several with a thematic break between them. */
export function toMdast(docs: Document | readonly Document[]): Root {
  const list = Array.isArray(docs) ? (docs as readonly Document[]) : [docs as Document];
  const children: RootContent[] = [];
  list.forEach((doc, i) => {
    if (i > 0) children.push({ type: "thematicBreak" });
    children.push(...documentContent(doc));
  });
  return { type: "root", children };
}

function documentContent(doc: Document): RootContent[] {
  const out: RootContent[] = [];
  if (doc.title) out.push(heading(1, withoutAtx(doc.title)));
  for (const section of doc.sections) {
    if (section.title) out.push(heading(1, section.title));
    // A department line sets the department of the roles after it, until the next section.
    let department: string | null = null;
    for (const role of section.roles) {
      const fromField = role.fields.some((f) => f.value === role.department);
      if (role.department && role.department !== department && !fromField) {
        out.push(paragraph(role.department));
        department = role.department;
      }
      out.push(...roleContent(role, section, doc));
    }
  }
  return out;
}

function roleContent(role: Role, section: Section, doc: Document): RootContent[] {
  const out: RootContent[] = [];
  const title = roleTitle(role, section, doc);
  if (title !== null) out.push(heading(2, title));
  for (const field of role.fields) out.push(paragraph(`${field.label}：${field.value}`));
  // A summary read from a form field (职位概要：…) is already written with that field.
  if (role.summary && !role.fields.some((f) => f.value === role.summary)) out.push(paragraph(role.summary));
  pushDuties(out, role.duties, 0);
  for (const block of role.blocks) {
    out.push(paragraph(withoutAtx(block.title)));
    pushDuties(out, block.items, 0);
  }
  return out;
}

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
  if (/^[^:：\s]{2,8}\s*[:：]/u.test(written)) return role.name + (/[職崗稱屬門]/u.test(written) ? "崗位職責" : "岗位职责");
  return written;
}

/** A line as written in a Markdown input ("## 销售经理岗位职责") without its `#` marks. */
function withoutAtx(line: string): string {
  return line.replace(/^#{1,6}[ \t]+/u, "").replace(/[ \t]+#+[ \t]*$/u, "").trim();
}

function pushDuties(out: RootContent[], duties: readonly Duty[], depth: number): void {
  for (const duty of duties) {
    out.push(paragraph(INDENT.repeat(depth) + dutyLine(duty)));
    pushDuties(out, duty.children, depth + 1);
  }
}

/**
 * The marker as written, then the text: glued as most sheets write them
 * ("1、负责…", "8.1.1遵守…"), with a space only where the marker needs one to
 * be read again ("5 岗位职责", "I 负责…"). No space also keeps "1.负责" from
 * being a Markdown list item that would renumber it.
 */
export function dutyLine(duty: Duty): string {
  if (!duty.marker) return duty.text;
  const marker = markdownSafeMarker(duty);
  const glued = marker + duty.text;
  const reread = matchMarker(glued);
  const same = reread !== null && reread.marker === marker && reread.style.id === duty.style && reread.length === marker.length;
  return same ? glued : `${marker} ${duty.text}`;
}

/**
 * An ASCII bullet (- * +) is Markdown's own list syntax: written as is it
 * would need a backslash, which a plain-text reader keeps. The catalogue's
 * bullet (•) says the same and is only text.
 */
function markdownSafeMarker(duty: Duty): string {
  if (duty.style !== "bullet" || !/^[-*+]$/u.test(duty.marker!)) return duty.marker!;
  return STYLE_BY_ID.get("bullet")!.format(0).trim();
}

function heading(depth: 1 | 2, text: string): Heading {
  return { type: "heading", depth, children: [{ type: "text", value: text }] };
}

function paragraph(text: string): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value: text }] };
}
