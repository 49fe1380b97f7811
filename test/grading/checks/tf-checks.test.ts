/**
 * The TensorFlow.js checks on planted bugs: each must pass the answer key and fail a module with the
 * bug it exists to catch, with a message that says what is wrong.
 */
import type { Scalar, Tensor, Tensor2D, Variable } from "@tensorflow/tfjs-core";
import { initializers } from "@tensorflow/tfjs-layers";
import * as reference from "../../../reference/week3/tensorflow";
import { tf } from "../../../src/course/week3/tfjs";
import { tfGlorotCheck } from "../../../src/grading/checks/tf-glorot";
import { tfGradientsCheck } from "../../../src/grading/checks/tf-gradients";
import { tfNoLeakCheck } from "../../../src/grading/checks/tf-no-leak";
import { tfValuesCheck } from "../../../src/grading/checks/tf-values";
import { tfVariablesCheck } from "../../../src/grading/checks/tf-variables";
import { runCheck } from "./tf-helpers";

type Parameters = Record<string, Variable>;
const withOverride = (name: string, fn: unknown) => ({ ...reference, [name]: fn });

/** A forward pass with `map` applied to each parameter before use. */
function forwardUsing(map: (key: string, p: Tensor) => Tensor) {
  return (X: Tensor2D, parameters: Parameters) =>
    tf.tidy(() => {
      const P = (key: string) => map(key, parameters[key]);
      const A1 = tf.relu(tf.add(tf.matMul(P("W1"), X), P("b1")));
      const A2 = tf.relu(tf.add(tf.matMul(P("W2"), A1), P("b2")));
      return tf.add(tf.matMul(P("W3"), A2), P("b3"));
    });
}

describe("tf-no-leak", () => {
  test("passes the answer key for every function", () => {
    for (const id of ["linear/no-leak", "sigmoid/no-leak", "onehot/no-leak", "init/no-leak", "forward/no-leak", "loss/no-leak"]) {
      expect(runCheck(tfNoLeakCheck, id, reference)).toMatchObject({ passed: true });
    }
  });

  test("counts the intermediates a function leaves allocated, as a note (the count is the sandbox's word)", () => {
    const leaky = (z: Tensor) => tf.sigmoid(tf.cast(z, "float32")); // the cast survives
    const verdict = runCheck(tfNoLeakCheck, "sigmoid/no-leak", withOverride("sigmoid", leaky));
    expect(verdict.passed).toBe(true);
    expect(verdict.notes?.[0]).toBe("sigmoid left 1 tensor allocated after it returned (tf.memory().numTensors grew by 2; the result holds 1)");
    expect(verdict.notes?.[1]).toMatch(/tf\.tidy/);
  });

  test("scores the result's kind and shape: a plain array or a wrong shape loses the case", () => {
    const plain = (z: Tensor) => Array.from(tf.sigmoid(tf.cast(z, "float32")).dataSync());
    expect(runCheck(tfNoLeakCheck, "sigmoid/no-leak", withOverride("sigmoid", plain))).toMatchObject({ passed: false, stage: "type" });
    const column = (z: Tensor) => tf.tidy(() => tf.reshape(tf.sigmoid(tf.cast(z, "float32")), [-1, 1]));
    expect(runCheck(tfNoLeakCheck, "sigmoid/no-leak", withOverride("sigmoid", column))).toMatchObject({ passed: false, stage: "shape" });
  });

  test("counts variables made inside tf.tidy, which tidy keeps", () => {
    const withVariables = () =>
      tf.tidy(() => {
        const W = tf.variable(tf.ones([4, 3]));
        return tf.matMul(W, tf.ones([3, 1]));
      });
    const verdict = runCheck(tfNoLeakCheck, "linear/no-leak", withOverride("linearFunction", withVariables));
    expect(verdict.notes?.[0]).toMatch(/^linearFunction left 1 tensor allocated/);
  });
});

