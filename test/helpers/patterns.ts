// Finds every regular expression in src/: the literals, and each `new RegExp`
// call with its pattern when it is built from constants (read with the
// TypeScript compiler API), and records the patterns the code builds at run
// time, with the call that built them.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface SourcePattern {
  /** "src/parse/markers.ts:61" */
  site: string;
  kind: "literal" | "constructor";
  /** The pattern and its flags; null for a constructor whose arguments are not constant. */
  source: string | null;
  flags: string | null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The regular expressions written in the .ts files under `root`/src. */
export function patternsInSource(root: string): SourcePattern[] {
  const program = ts.createProgram(sourceFiles(join(root, "src")), { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const found: SourcePattern[] = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !file.fileName.startsWith(join(root, "src"))) continue;
    const site = (node: ts.Node) => `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf("/");
        found.push({ site: site(node), kind: "literal", source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const [pattern, flags] = node.arguments ?? [];
        const source = pattern ? constantString(pattern, checker) : undefined;
        const flagText = flags ? constantString(flags, checker) : "";
        const constant = source !== undefined && flagText !== undefined;
        found.push({ site: site(node), kind: "constructor", source: constant ? source : null, flags: constant ? flagText : null });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/** The value of a string expression built from literals and `const` strings (in this module or imported), else undefined. */
function constantString(node: ts.Expression, checker: ts.TypeChecker): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression, checker);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const value = constantString(span.expression, checker);
      if (value === undefined) return undefined;
      out += value + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [constantString(node.left, checker), constantString(node.right, checker)];
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isIdentifier(node)) {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
      return constantString(declaration.initializer, checker);
    }
  }
  return undefined;
}

export interface BuiltPattern {
  site: string;
  source: string;
  flags: string;
}

/**
 * Runs `exercise` with RegExp replaced by a recorder: every pattern built by
 * a `new RegExp` in src/ comes back with its call site (from the stack,
 * which vitest maps back to the .ts lines).
 */
export async function recordBuiltPatterns(root: string, exercise: () => Promise<void>): Promise<BuiltPattern[]> {
  const Original = RegExp;
  const built: BuiltPattern[] = [];
  const src = join(root, "src") + "/";
  let inside = false; // (formatting a stack may build patterns of its own)
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const regex = Reflect.construct(target, args, newTarget) as RegExp;
      if (inside) return regex;
      inside = true;
      const frame = (new Error().stack ?? "").split("\n").find((l) => l.includes(src));
      inside = false;
      const at = frame && /\((.*):(\d+):\d+\)$|at (.*):(\d+):\d+$/u.exec(frame);
      if (at) built.push({ site: `${relative(root, at[1] ?? at[3]!)}:${at[2] ?? at[4]}`, source: regex.source, flags: regex.flags });
      return regex;
    },
  });
  try {
    await exercise();
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}
