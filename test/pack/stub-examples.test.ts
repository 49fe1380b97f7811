import { ASSIGNMENTS, findAssignment } from "../../src/contracts";
import { blankModuleText } from "../../src/contracts/stubs";
import { stubExamples, summarise } from "../../src/pack/stub-examples";

test("values are summarised: numbers, tensors' shapes and first values, generators, lists and objects", () => {
  expect(summarise(0.123456789123)).toBe("0.12345679");
  expect(summarise({ shape: [2, 2], data: [1, 2, 3, 4] })).toBe("(2, 2) [1, 2, 3, …]");
  expect(summarise({ shape: [3], data: [0, 1, 0] })).toBe("(3,) [0, 1, 0]");
  expect(summarise({ shape: [], data: [0.5] })).toBe("0.5");
  expect(summarise({ $rng: 3 })).toBe("new RandomState(3)");
  expect(summarise([2, 4, 1])).toBe("[2, 4, 1]");
  expect(summarise({ a: 1, b: 2, c: 3, d: 4 })).toBe("{ a: 1, b: 2, c: 3, … }");
});

test("every graded function whose public case expects its returned value gets an example from that case", () => {
  const missing = ASSIGNMENTS.flatMap((a) => {
    const examples = stubExamples(a);
    return a.functions.filter((f) => !examples[f.name]).map((f) => `${a.name}:${f.name}`);
  });
  // TensorFlow's initializeParameters is graded on Glorot statistics, not on values to show.
  expect(missing).toEqual(["week3/tensorflow:initializeParameters"]);
});

test("the example lands in the stub's TSDoc: the call, and the expected result of the notebook's test", () => {
  const initialization = findAssignment("week1/initialization");
  const text = blankModuleText(initialization, "// header", stubExamples(initialization));
  expect(text).toMatch(
    / \* @example\n \* \/\/ public case he\/course: .*\n \* initializeParametersHe\(\[2, 4, 1\]\)\n \* \/\/ → \{ W1: \(4, 2\) \[1\.7886285, /,
  );
  expect(text).toMatch(/\*\/\nexport function initializeParametersHe\(/);
});

test("a contract's own @example is kept and not doubled by a generated one", () => {
  const tensorflow = findAssignment("week3/tensorflow");
  const text = blankModuleText(tensorflow, "// header", { initializeParameters: ["initializeParameters([1, 1, 1, 1], 2)"] });
  const doc = text.slice(0, text.indexOf("export function initializeParameters("));
  const own = doc.slice(doc.lastIndexOf("/**"));
  expect(own.match(/@example/g)).toHaveLength(1);
  expect(own).not.toContain("initializeParameters([1, 1, 1, 1], 2)");
});