describe("tf-values", () => {
  test("passes the answer key", () => {
    for (const id of ["linear/course", "sigmoid/int32-tensor", "onehot/int32-scalar-label", "forward/course", "loss/six-classes"]) {
      expect(runCheck(tfValuesCheck, id, reference)).toMatchObject({ passed: true });
    }
  });

  test("wants a tf.Tensor, not the right numbers in an array", () => {
    const asArray = () => reference.linearFunction().arraySync();
    const verdict = runCheck(tfValuesCheck, "linear/course", withOverride("linearFunction", asArray));
    expect(verdict).toMatchObject({ passed: false, stage: "type" });
    expect(verdict.lines[0]).toBe(
      "linearFunction returned a 2-D matrix (4, 1) (number[][]), not a tf.Tensor: compute with TensorFlow.js ops and return their tensor (float32)",
    );
  });

  test("wants float32 where the case says so", () => {
    const int32 = (z: Tensor) => tf.tidy(() => tf.cast(tf.sigmoid(tf.cast(z, "float32")), "int32"));
    const verdict = runCheck(tfValuesCheck, "sigmoid/int32-tensor", withOverride("sigmoid", int32));
    expect(verdict.lines[0]).toBe(`sigmoid returned a int32 tensor; the course's result is float32 (tf.cast(…, "float32"))`);
  });

  test("notes (without a loss) a call that disposes its input or changes a parameter", () => {
    const disposesX = (X: Tensor2D, parameters: Parameters) => {
      const Z = reference.forwardPropagation(X, parameters);
      X.dispose();
      return Z;
    };
    const disposed = runCheck(tfValuesCheck, "forward/course", withOverride("forwardPropagation", disposesX));
    expect(disposed.passed).toBe(true);
    expect(disposed.notes?.[0]).toBe("forwardPropagation disposed its input X: graded functions leave their inputs as they were");
    const assigns = (X: Tensor2D, parameters: Parameters) => {
      const Z = reference.forwardPropagation(X, parameters);
      parameters.b2.assign(tf.zerosLike(parameters.b2));
      return Z;
    };
    expect(runCheck(tfValuesCheck, "forward/course", withOverride("forwardPropagation", assigns)).notes?.[0]).toMatch(
      /^forwardPropagation changed its input parameters\.b2:/,
    );
  });

  test("names a known mistake", () => {
    const mean = (logits: Tensor2D, labels: Tensor2D) => tf.tidy(() => tf.losses.softmaxCrossEntropy(tf.transpose(labels), tf.transpose(logits)) as Scalar);
    const verdict = runCheck(tfValuesCheck, "loss/six-classes", withOverride("computeTotalLoss", mean));
    expect(verdict).toMatchObject({ passed: false, stage: "values" });
    expect(verdict.lines).toContain(
      "likely: the loss is the mean over the examples: compute_total_loss is their sum (tf.Reduction.SUM; the model divides by m once per epoch)",
    );
  });
});

describe("tf-variables", () => {
  test("passes trainable variables; notes frozen ones and constants by key; scores kinds and shapes", () => {
    expect(runCheck(tfVariablesCheck, "init/variables", reference)).toMatchObject({ passed: true });
    const mixed = (layerDims: number[], seed?: number) => {
      const p: Record<string, unknown> = reference.initializeParameters(layerDims, seed);
      (p.W1 as Variable).trainable = false;
      p.b3 = tf.tensor((p.b3 as Variable).arraySync());
      return p;
    };
    const verdict = runCheck(tfVariablesCheck, "init/variables", withOverride("initializeParameters", mixed));
    expect(verdict.passed).toBe(true);
    expect(verdict.notes?.slice(0, 2)).toEqual([
      "initializeParameters: W1 is a tf.Variable that is not trainable, not a trainable tf.Variable",
      "initializeParameters: b3 is a constant tf.Tensor, not a trainable tf.Variable",
    ]);
    const plain = (layerDims: number[], seed?: number) => ({ ...reference.initializeParameters(layerDims, seed), b3: [[0]] });
    expect(runCheck(tfVariablesCheck, "init/variables", withOverride("initializeParameters", plain))).toMatchObject({ passed: false, stage: "type" });
  });
});

