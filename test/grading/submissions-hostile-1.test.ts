/** The hostile corpus, one third of it (every third entry from 0; see hostile-runner.ts). */
import { HOSTILE } from "./hostile-corpus";
import { describeHostile } from "./hostile-runner";

describeHostile(
  HOSTILE.filter((s) => s.kind === "reading" || s.kind === "native"),
  64_201,
);
