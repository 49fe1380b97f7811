// A correct submission that uses a TypeScript 5 standard (TC39) decorator on a class method: it must score 100.
import { RandomState, np, type Params } from "dnn-autograder";

/** Counts the calls of a method (a standard decorator: no experimentalDecorators). */
function logged<This, Args extends unknown[], Return>(value: (this: This, ...args: Args) => Return, context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Return>) {
  const name = String(context.name);
  return function (this: This, ...args: Args): Return {
    Initializer.calls[name] = (Initializer.calls[name] ?? 0) + 1;
    return value.call(this, ...args);
  };
}

class Initializer {
  static calls: Record<string, number> = {};

  constructor(private readonly scale: (nPrevious: number) => number) {}

  @logged
  layers(layersDims: number[], rng: RandomState): Params {
    const parameters: Params = {};
    for (let l = 1; l < layersDims.length; l++) {
      parameters["W" + l] = np.multiply(rng.randn(layersDims[l], layersDims[l - 1]), this.scale(layersDims[l - 1]));
      parameters["b" + l] = np.zeros(layersDims[l], 1);
    }
    return parameters;
  }
}

export function initializeParametersZeros(layersDims: number[]): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.zeros(layersDims[l], layersDims[l - 1]);
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}

export function initializeParametersRandom(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  const parameters: Params = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters["W" + l] = np.multiply(rng.randn(layersDims[l], layersDims[l - 1]), 10);
    parameters["b" + l] = np.zeros(layersDims[l], 1);
  }
  return parameters;
}

export function initializeParametersHe(layersDims: number[], rng: RandomState = new RandomState(3)): Params {
  return new Initializer((nPrevious) => Math.sqrt(2 / nPrevious)).layers(layersDims, rng);
}
