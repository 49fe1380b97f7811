/**
 * JUnit XML from the result model, built with junit-report-builder: a test suite per assignment, a
 * test case per fixture case (class name `assignment.function`), a failure carrying the case's message
 * and an error for a case the grader could not decide. A run that could not grade is one suite with one
 * errored case saying why.
 */
import type JunitBuilder from "junit-report-builder";
import type { GradeResult } from "../result";
import { unimplementedSummary } from "../unimplemented";

/** junit-report-builder, loaded when a JUnit report is made (not by every run of the CLI). */
function junitBuilder(): typeof JunitBuilder {
  return require("junit-report-builder") as typeof JunitBuilder;
}

/** The JUnit XML of a graded run. */
export function renderJunit(result: GradeResult): string {
  const builder = junitBuilder().newBuilder().name(`dnn-autograder ${result.header.submission}`);
  for (const assignment of result.assignments) {
    const suite = builder.testSuite().name(assignment.name);
    suite.property("score", `${assignment.score}/${assignment.maxScore}`);
    for (const error of assignment.errors) suite.testCase().className(assignment.name).name("could not grade").error(error);
    for (const fn of assignment.functions) {
      const unimplemented = unimplementedSummary(fn);
      for (const c of fn.cases) {
        const testCase = suite
          .testCase()
          .className(`${assignment.name}.${fn.name}`)
          .name(`[${c.id}] ${c.description} (${c.visibility}, ${c.maxScore} pts)`)
          .time(Math.round(c.ms ?? 0) / 1000);
        if (c.fault) testCase.error(c.message, "grader fault");
        else if (!c.passed) testCase.failure(unimplemented ?? c.message, c.stage ?? "failed");
      }
    }
  }
  return `${builder.build()}\n`;
}

/** The JUnit XML of a run that could not grade. */
export function renderJunitFailure(reason: string): string {
  const builder = junitBuilder().newBuilder().name("dnn-autograder");
  builder.testSuite().name("grading").testCase().className("dnn-autograder").name("grade").error(`The submission could not be graded: ${reason}`);
  return `${builder.build()}\n`;
}
