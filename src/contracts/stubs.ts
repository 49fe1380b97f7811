/**
 * The blank submission, generated from the contracts: for each assignment, one stub per graded
 * function with the interface's own signature and TSDoc, whose body throws "not implemented". The
 * stubs import the types they name from `dnn-autograder` (TensorFlow.js's from `@tensorflow/tfjs-core`),
 * as a student's file does. Needs the TypeScript compiler (an instructor's tool, like fixture generation).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type * as TS from "typescript";
import { PACKAGE_ROOT } from "../fixtures/paths";
import type { AssignmentContract } from "./define";
import { discoverContracts } from "./discover";

/** Where an assignment's interface lives: `src/contracts/<module>.ts`. */
export function contractSourcePath(assignment: AssignmentContract): string {
  return path.join(PACKAGE_ROOT, "src", "contracts", `${assignment.module}.ts`);
}

/** The module that types named in a contract come from, in a student's file. */
function sourceOf(name: string, tfNames: ReadonlySet<string>): string {
  return tfNames.has(name) ? "@tensorflow/tfjs-core" : "dnn-autograder";
}

/** The first lines of a generated blank module: what it is and where it comes from. */
function generatedStubHeader(assignment: AssignmentContract): string {
  return [
    `// The student stubs of ${assignment.name} as handed out: every graded function throws "not implemented".`,
    `// Generated from src/contracts/${assignment.module}.ts by \`npm run stubs\`: edit the contract, not this file.`,
  ].join("\n");
}

/** `doc` (a TSDoc comment, or empty) with an `@example` block of `lines` added at its end, unless it has one. */
function withExample(doc: string, lines: readonly string[] | undefined): string {
  // A contract's own example wins: never two.
  if (!lines || lines.length === 0 || doc.includes("@example")) return doc;
  const block = [" * @example", ...lines.map((l) => ` * ${l}`)].join("\n");
  if (!doc) return `/**\n${block}\n */`;
  const body = doc.replace(/\s*\*\/$/, "");
  const opened = body.includes("\n") ? body : body.replace(/^\/\*\*\s*/, "/**\n * ");
  return `${opened}\n${block}\n */`;
}

/**
 * The text of `assignment`'s blank module (see the module comment), under `header` (default: where it
 * was generated from), with `examples` (lines by function name) added to the functions' TSDoc.
 */
export function blankModuleText(
  assignment: AssignmentContract,
  header = generatedStubHeader(assignment),
  examples: Record<string, readonly string[]> = {},
): string {
  const ts = require("typescript") as typeof TS;
  const file = contractSourcePath(assignment);
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const tfNames = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && (statement.moduleSpecifier as TS.StringLiteral).text === "@tensorflow/tfjs-core") {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) tfNames.add(element.name.text);
    }
  }
  const methods = new Map<string, TS.MethodSignature>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    for (const member of statement.members)
      if (ts.isMethodSignature(member) && member.name && ts.isIdentifier(member.name)) methods.set(member.name.text, member);
  }
  const used = new Set<string>();
  const stubs = assignment.functions.map((fn) => {
    const method = methods.get(fn.name);
    if (!method) throw new Error(`${path.relative(PACKAGE_ROOT, file)} declares no method ${fn.name}`);
    const visit = (node: TS.Node): void => {
      if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) used.add(node.typeName.text);
      ts.forEachChild(node, visit);
    };
    visit(method);
    const docs = ts
      .getJSDocCommentsAndTags(method)
      .map((d) => d.getText(source))
      .join("\n");
    const parameters = method.parameters.map((p) => p.getText(source)).join(", ");
    const returns = method.type ? `: ${method.type.getText(source)}` : "";
    const doc = docs
      .split("\n")
      .map((line, i) => (i === 0 ? line.trim() : ` ${line.trim()}`))
      .join("\n");
    const documented = withExample(doc, examples[fn.name]);
    return `${documented ? `${documented}\n` : ""}export function ${fn.name}(${parameters})${returns} {\n  throw new Error("not implemented");\n}\n`;
  });
  const byModule = new Map<string, string[]>();
  for (const name of [...used].sort()) {
    if (["Record", "Array", "Promise", "Partial", "Readonly"].includes(name)) continue;
    const from = sourceOf(name, tfNames);
    byModule.set(from, [...(byModule.get(from) ?? []), name]);
  }
  const imports = [...byModule].map(([from, names]) => `import type { ${names.join(", ")} } from "${from}";`).join("\n");
  return `${header}\n${imports}\n\n${stubs.join("\n")}`;
}

/** Every assignment's blank module (of the contract files found now, by default): its path under `dir` and its text. */
export function blankModules(
  dir: string,
  contracts: readonly AssignmentContract[] = discoverContracts().map((c) => c.contract),
): { file: string; text: string }[] {
  return contracts.map((a) => ({ file: path.join(dir, `${a.module}.ts`), text: blankModuleText(a) }));
}
