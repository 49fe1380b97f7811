/**
 * A batch's `index.html`: the class at a glance. How many students were graded and how, the score
 * distribution (a histogram of each graded student's score as a percentage of the points, drawn with
 * vega-lite), the named mistakes (`likely:` lines) counted per graded function, by students, and every
 * student with a link to their own report. One self-contained page, like the student reports.
 */
import type { GradeResult } from "../../result";
import { cleanLine } from "../../clean-text";
import { renderSvg } from "../../../figures/render";
import { svgImage } from "./figures";
import { page } from "./page";
import { html, type Html } from "./template";

/** One student as the index lists them. */
export interface ClassIndexEntry {
  /** The student's id (their folder's name: hostile text, escaped and cleaned here). */
  id: string;
  /** The gradebook status: `graded`, `points lost`, `could not grade: …`, `grader fault: …`. */
  status: string;
  /** The result, when the student's work was graded. */
  result?: GradeResult;
  /** The student's report, relative to the index (`reports/alice.html`). */
  href: string;
}

/** The histogram's bins: ten of 10 percentage points, the last holding 100. */
export const SCORE_BINS = ["0–10", "10–20", "20–30", "30–40", "40–50", "50–60", "60–70", "70–80", "80–90", "90–100"] as const;

/** How many of `percentages` (0–100) fall in each of `SCORE_BINS` (a bin holds its start, not its end, but the last holds 100). */
export function scoreHistogram(percentages: readonly number[]): number[] {
  const counts = SCORE_BINS.map(() => 0);
  for (const p of percentages) counts[Math.min(SCORE_BINS.length - 1, Math.max(0, Math.floor(p / 10)))]++;
  return counts;
}

/** A named mistake of one graded function and how many students made it. */
export interface MistakeCount {
  assignment: string;
  fn: string;
  mistake: string;
  students: number;
}

/**
 * The named mistakes (a failed case's `likely:` line) per graded function, each counted once per
 * student however many cases showed it; most common first, then by function and text.
 */
export function commonMistakes(results: readonly GradeResult[]): MistakeCount[] {
  const counts = new Map<string, MistakeCount>();
  for (const result of results) {
    const seen = new Set<string>();
    for (const a of result.assignments) {
      for (const f of a.functions) {
        for (const c of f.cases) {
          if (c.passed) continue;
          for (const line of c.message.split("\n")) {
            if (!line.startsWith("likely: ")) continue;
            const mistake = line.slice("likely: ".length);
            const key = JSON.stringify([a.name, f.name, mistake]);
            if (seen.has(key)) continue;
            seen.add(key);
            const count = counts.get(key) ?? { assignment: a.name, fn: f.name, mistake, students: 0 };
            count.students++;
            counts.set(key, count);
          }
        }
      }
    }
  }
  return [...counts.values()].sort(
    (x, y) => y.students - x.students || x.assignment.localeCompare(y.assignment) || x.fn.localeCompare(y.fn) || x.mistake.localeCompare(y.mistake),
  );
}

/** The histogram of `percentages` as an SVG (vega-lite, rendered headless). */
export function histogramSvg(percentages: readonly number[]): Promise<string> {
  const counts = scoreHistogram(percentages);
  return renderSvg({
    title: "score distribution",
    width: 420,
    height: 200,
    data: { values: SCORE_BINS.map((bin, i) => ({ bin, students: counts[i] })) },
    mark: { type: "bar", color: "#1b7f3b" },
    encoding: {
      x: { field: "bin", type: "ordinal", sort: [...SCORE_BINS], title: "score (% of the points)", axis: { labelAngle: 0 } },
      y: { field: "students", type: "quantitative", title: "students", axis: { tickCount: Math.min(10, Math.max(1, ...counts)), format: "d" } },
    },
  });
}

/** The gradebook's statuses, in the order the summary counts them. */
const STATUS_ORDER = ["graded", "points lost", "could not grade", "grader fault"];

function percentOf(result: GradeResult): number {
  return result.maxScore > 0 ? (result.score / result.maxScore) * 100 : 0;
}

function mistakesSection(mistakes: readonly MistakeCount[], perFunction: number): Html {
  if (mistakes.length === 0) return html`<p class="notes">No named mistake was recognised.</p>`;
  const byFunction = new Map<string, MistakeCount[]>();
  for (const m of mistakes) {
    const key = `${m.assignment} › ${m.fn}`;
    byFunction.set(key, [...(byFunction.get(key) ?? []), m]);
  }
  const keys = [...byFunction.keys()].sort();
  return html`${keys.map(
    (key) =>
      html`<h3>${key}</h3>
        <table class="mistakes" data-function="${key}">
          <thead>
            <tr>
              <th>students</th>
              <th>likely mistake</th>
            </tr>
          </thead>
          <tbody>
            ${byFunction
              .get(key)!
              .slice(0, perFunction)
              .map(
                (m) =>
                  html`<tr>
                    <td>${m.students}</td>
                    <td>${m.mistake}</td>
                  </tr>`,
              )}
          </tbody>
        </table>`,
  )}`;
}

function studentRow(entry: ClassIndexEntry): Html {
  const score = entry.result ? `${entry.result.score}/${entry.result.maxScore}` : "–";
  const ok = entry.status === "graded";
  return html`<tr>
    <td><a href="${entry.href}">${cleanLine(entry.id, 200)}</a></td>
    <td class="${ok ? "passed" : "failed"}">${cleanLine(entry.status, 300)}</td>
    <td class="score">${score}</td>
  </tr>`;
}

/** The class index page (see the module comment), students in id order; `perFunction` mistakes listed per function (default 5). */
export async function renderClassIndex(entries: readonly ClassIndexEntry[], perFunction = 5): Promise<string> {
  const students = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const graded = students.filter((e) => e.result !== undefined).map((e) => e.result!);
  const percentages = graded.map(percentOf);
  const byStatus = new Map<string, number>();
  for (const e of students) {
    const kind = e.status.split(":")[0];
    byStatus.set(kind, (byStatus.get(kind) ?? 0) + 1);
  }
  const mean = percentages.length > 0 ? percentages.reduce((s, p) => s + p, 0) / percentages.length : undefined;
  const summary = STATUS_ORDER.filter((kind) => byStatus.has(kind))
    .map((kind) => `${byStatus.get(kind)} ${kind}`)
    .join(" · ");
  const chart =
    graded.length > 0
      ? svgImage(await histogramSvg(percentages), "score distribution: students per tenth of the points", "histogram")
      : html`<p class="notes">No student could be graded.</p>`;
  const title = "Class report";
  const body = html`<h1>${title}</h1>
    <p class="total" id="summary">${students.length} students: ${summary}</p>
    <p class="meta">${mean === undefined ? "" : `mean score ${mean.toFixed(1)}% of the points (students with a result)`}</p>
    <section class="index-part" id="distribution">
      <h2>Score distribution</h2>
      ${chart}
    </section>
    <section class="index-part" id="mistakes">
      <h2>Most common named mistakes, per function</h2>
      ${mistakesSection(commonMistakes(graded), perFunction)}
    </section>
    <section class="index-part" id="students">
      <h2>Students</h2>
      <table class="students">
        <thead>
          <tr>
            <th>student</th>
            <th>status</th>
            <th>points</th>
          </tr>
        </thead>
        <tbody>
          ${students.map(studentRow)}
        </tbody>
      </table>
    </section>`;
  return page(title, body);
}
