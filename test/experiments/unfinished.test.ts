import { guardUnfinished, Unfinished } from "../../src/experiments/unfinished";

const stub = () => {
  throw new Error("not implemented");
};

test("a stub that throws 'not implemented' and a missing export both throw Unfinished, naming the function", () => {
  const guarded = guardUnfinished({ initializeParametersZeros: stub, other: 1 }, ["initializeParametersZeros", "initializeParametersHe"]);
  expect(() => (guarded.initializeParametersZeros as () => unknown)()).toThrow(new Unfinished("initializeParametersZeros", true));
  expect(() => (guarded.initializeParametersHe as () => unknown)()).toThrow("initializeParametersHe is not exported");
  expect(Object.keys(guarded)).toEqual(["initializeParametersZeros", "initializeParametersHe"]);
});

test("a written function is called with its arguments and the module as this; its other errors pass through", () => {
  const module = {
    scale: 3,
    times(this: { scale: number }, x: number) {
      return x * this.scale;
    },
    broken: () => {
      throw new RangeError("bad shape");
    },
  };
  const guarded = guardUnfinished(module, ["times", "broken"]);
  expect((guarded.times as (x: number) => number)(2)).toBe(6);
  expect(() => (guarded.broken as () => unknown)()).toThrow(RangeError);
});

test("a function that calls an unfinished one counts as unfinished itself; a hostile error is not trusted", () => {
  const hostile = {
    get message(): string {
      throw new Error("gotcha");
    },
  };
  const guarded = guardUnfinished(
    {
      outer: () => stub(),
      weird: () => {
        throw hostile;
      },
    },
    ["outer", "weird"],
  );
  expect(() => (guarded.outer as () => unknown)()).toThrow("outer is not implemented yet");
  let thrown: unknown;
  try {
    (guarded.weird as () => unknown)();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBe(hostile);
});
