/**
 * `grade DIR --report FILE`: the result model as one self-contained HTML page: the total, the score of
 * each assignment and graded function, every failed case with its message (the named mistake and the
 * hints set apart) and, where values were compared, a heat-map of where they differ (`heat-map.ts`);
 * then the figures asked for. A run that could not grade still gets a page, saying why.
 * Every text is escaped by `template.ts`; what a submission influenced was cleaned when the result was made.
 */
import * as path from "node:path";
import type { AssignmentResult, CaseResult, FunctionResult, GradeResult } from "../../result";
import { cleanLine, cleanText } from "../../clean-text";
import { unimplementedSummary } from "../../unimplemented";
import { figureBlock, type Figure } from "./figures";
import { heatMap } from "./heat-map";
import { page } from "./page";
import { html, type Html } from "./template";

/** What a report page shows besides the result. */
export interface HtmlReportOptions {
  /** Figures to embed (`--figures DIR`), in order. */
  figures?: readonly Figure[];
  /** The page's title; default: "Grades: " and the name of the submission's folder. */
  title?: string;
}

/** `score/max` and a bar of the fraction earned. */
function scoreCell(score: number, max: number): Html {
  const percent = max > 0 ? Math.round((score / max) * 100) : 0;
  return html`<span class="score">${score}/${max}</span><span class="bar" aria-hidden="true"><span style="width: ${percent}%"></span></span>`;
}

/** A message's lines, the named mistake (`likely:`) and the hints (`hint:`) set apart. */
function messageLines(message: string): Html {
  const lines = message.split("\n").map((line) => {
    const cls = line.startsWith("likely: ") ? "likely" : line.startsWith("hint: ") ? "hint" : "line";
    return html`<p class="${cls}">${line}</p>`;
  });
  return html`<div class="message">${lines}</div>`;
}

function caseBlock(c: CaseResult): Html {
  const notes = c.notes && c.notes.length > 0 ? html`<p class="notes">note (not scored): ${c.notes.join("; ")}</p>` : "";
  return html`<article class="case${c.fault ? " fault" : ""}" data-case="${c.id}">
    <h4>✗ [${c.id}] <span class="badge">${c.visibility}</span><span class="badge">0/${c.maxScore} pts</span><span class="badge">${c.stage ?? ""}</span></h4>
    <p class="notes">${c.description}</p>
    ${messageLines(c.message)}${c.diff ? heatMap(c.diff) : ""}${notes}
  </article>`;
}

function functionBlock(fn: FunctionResult): Html {
  const failed = fn.cases.filter((c) => !c.passed);
  const unimplemented = unimplementedSummary(fn);
  const noted = fn.cases.filter((c) => c.passed && c.notes && c.notes.length > 0);
  if (failed.length === 0 && noted.length === 0) return html``;
  return html`<h3 id="${`fn-${fn.name}`}">${fn.name}</h3>
    ${unimplemented ? html`<p class="unimplemented">${unimplemented}</p>` : failed.map(caseBlock)}
    ${noted.map((c) => html`<p class="notes">[${c.id}] note (not scored): ${(c.notes ?? []).join("; ")}</p>`)}`;
}

function functionRow(fn: FunctionResult): Html {
  const passed = fn.cases.filter((c) => c.passed).length;
  const ok = passed === fn.cases.length;
  return html`<tr>
    <td class="${ok ? "passed" : "failed"}">${ok ? "✓" : "✗"}</td>
    <td>${fn.name}</td>
    <td>${passed}/${fn.cases.length} cases</td>
    <td>${scoreCell(fn.score, fn.maxScore)}</td>
  </tr>`;
}

function assignmentSection(a: AssignmentResult): Html {
  const errors = a.errors.map((e) => html`<p class="errors">could not grade: ${e}</p>`);
  return html`<section class="assignment" data-assignment="${a.name}">
    <h2>${a.name} <span class="score">${a.score}/${a.maxScore}</span></h2>
    ${errors}
    <table class="functions">
      <thead>
        <tr>
          <th></th>
          <th>function</th>
          <th>cases passed</th>
          <th>points</th>
        </tr>
      </thead>
      <tbody>
        ${a.functions.map(functionRow)}
      </tbody>
    </table>
    ${a.functions.map(functionBlock)}
  </section>`;
}

function figuresSection(figures: readonly Figure[] | undefined): Html {
  if (figures === undefined) return html``;
  const body = figures.length === 0 ? html`<p class="notes">The figures' folder holds no .svg file.</p>` : figures.map(figureBlock);
  return html`<section class="figures">
    <h2>Figures</h2>
    ${body}
  </section>`;
}

/** The report page of a grading run (see the module comment). */
export function renderHtmlReport(result: GradeResult, options: HtmlReportOptions = {}): string {
  const h = result.header;
  const submission = cleanLine(h.submission, 500);
  const title = options.title ?? `Grades: ${path.basename(submission)}`;
  const body = html`<h1>${title}</h1>
    <p class="total">Total <span class="score" id="total">${result.score}/${result.maxScore}</span></p>
    <p class="meta">
      ${submission} · ${h.tool} ${h.version} · Node ${h.node} · graded ${h.gradedAt} · isolation ${h.isolation.mode} · fixtures ${h.fixtures.slice(0, 12)}
    </p>
    ${result.assignments.map(assignmentSection)} ${figuresSection(options.figures)}`;
  return page(title, body);
}

/** The page of a run that graded nothing (exit code 2 or 3): the reason, and the figures if any. */
export function renderHtmlFailure(reason: string, exitCode: 2 | 3, options: HtmlReportOptions = {}): string {
  const why = cleanText(reason, 4000);
  const title = options.title ?? "Grades: could not grade";
  const what = exitCode === 3 ? "The grader failed (a fault of the grader, not of the submission)" : "Nothing could be graded";
  const body = html`<h1>${title}</h1>
    <section class="failure" id="failure">
      <p><strong>${what}</strong> (exit code ${exitCode}):</p>
      <p>${why}</p>
    </section>
    ${figuresSection(options.figures)}`;
  return page(title, body);
}
