import { digitGridFigure } from "../../src/figures/digit-grid";
import { renderSvg } from "../../src/figures/render";
import { expectSvgShowing } from "./svg-check";

const tile = (label: number, predicted: number, index: number) => ({ label, predicted, index, pixels: Array.from({ length: 16 }, (_, k) => k / 15) });

test("a valid SVG with a tile per digit, each titled label → predicted", async () => {
  const figure = digitGridFigure("g", "Misclassified test digits", [tile(3, 5, 7), tile(0, 2, 9)], 4);
  expectSvgShowing(await renderSvg(figure.spec), ["Misclassified test digits", "3 → 5", "0 → 2"]);
  expect(figure.table).toHaveLength(32);
  expect(figure.table[5]).toEqual({ index: 7, label: 3, predicted: 5, row: 1, col: 1, value: 5 / 15 });
});
