import { gridColumns, gridFor, predictGrid } from "../../src/figures/grid";

test("the grid spans the data widened by 1 on each side, cell centres x1 fastest", () => {
  const grid = gridFor(
    [
      [0, 2],
      [-1, 1],
    ],
    4,
  );
  expect(grid.step1).toBe(1);
  expect(grid.x1).toEqual([-0.5, 0.5, 1.5, 2.5]);
  expect(grid.x2[0]).toBeCloseTo(-1.5, 12);
  const columns = gridColumns(grid);
  expect(columns[0].slice(0, 5)).toEqual([-0.5, 0.5, 1.5, 2.5, -0.5]);
  expect(columns[1].slice(3, 5)).toEqual([grid.x2[0], grid.x2[1]]);
});

test("predictions come from the predict it is given, as 0/1 in grid order", () => {
  const X = [
    [0, 2],
    [-1, 1],
  ];
  const bits = predictGrid(X, (points) => ({ predictions: [points[0].map((x1) => (x1 > 1 ? 1 : 0))] }));
  expect(bits).toHaveLength(3600);
  expect(new Set(bits)).toEqual(new Set([0, 1]));
  const grid = gridFor(X);
  expect(bits.slice(0, 60)).toEqual(grid.x1.map((x1) => (x1 > 1 ? 1 : 0)));
});
