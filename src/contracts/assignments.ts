import { UserInputError } from "../errors";

/**
 * The registry of assignments: their names, the module path of the graded file (relative to a
 * submission folder, without extension) and the graded functions in the notebook's order.
 * Every other part of the harness looks assignments up here.
 */
export interface AssignmentContract {
  /** `weekN/name`, e.g. `week1/initialization`. */
  readonly name: string;
  /** Notebook title, for reports. */
  readonly title: string;
  /** Path of the graded module inside a submission folder, without `.ts`/`.js`. */
  readonly module: string;
  /** The graded exports, in the order the notebook introduces them. */
  readonly functions: readonly FunctionContract[];
}

/** A graded function: its export name and the names of its parameters, for messages. */
export interface FunctionContract {
  readonly name: string;
  readonly params: readonly string[];
}

/** Every assignment of the course, in course order (week 1 to week 3), with its graded functions. */
export const ASSIGNMENTS: readonly AssignmentContract[] = [
  {
    name: "week1/initialization",
    title: "Initialization",
    module: "week1/initialization",
    functions: [
      { name: "initializeParametersZeros", params: ["layersDims"] },
      { name: "initializeParametersRandom", params: ["layersDims", "rng"] },
      { name: "initializeParametersHe", params: ["layersDims", "rng"] },
    ],
  },
  {
    name: "week1/regularization",
    title: "Regularization",
    module: "week1/regularization",
    functions: [
      { name: "computeCostWithRegularization", params: ["A3", "Y", "parameters", "lambd"] },
      { name: "backwardPropagationWithRegularization", params: ["X", "Y", "cache", "lambd"] },
      { name: "forwardPropagationWithDropout", params: ["X", "parameters", "keepProb", "rng"] },
      { name: "backwardPropagationWithDropout", params: ["X", "Y", "cache", "keepProb"] },
    ],
  },
  {
    name: "week1/gradient-checking",
    title: "Gradient Checking",
    module: "week1/gradient-checking",
    functions: [
      { name: "forwardPropagation", params: ["x", "theta"] },
      { name: "backwardPropagation", params: ["x", "theta"] },
      { name: "gradientCheck", params: ["x", "theta", "epsilon", "printMsg"] },
      { name: "gradientCheckN", params: ["parameters", "gradients", "X", "Y", "epsilon", "printMsg"] },
    ],
  },
  {
    name: "week2/optimization",
    title: "Optimization Methods",
    module: "week2/optimization",
    functions: [
      { name: "updateParametersWithGd", params: ["parameters", "grads", "learningRate"] },
      { name: "randomMiniBatches", params: ["X", "Y", "miniBatchSize", "seed"] },
      { name: "initializeVelocity", params: ["parameters"] },
      { name: "updateParametersWithMomentum", params: ["parameters", "grads", "v", "beta", "learningRate"] },
      { name: "initializeAdam", params: ["parameters"] },
      { name: "updateParametersWithAdam", params: ["parameters", "grads", "v", "s", "t", "learningRate", "beta1", "beta2", "epsilon"] },
      { name: "updateLr", params: ["learningRate0", "epochNum", "decayRate"] },
      { name: "scheduleLrDecay", params: ["learningRate0", "epochNum", "decayRate", "timeInterval"] },
    ],
  },
  {
    name: "week3/batch-norm",
    title: "Batch Normalization",
    module: "week3/batch-norm",
    functions: [
      { name: "batchnormForward", params: ["Z", "gamma", "beta", "bnParam"] },
      { name: "batchnormBackward", params: ["dOut", "cache"] },
    ],
  },
  {
    name: "week3/tensorflow",
    title: "TensorFlow Introduction",
    module: "week3/tensorflow",
    functions: [
      { name: "linearFunction", params: [] },
      { name: "sigmoid", params: ["z"] },
      { name: "oneHotMatrix", params: ["label", "C"] },
      { name: "initializeParameters", params: ["layersDims", "seed"] },
      { name: "forwardPropagation", params: ["X", "parameters"] },
      { name: "computeTotalLoss", params: ["logits", "labels"] },
    ],
  },
];

/** The contract for `name`, or a clear error listing the known assignments. */
export function findAssignment(name: string): AssignmentContract {
  const found = ASSIGNMENTS.find((a) => a.name === name);
  if (!found) {
    const known = ASSIGNMENTS.map((a) => a.name).join(", ");
    throw new UserInputError(`unknown assignment "${name}": expected one of ${known}`);
  }
  return found;
}

/** The contract of function `name` in `assignment`, or undefined when it is not graded there. */
export function findFunction(assignment: AssignmentContract, name: string): FunctionContract | undefined {
  return assignment.functions.find((f) => f.name === name);
}
