/**
 * Typical wrong answers to week 1 "Initialization". Fixture generation runs each on the cases
 * that name it, so a student's output that matches one is reported with its message.
 */
import type { KnownMistake } from "dnn-autograder/fixtures/mistakes";
import { RandomState } from "dnn-autograder/random";
import { scaledNormalWeights } from "./initialization";

const scaled = scaledNormalWeights;

/**
 * The known mistakes of the initializers (wrong He or "large" scaling, generator ignored); case
 * files name them in `mistakes`.
 */
export const MISTAKES: KnownMistake[] = [
  {
    id: "he-sqrt-1-over-n",
    function: "initializeParametersHe",
    message: "the weights are scaled by sqrt(1 / n_{l−1}) (Xavier); He scales by sqrt(2 / n_{l−1})",
    implementation: (layersDims: number[], rng = new RandomState(3)) => scaled(layersDims, rng, (n) => Math.sqrt(1 / n)),
  },
  {
    id: "he-sqrt-2-over-n-current",
    function: "initializeParametersHe",
    message: "the weights are scaled with this layer's size n_l; He uses the previous layer's size n_{l−1}",
    implementation: (layersDims: number[], rng = new RandomState(3)) => scaled(layersDims, rng, (_nPrev, n) => Math.sqrt(2 / n)),
  },
  {
    id: "he-unscaled",
    function: "initializeParametersHe",
    message: "the weights are not scaled: multiply randn(n_l, n_{l−1}) by sqrt(2 / n_{l−1})",
    implementation: (layersDims: number[], rng = new RandomState(3)) => scaled(layersDims, rng, () => 1),
  },
  {
    id: "he-ignores-rng",
    function: "initializeParametersHe",
    message: "the values are those of a fresh RandomState(3): draw from the rng argument instead of creating a generator",
    implementation: (layersDims: number[]) => scaled(layersDims, new RandomState(3), (n) => Math.sqrt(2 / n)),
  },
  {
    id: "random-unscaled",
    function: "initializeParametersRandom",
    message: "the weights are not multiplied by 10 (the course makes them large on purpose)",
    implementation: (layersDims: number[], rng = new RandomState(3)) => scaled(layersDims, rng, () => 1),
  },
  {
    id: "random-times-0.01",
    function: "initializeParametersRandom",
    message: "the weights are multiplied by 0.01; this exercise multiplies them by 10",
    implementation: (layersDims: number[], rng = new RandomState(3)) => scaled(layersDims, rng, () => 0.01),
  },
  {
    id: "random-ignores-rng",
    function: "initializeParametersRandom",
    message: "the values are those of a fresh RandomState(3): draw from the rng argument instead of creating a generator",
    implementation: (layersDims: number[]) => scaled(layersDims, new RandomState(3), () => 10),
  },
];
