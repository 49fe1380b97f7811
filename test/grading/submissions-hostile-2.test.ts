/** The hostile corpus, one third of it: the lying and grader-process attacks (see hostile-runner.ts). */
import { HOSTILE } from "./hostile-corpus";
import { describeHostile } from "./hostile-runner";

describeHostile(
  HOSTILE.filter((s) => s.kind === "lying" || s.kind === "grader"),
  64_240,
);
