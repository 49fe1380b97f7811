import * as reference from "../../reference/week3/tensorflow";
import { loadDigitsData } from "../../src/datasets";
import { renderExperiment } from "./experiment-figures";
import { svgTexts, expectSvgShowing } from "./svg-check";

test("the cost, the accuracies and the misclassified test digits, their images from the data set", async () => {
  const { data, figures, svgs } = await renderExperiment("tensorflow", reference, 1);
  expect(figures.map((f) => f.id)).toEqual(["tensorflow-costs", "tensorflow-accuracy", "tensorflow-misclassified"]);
  expectSvgShowing(svgs["tensorflow-costs"], ["TensorFlow model"]);
  expectSvgShowing(svgs["tensorflow-accuracy"], ["train", "test"]);
  const { misclassified } = (data as { runs: { misclassified: { index: number; predicted: number }[] }[] }).runs[0];
  expect(misclassified).toHaveLength(24);
  const { testX, testLabels } = loadDigitsData();
  const titles = misclassified.map((m) => `${testLabels[m.index]} → ${m.predicted}`);
  expect(svgTexts(svgs["tensorflow-misclassified"])).toEqual(expect.arrayContaining(titles));
  const first = figures[2].table.filter((r) => r.index === misclassified[0].index).map((r) => r.value);
  expect(first).toEqual(testX.map((row) => row[misclassified[0].index]));
});
