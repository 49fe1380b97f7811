/**
 * A mistake of the person running the tool (a bad path, flag, name or file), as opposed to a
 * bug in the tool: the CLI prints its message alone, without a stack trace, and exits with code 2.
 * Messages name the file, function or field and say what was expected.
 */
export class UserInputError extends Error {
  override name = "UserInputError";
}

/**
 * A fault of the grader itself (a bug, a broken install), as opposed to a mistake of the person
 * running it or of the submission: never reported as a score; the CLI exits with code 3.
 */
export class GraderFault extends Error {
  override name = "GraderFault";
}
