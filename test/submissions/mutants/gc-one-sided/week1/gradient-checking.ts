// Mutant: one-sided differences (J(θ + ε) − J(θ)) / ε in both checks.
import { np, type Matrix, type Params } from "dnn-autograder";
import { dictionaryToVector, forwardPropagationN, gradientsToVector, vectorToDictionary } from "dnn-autograder/course/week1/gradient-checking";

export function forwardPropagation(x: number, theta: number): number {
  return theta * x;
}

export function backwardPropagation(x: number, theta: number): number {
  return x;
}

function norm(v: Matrix): number {
  return Math.sqrt(np.sum(np.square(v)));
}

function report(difference: number, printMsg: boolean): number {
  if (printMsg) {
    if (difference > 2e-7) console.log("\x1b[93m" + "There is a mistake in the backward propagation! difference = " + difference + "\x1b[0m");
    else console.log("\x1b[92m" + "Your backward propagation works perfectly fine! difference = " + difference + "\x1b[0m");
  }
  return difference;
}

export function gradientCheck(x: number, theta: number, epsilon = 1e-7, printMsg = false): number {
  const JPlus = forwardPropagation(x, theta + epsilon);
  const J = forwardPropagation(x, theta);
  const gradapprox = (JPlus - J) / epsilon;
  const grad = backwardPropagation(x, theta);
  const difference = Math.abs(grad - gradapprox) / (Math.abs(grad) + Math.abs(gradapprox));
  return report(difference, printMsg);
}

export function gradientCheckN(parameters: Params, gradients: Record<string, Matrix>, X: Matrix, Y: Matrix, epsilon = 1e-7, printMsg = false): number {
  const { theta } = dictionaryToVector(parameters);
  const grad = gradientsToVector(gradients);
  const gradapprox = np.zeros(theta.length, 1);
  const J = forwardPropagationN(X, Y, parameters).cost;
  for (let i = 0; i < theta.length; i++) {
    const thetaPlus = np.clone(theta);
    thetaPlus[i][0] += epsilon;
    const thetaMinus = np.clone(theta);
    thetaMinus[i][0] -= epsilon;
    const JPlus = forwardPropagationN(X, Y, vectorToDictionary(thetaPlus, parameters)).cost;
    const JMinus = forwardPropagationN(X, Y, vectorToDictionary(thetaMinus, parameters)).cost;
    gradapprox[i][0] = (JPlus - J) / epsilon;
  }
  const difference = norm(np.subtract(grad, gradapprox)) / (norm(grad) + norm(gradapprox));
  return report(difference, printMsg);
}
