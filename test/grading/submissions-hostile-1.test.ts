/** The hostile corpus, one third of it: the reading and native-code attacks (see hostile-runner.ts). */
import { HOSTILE } from "./hostile-corpus";
import { describeHostile } from "./hostile-runner";

describeHostile(
  HOSTILE.filter((s) => s.kind === "reading" || s.kind === "native"),
  64_210,
);
