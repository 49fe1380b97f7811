/**
 * `batchnorm-sequence`: a batch-norm layer trained on a few batches, then used at test time, the way a
 * model uses it. The case's arguments are `(batches, ZTest, gamma, beta, bnParam)`: the probe calls
 * `batchnormForward(Z, gamma, beta, bnParam)` in train mode on each batch in turn, carrying the bnParam
 * each call returns into the next, then once in test mode (`{ ...bnParam, mode: "test" }`) on `ZTest`.
 * It reports the carried running averages and the test output; the expected value is the same
 * sequence run with the reference (known mistakes too), compared with the case's tolerance.
 */
import type { Described } from "../describe";
import { defineCheck, NO_OPTIONS } from "./define-check";
import { ANY, objectOf } from "./report-schema";
import type { CaseCheck, ProbeContext } from "./types";
import { copy } from "./problems/common";
import { judgeValue } from "./values";

type Forward = (Z: unknown, gamma: unknown, beta: unknown, bnParam: Record<string, unknown>) => { out?: unknown; bnParam?: Record<string, unknown> } | null;

function run({ submitted, fn, args }: ProbeContext): unknown {
  const forward = submitted[fn] as Forward;
  const [batches, ZTest, gamma, beta, bnParam] = args as [unknown[], unknown, unknown, unknown, Record<string, unknown>];
  let carried = copy(bnParam);
  batches.forEach((Z, k) => {
    const result = forward(copy(Z), copy(gamma), copy(beta), carried);
    if (result === null || typeof result !== "object" || typeof result.bnParam !== "object" || result.bnParam === null) {
      throw new TypeError(`${fn} returned no bnParam for training batch ${k + 1}: it must return { out, cache, bnParam }`);
    }
    carried = result.bnParam;
  });
  const test = forward(copy(ZTest), copy(gamma), copy(beta), { ...carried, mode: "test" });
  return { runningMean: carried.runningMean, runningVar: carried.runningVar, testOut: test?.out };
}

/** The `batchnorm-sequence` check (see the module comment); probe and expected run the same sequence. */
export const batchnormSequenceCheck: CaseCheck = defineCheck<Record<string, never>, Described>({
  name: "batchnorm-sequence",
  options: NO_OPTIONS,
  report: objectOf({ runningMean: ANY, runningVar: ANY, testOut: ANY }),
  probe: run,
  expected: run,
  judge(fixtureCase, _fn, report) {
    return judgeValue(fixtureCase, report) ?? { passed: true, stage: "ok", lines: ["ok"] };
  },
});
