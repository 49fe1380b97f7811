/**
 * The figures shared by the experiments that train the course's net several ways on a 2-D data set:
 * one cost chart naming every run, a boundary per run titled with its accuracies, nothing when no run
 * ran, and the data's schema and run ids checked.
 */
import { GRID_SIZE } from "../../src/figures/grid";
import { trainedRun, trainedRunsFigures, trainedRunsSchema, type TrainedRun } from "../../src/figures/trained-runs";

const X = [
  [0, 1, 2, 3],
  [1, 0, 1, 0],
];
const Y = [[0, 1, 0, 1]];
const STYLE = { name: "demo", costTitle: "Cost per iteration", boundaryTitle: (label: string) => `${label} run`, train: () => ({ X, Y }) };

function run(id: "a" | "b", label: string): TrainedRun<"a" | "b"> {
  return { id, label, costs: [0.7, 0.5, 0.3], trainAccuracy: 0.5, testAccuracy: 0.25, boundary: new Array<0 | 1>(GRID_SIZE * GRID_SIZE).fill(1) };
}

test("a cost chart with every run, then a boundary per run titled with its accuracies", () => {
  const figures = trainedRunsFigures({ runs: [run("a", "first"), run("b", "second")] }, STYLE);
  expect(figures.map((f) => f.id)).toEqual(["demo-costs", "demo-boundary-a", "demo-boundary-b"]);
  expect(figures[0].title).toBe("Cost per iteration");
  expect(new Set(figures[0].table.map((row) => row.run ?? row.label))).toEqual(new Set(["first", "second"]));
  expect(figures[1].title).toBe("first run (train accuracy 0.500, test 0.250)");
});

test("no run ran: no figure, and the training set is never loaded", () => {
  const train = jest.fn(() => ({ X, Y }));
  expect(trainedRunsFigures({ runs: [] }, { ...STYLE, train })).toEqual([]);
  expect(train).not.toHaveBeenCalled();
});

test("a run id sent twice is malformed data", () => {
  expect(() => trainedRunsFigures({ runs: [run("a", "x"), run("a", "y")] }, STYLE)).toThrow('runs/1/id: "a" appears twice');
});

test("the schema names the runs there may be, and no more of them than there are ids", () => {
  const schema = JSON.stringify(trainedRunsSchema(["a", "b"]));
  expect(schema).toContain('"enum":["a","b"]');
  expect(schema).toContain('"maxItems":2');
});

test("a run's figure data from its training: the costs on the wire, non-finite ones as text", () => {
  const boundary: (0 | 1)[] = [0, 1];
  expect(trainedRun("a", "first", { costs: [0.5, Infinity, NaN], trainAccuracy: 0.75, testAccuracy: 0.5, boundary })).toEqual({
    id: "a",
    label: "first",
    costs: [0.5, "Infinity", "NaN"],
    trainAccuracy: 0.75,
    testAccuracy: 0.5,
    boundary,
  });
});
