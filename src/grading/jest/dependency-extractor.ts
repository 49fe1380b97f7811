/**
 * jest's `dependencyExtractor` for a student pack: a grader file
 * (`graders/<week>/<name>.grader.js`) depends on the module it grades (`student/<week>/<name>.ts`),
 * although it never imports it (the module runs in the sandbox). Declaring that dependency is what
 * lets `jest --watch` re-run an assignment's grader when its module changes.
 */

/** The assignment a grader file grades (`defineGraderSuite("week1/initialization", …)`), if any. */
export function gradedAssignment(code: string): string | undefined {
  return /defineGraderSuite\(\s*["'](week\d+\/[a-z0-9-]+)["']/.exec(code)?.[1];
}

/** jest's hook: the default dependencies, plus `../../student/<assignment>` for a grader file. */
export function extract(code: string, filePath: string, defaultExtract: (code: string, filePath: string) => Set<string>): Set<string> {
  const dependencies = defaultExtract(code, filePath);
  const assignment = gradedAssignment(code);
  if (assignment) dependencies.add(`../../student/${assignment}`);
  return dependencies;
}

/** jest's cache key for the extractor's rules. */
export function getCacheKey(): string {
  return "dnn-autograder/graded-module/1";
}
