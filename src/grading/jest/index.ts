/**
 * `dnn-autograder/jest`: what a project's jest graders import. A grader file is one call,
 * `defineGraderSuite("week1/initialization", { submissionDir, fixturesDir })`.
 */
export { defineGraderSuite, type GraderSuiteOptions } from "./grader-suite";
