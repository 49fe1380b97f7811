/**
 * The console report: per assignment a table of functions with cases passed and points, the
 * message of every failed case under its function, anything that could not be graded, and a total.
 */
import type { GradeResult } from "../result";
import { unimplementedSummary } from "../unimplemented";

function points(score: number, max: number): string {
  return `${score}/${max}`;
}

function indent(text: string, pad: string): string {
  return text
    .split("\n")
    .map((line) => pad + line)
    .join("\n");
}

/**
 * The console report of a grading run as text: per assignment, functions with cases passed and points,
 * failed cases' messages, what could not be graded, and the total.
 */
export function renderConsole(result: GradeResult): string {
  const out: string[] = [`Grading ${result.header.submission}`, ""];
  const nameWidth = Math.max(24, ...result.assignments.flatMap((a) => a.functions.map((f) => f.name.length)));
  for (const assignment of result.assignments) {
    out.push(`${assignment.name.padEnd(nameWidth + 4)}${" ".repeat(12)}${points(assignment.score, assignment.maxScore).padStart(9)}`);
    for (const fn of assignment.functions) {
      const passed = fn.cases.filter((c) => c.passed).length;
      const mark = passed === fn.cases.length ? "✓" : "✗";
      const casesText = `${passed}/${fn.cases.length} cases`;
      out.push(`  ${mark} ${fn.name.padEnd(nameWidth)}${casesText.padStart(12)}${points(fn.score, fn.maxScore).padStart(9)}`);
      const unimplemented = unimplementedSummary(fn);
      if (unimplemented) out.push(`      ✗ ${unimplemented}`);
      for (const c of fn.cases.filter((x) => !x.passed && !unimplemented)) {
        const [first, ...rest] = c.message.split("\n");
        out.push(`      ✗ [${c.id}] (${c.visibility}, ${c.maxScore} pts) ${first}`);
        if (rest.length > 0) out.push(indent(rest.join("\n"), "          "));
      }
      for (const c of fn.cases.filter((x) => x.notes && x.notes.length > 0)) {
        const [first, ...rest] = c.notes!;
        out.push(`      ! [${c.id}] note (not scored): ${first}`);
        if (rest.length > 0) out.push(indent(rest.join("\n"), "          "));
      }
    }
    for (const error of assignment.errors) out.push(`  could not grade: ${error}`);
    out.push("");
  }
  out.push(`Total ${points(result.score, result.maxScore)}`);
  out.push(`Isolation: ${result.header.isolation.mode} (${result.header.isolation.layers.join("; ")})`);
  const tf = result.header.tensorflow;
  if (tf) out.push(`TensorFlow.js backend: ${tf.backend}${tf.simd ? " (SIMD)" : ""}${tf.fallback ? ` (WebAssembly did not start: ${tf.fallback})` : ""}`);
  return out.join("\n") + "\n";
}
