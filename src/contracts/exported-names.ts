/**
 * The names a TypeScript file exports, read from its syntax (no type checker): whether each is a type
 * only, so that a generated index can re-export it as `type` where isolated modules need it, and
 * whether its TSDoc marks it `@internal` (shared between the folder's files, left out of indexes). Handles
 * exported declarations and `export { … }` / `export type { … }` lists without a `from`. Needs the
 * TypeScript compiler (a tool of `npm run stubs`).
 */
import * as fs from "node:fs";
import type * as TS from "typescript";

/** One exported name. */
export interface ExportedName {
  name: string;
  /** True for interfaces, type aliases and names re-exported as types. */
  typeOnly: boolean;
  /** True when the declaration's TSDoc carries `@internal`. */
  internal: boolean;
}

/** Whether `node`'s TSDoc carries the `@internal` tag. */
function isInternal(ts: typeof TS, node: TS.Node): boolean {
  return ts.getJSDocTags(node).some((tag) => tag.tagName.text === "internal");
}

/** Whether `node` carries the `export` modifier. */
function isExported(ts: typeof TS, node: TS.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** Names `source` declares or imports as types only (interfaces, aliases, `import type`). */
function typeNames(ts: typeof TS, source: TS.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) names.add(statement.name.text);
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) if (clause.isTypeOnly || element.isTypeOnly) names.add(element.name.text);
    }
  }
  return names;
}

/** Every name `file` exports, in the order it declares them. */
export function exportedNames(file: string): ExportedName[] {
  const ts = require("typescript") as typeof TS;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const types = typeNames(ts, source);
  const out: ExportedName[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        const local = (element.propertyName ?? element.name).text;
        out.push({ name: element.name.text, typeOnly: statement.isTypeOnly || element.isTypeOnly || types.has(local), internal: isInternal(ts, statement) });
      }
    } else if (isExported(ts, statement)) {
      const internal = isInternal(ts, statement);
      if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) out.push({ name: statement.name.text, typeOnly: true, internal });
      else if (ts.isVariableStatement(statement))
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) out.push({ name: declaration.name.text, typeOnly: false, internal });
        }
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name)
        out.push({ name: statement.name.text, typeOnly: false, internal });
    }
  }
  return out;
}
