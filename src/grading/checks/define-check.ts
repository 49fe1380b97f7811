/**
 * `defineCheck`: a check declared with the types of its options and of its probe's report, and
 * the JSON schemas that decode them. The schemas are applied in the grading process only
 * (`./check-schemas`: options when fixtures are generated and loaded, the report before the judge is
 * called), so the probe and the judge receive values of the declared types.
 */
import type { FunctionContract } from "../../contracts";
import type { FixtureCase } from "../../fixtures/types";
import type { Described } from "../describe";
import type { CaseCheck, ProbeContext, Stage, Verdict } from "./types";

/** A check's declaration: its name, the schemas of its options and report, and its typed halves. */
export interface CheckDefinition<Options, Report> {
  /** The name a case gives in `check`. */
  name: string;
  /** The JSON schema (ajv) of the decoded `checkOptions`: a value that passes it is an `Options`. */
  options: object;
  /** The JSON schema (ajv) of the described report: a value that passes it is a `Report`. */
  report: object;
  /** The stage a malformed report fails at (default `returns`). */
  reportStage?: Stage;
  /** In the sandbox: what the check reports, before `describe` normalises it. */
  probe(context: ProbeContext<Options>): unknown;
  /** At fixture generation, with the reference: the case's expected value (default: the graded function's result). */
  expected?(context: ProbeContext<Options>): unknown;
  /** In the grading process: the verdict from the validated report, the arguments after the call and the options. */
  judge(fixtureCase: FixtureCase, fn: FunctionContract, report: Report, argsAfter: Described[], options: Options): Verdict;
}

/** The schema of options that a check does not take: an empty object. */
export const NO_OPTIONS = { type: "object", additionalProperties: false } as const;

/** A check from its declaration (see the module comment). */
export function defineCheck<Options, Report>(definition: CheckDefinition<Options, Report>): CaseCheck {
  const { name, options, report, reportStage, probe, expected, judge } = definition;
  return {
    name,
    optionsSchema: options,
    reportSchema: report,
    ...(reportStage === undefined ? {} : { reportStage }),
    probe: (context) => probe(context as ProbeContext<Options>),
    ...(expected === undefined ? {} : { expected: (context: ProbeContext) => expected(context as ProbeContext<Options>) }),
    judge: (fixtureCase, fn, described, argsAfter, decoded) => judge(fixtureCase, fn, described as Report, argsAfter, decoded as Options),
  };
}
