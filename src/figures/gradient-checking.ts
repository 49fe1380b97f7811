/**
 * The Gradient Checking experiment's figure: the differences its checks returned, on a log scale
 * against the course's threshold 2e-7.
 */
import { DIFFERENCE_THRESHOLD } from "../course/week1/gradient-checking";
import { BOOLEAN, LABEL, listOf, objectOf, WIRE_NUMBER, type Schema } from "./data-schema";
import { differenceFigure } from "./difference-bars";
import type { Figure } from "./figure";
import { distinctIds } from "./malformed";
import type { WireNumber } from "./wire-numbers";

/** The ids of the experiment's three checks. */
export const GRADIENT_CHECK_IDS = ["one-dimensional", "with-mistakes", "corrected"] as const;

/** One check that ran: its difference, and whether the course expects it above the threshold. */
export interface GradientCheckFigureRun {
  id: (typeof GRADIENT_CHECK_IDS)[number];
  label: string;
  difference: WireNumber;
  shouldFail: boolean;
}

/** What the sandboxed Gradient Checking experiment sends back: the checks that ran. */
export interface GradientCheckingFigureData {
  runs: GradientCheckFigureRun[];
}

/** The schema of `GradientCheckingFigureData`. */
export const gradientCheckingFigureSchema: Schema = objectOf({
  runs: listOf(objectOf({ id: { enum: [...GRADIENT_CHECK_IDS] }, label: LABEL, difference: WIRE_NUMBER, shouldFail: BOOLEAN }), GRADIENT_CHECK_IDS.length),
});

/** The differences' chart, when a check ran. */
export function gradientCheckingFigures(data: GradientCheckingFigureData): Figure[] {
  distinctIds(data.runs);
  if (data.runs.length === 0) return [];
  return [differenceFigure("gradient-checking-differences", "Gradient checks: difference against the threshold 2e-7", data.runs, DIFFERENCE_THRESHOLD)];
}
