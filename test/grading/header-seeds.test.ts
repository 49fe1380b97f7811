/**
 * The reproducibility header names every seed a case draws from, the ones it leaves to the function's
 * default included (`initializeParametersHe(layersDims)` draws from `RandomState(3)`).
 */
import * as path from "node:path";
import { gradeSubmission } from "../../src/grading";

const ROOT = path.join(__dirname, "..", "..");

test("a case that leaves its generator out records the seed the function defaults to", async () => {
  const result = await gradeSubmission(path.join(ROOT, "reference"), { assignments: ["week1/initialization"], visibilities: ["public"] });
  expect(result.header.seeds).toEqual({ "week1/initialization/random/course": [3], "week1/initialization/he/course": [3] });
}, 120_000);
