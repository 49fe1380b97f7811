/**
 * Batch normalization's experiment: the same small net trained on the moons with and without a
 * batch-norm layer (the submission's) after each hidden linear step, at a moderate and at a 30×
 * higher learning rate, three seeds each. It prints the cost curve of the first seed, its train and
 * test accuracy (batch norm in test mode, on its running averages), then a summary: how many epochs
 * each run needs to bring the cost below 0.2 and where it ends. What the lecture claims shows up:
 * with batch norm the cost falls faster, and the high learning rate that stalls or wrecks the plain
 * net trains the normalised one just as well.
 */
import { batchNormAssignment, type BatchNormModule } from "../contracts";
import { defineExperiment, RUN_ALL, type Attempt } from "./define";
import { pythonFloat } from "../course/format";
import { model, predict } from "../course/week3/batch-norm";
import { percentF } from "../course/week2/percent-f";
import { makeMoons } from "../datasets";
import { RandomState } from "../random";
import { batchNormFigures, batchNormFigureSchema, type BatchNormFigureData } from "../figures/batch-norm";
import { toWireList } from "../figures/wire-numbers";

/** The experiment's net, `layersDims` input first: 2 features, three hidden layers of 16 units, 1 sigmoid output. */
export const LAYERS = [2, 16, 16, 16, 1];
/** The moderate learning rate and the 30× higher one that stalls or wrecks the plain net. */
export const LEARNING_RATES = [0.1, 3];
/** The seeds of the runs at each setting (weights and epoch shuffles); the first one's cost curve is printed. */
export const SEEDS = [1, 2, 3];
const TARGET_COST = 0.2;

/**
 * One training run of the batch-norm experiment (one learning rate, with or without batch
 * norm, one seed) and its outcome.
 */
export interface BatchNormRun {
  learningRate: number;
  batchnorm: boolean;
  seed: number;
  costs: number[];
  /** The first epoch whose cost is below 0.2, or -1. */
  epochsToTarget: number;
  trainAccuracy: number;
  testAccuracy: number;
}

/** A run's label: `lr 0.1, with batch norm, seed 1`. */
function runLabel(learningRate: number, batchnorm: boolean, seed: number): string {
  return `lr ${pythonFloat(learningRate)}, ${batchnorm ? "with" : "without"} batch norm, seed ${seed}`;
}

/** Every run's label, in the order the experiment runs them. */
const RUN_LABELS = LEARNING_RATES.flatMap((lr) => [false, true].flatMap((bn) => SEEDS.map((seed) => runLabel(lr, bn, seed))));

function summaryLine(runs: BatchNormRun[]): string {
  const { learningRate, batchnorm } = runs[0];
  const reached = runs.map((r) => (r.epochsToTarget < 0 ? "never" : String(r.epochsToTarget))).join(", ");
  const final = runs.map((r) => percentF(r.costs[r.costs.length - 1], 3)).join(", ");
  const accuracy = runs.map((r) => `${percentF(r.trainAccuracy, 3)}/${percentF(r.testAccuracy, 3)}`).join(", ");
  return `lr ${pythonFloat(learningRate)}, ${batchnorm ? "with" : "without"} batch norm: cost < ${TARGET_COST} after epochs [${reached}]; final cost [${final}]; train/test accuracy [${accuracy}]`;
}

/**
 * Trains every (learning rate, batch norm, seed) for `numEpochs` epochs (mini-batches of 64) on
 * `makeMoons(300, 0.2)` with seed 3 (the optimization notebook's set), testing on 300 more moons
 * with seed 4. Each run goes through `attempt` (the runs without batch norm use the course's code
 * alone); the summary covers the runs that ran.
 */
export function batchNormExperiment(
  submitted: BatchNormModule,
  log: (line: string) => void = console.log,
  numEpochs = 200,
  attempt: Attempt = RUN_ALL,
): BatchNormRun[] {
  const train = makeMoons(300, 0.2, new RandomState(3));
  const test = makeMoons(300, 0.2, new RandomState(4));
  log(`The net ${JSON.stringify(LAYERS)} on the moons (300 to train, 300 to test), mini-batch gradient descent, batches of 64, ${numEpochs} epochs`);
  const runs: BatchNormRun[] = [];
  for (const learningRate of LEARNING_RATES) {
    for (const batchnorm of [false, true]) {
      for (const seed of SEEDS) {
        const first = seed === SEEDS[0];
        const run = attempt(runLabel(learningRate, batchnorm, seed), (): BatchNormRun => {
          if (first) log(`\n=== learning rate ${pythonFloat(learningRate)}, ${batchnorm ? "with" : "without"} batch norm (seed ${seed}) ===`);
          const trained = model(train.X, train.Y, {
            batchnorm,
            functions: submitted,
            layersDims: LAYERS,
            learningRate,
            numEpochs,
            seed,
            printEvery: first ? 20 : 0,
            log,
          });
          const outcome: BatchNormRun = {
            learningRate,
            batchnorm,
            seed,
            costs: trained.costs,
            epochsToTarget: trained.costs.findIndex((c) => c < TARGET_COST),
            trainAccuracy: predict(train.X, train.Y, trained, submitted).accuracy,
            testAccuracy: predict(test.X, test.Y, trained, submitted).accuracy,
          };
          if (first) log(`Train accuracy: ${pythonFloat(outcome.trainAccuracy)}, test accuracy: ${pythonFloat(outcome.testAccuracy)}`);
          return outcome;
        });
        if (run) runs.push(run);
      }
    }
  }
  log(`\nSummary over seeds ${SEEDS.join(", ")}:`);
  for (const learningRate of LEARNING_RATES) {
    for (const batchnorm of [false, true]) {
      const group = runs.filter((r) => r.learningRate === learningRate && r.batchnorm === batchnorm);
      if (group.length > 0) log(summaryLine(group));
    }
  }
  return runs;
}

/** The figure data of the runs that ran. */
function figureData(runs: readonly BatchNormRun[]): BatchNormFigureData {
  return {
    runs: runs.map((r) => ({
      label: runLabel(r.learningRate, r.batchnorm, r.seed),
      learningRate: r.learningRate,
      batchnorm: r.batchnorm,
      seed: r.seed,
      costs: toWireList(r.costs),
    })),
  };
}

/** The Batch Normalization notebook's experiment, as `dnn-autograder experiment batch-norm` runs it in the sandbox. */
export const experiment = defineExperiment(batchNormAssignment, {
  runs: RUN_LABELS,
  run: (submitted, log, { attempt, length }) => figureData(batchNormExperiment(submitted, log, length, attempt)),
  figureSchema: batchNormFigureSchema,
  figures: batchNormFigures,
});