describe("tf-glorot", () => {
  const parametersFrom = (draw: (shape: [number, number]) => Tensor) => (layerDims: number[]) => {
    const p: Parameters = {};
    for (let l = 1; l < layerDims.length; l++) {
      p[`W${l}`] = tf.variable(draw([layerDims[l], layerDims[l - 1]]));
      p[`b${l}`] = tf.variable(draw([layerDims[l], 1]));
    }
    return p;
  };

  test("passes the answer key and plain normals of Glorot's σ", () => {
    expect(runCheck(tfGlorotCheck, "init/glorot", reference)).toMatchObject({ passed: true });
    const plainNormal = parametersFrom((shape) => tf.randomNormal(shape, 0, Math.sqrt(2 / (shape[0] + shape[1])), "float32", 5));
    expect(runCheck(tfGlorotCheck, "init/other-dims", withOverride("initializeParameters", plainNormal))).toMatchObject({ passed: true });
  });

  test("fails uniform values, He's scale, zero biases, an unseeded draw and a transposed W", () => {
    const glorotUniform = parametersFrom((shape) => initializers.glorotUniform({ seed: 1 }).apply(shape));
    expect(runCheck(tfGlorotCheck, "init/glorot", withOverride("initializeParameters", glorotUniform)).lines[0]).toMatch(
      /^the values are flatter than a normal \(a uniform has 1\.800\): use a Glorot normal initializer/,
    );
    const he = parametersFrom((shape) => tf.randomNormal(shape, 0, Math.sqrt(2 / shape[1]), "float32", 1));
    expect(runCheck(tfGlorotCheck, "init/glorot", withOverride("initializeParameters", he)).lines[0]).toMatch(
      /^W1 has standard deviation 1\.10\d × sqrt\(2 \/ \(fan_in \+ fan_out\)\); Glorot normal gives 0\.880–1\.000 × \(fans 120 and 25\)$/,
    );
    const zeroBiases = parametersFrom((shape) => (shape[1] === 1 ? tf.zeros(shape) : initializers.glorotNormal({ seed: 1 }).apply(shape)));
    expect(runCheck(tfGlorotCheck, "init/glorot", withOverride("initializeParameters", zeroBiases)).lines[0]).toBe(
      "b1 is constant (every entry 0): the course draws every parameter, biases too, from the Glorot-normal initializer",
    );
    const unseeded = parametersFrom((shape) => initializers.glorotNormal({}).apply(shape));
    expect(runCheck(tfGlorotCheck, "init/glorot", withOverride("initializeParameters", unseeded)).lines[0]).toMatch(
      /^two calls with the same arguments gave different W1, b1, W2, b2, W3, b3: draw with the seed argument/,
    );
    const transposed = parametersFrom((shape) => initializers.glorotNormal({ seed: 1 }).apply(shape[1] === 1 ? shape : [shape[1], shape[0]]));
    expect(runCheck(tfGlorotCheck, "init/glorot", withOverride("initializeParameters", transposed)).lines[0]).toBe(
      "W1 has shape (120, 25); expected (25, 120)",
    );
  });
});

describe("tf-gradients", () => {
  test("passes the answer key", () => {
    expect(runCheck(tfGradientsCheck, "forward/gradients", reference)).toMatchObject({ passed: true, stage: "ok" });
  });

  test("names the parameters no gradient reaches (values copied out of the graph)", () => {
    const detached = forwardUsing((key, p) => (key === "b2" || key === "W1" ? tf.tensor(p.arraySync() as number[][]) : p));
    const verdict = runCheck(tfGradientsCheck, "forward/gradients", withOverride("forwardPropagation", detached));
    expect(verdict).toMatchObject({ passed: true, stage: "ok" });
    expect(verdict.notes?.[0]).toBe("no gradient reaches W1, b2 from the result of forwardPropagation");
    const allDetached = forwardUsing((_key, p) => tf.tensor(p.arraySync() as number[][]));
    expect(runCheck(tfGradientsCheck, "forward/gradients", withOverride("forwardPropagation", allDetached)).notes?.[0]).toBe(
      "no gradient reaches W1, b1, W2, b2, W3, b3 from the result of forwardPropagation",
    );
  });

  test("catches a gradient that disagrees with finite differences of the forward pass", () => {
    // Identity forward, doubled gradient: the values are right, the slope is not.
    const doubled = tf.customGrad(((x: Tensor) => ({ value: tf.clone(x), gradFunc: (dy: Tensor) => tf.mul(dy, 2) })) as never);
    const wrongSlope = forwardUsing((key, p) => (key === "W3" ? (doubled(p) as Tensor) : p));
    const verdict = runCheck(tfGradientsCheck, "forward/gradients", withOverride("forwardPropagation", wrongSlope));
    expect(verdict).toMatchObject({ passed: true, stage: "ok" });
    expect(verdict.notes?.[0]).toMatch(
      /^the gradients disagree with finite differences of forwardPropagation itself along a random direction: W3 \(gradient (-?[\d.]+), finite difference (-?[\d.]+)\)$/,
    );
  });
});
