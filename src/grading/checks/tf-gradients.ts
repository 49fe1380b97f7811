/**
 * `tf-gradients`: gradients flow through a TensorFlow.js forward pass to every parameter.
 *
 * The probe passes the parameters as trainable variables (as the model does), takes the loss
 * `L = sum(G ⊙ forward(X, parameters))` for a fixed upstream `G` (a vector–Jacobian product, so no
 * Jacobian is built) and asks `tf.variableGrads` for dL/dP of every parameter P. A parameter the
 * forward pass does not reach through tensor ops (rebuilt from `arraySync()`, say) gets no gradient.
 * Each gradient is then checked against a central difference of the student's own forward along a
 * random direction D: `(L(P + hD) − L(P − hD)) / 2h ≈ sum(dL/dP ⊙ D)`.
 *
 * `checkOptions`: `inputs` (default `["float32", "variables"]`), `seed` for G and the directions
 * (default 1), `step` h (default 1e-3), `rtol` (default 1e-2) relative to the larger of the two
 * slopes and the loss's size over h times float32's precision.
 *
 * Gradients are computed in the submission's process, which could forge them: a missing or wrong
 * gradient is a note, not a loss of points. The points go to a forward result of the expected kind and
 * shape (its values have cases of their own).
 */
import type { Scalar, Tensor, Variable } from "@tensorflow/tfjs-core";
import { RandomState } from "../../random";
import type { Described } from "../describe";
import { defineCheck } from "./define-check";
import {
  ANY,
  NUMBER,
  objectOf,
  recordOf,
  STRING,
  STRINGS,
  textsOf,
  type DescribedObject,
  type DescribedString,
  type DescribedStrings,
  type DescribedTensor,
} from "./report-schema";
import type { CaseCheck } from "./types";
import { judgeResultShape } from "./tf-judge";
import { tfOptionsSchema, type TfOptions } from "./tf-options";
import { copyOut, disposeAll, gradedFunction, prepareInputs, tfjs } from "./tf-probe";
import { passedWithNotes } from "./values";

const FLOAT32_EPSILON = 2 ** -23;

/** The options of `tf-gradients` (see the module comment). */
export interface TfGradientsOptions extends TfOptions {
  seed?: number;
  step?: number;
  rtol?: number;
}

/** Two slopes along one random direction: the gradient's, and the finite difference's. */
type Slopes = DescribedObject<{ analytic: DescribedTensor; numeric: DescribedTensor }>;

/** What the probe reports (see the module comment). */
type Report = DescribedObject<{
  missing: DescribedStrings;
  error: DescribedString;
  slopes: DescribedObject<{ [key: string]: Slopes | undefined }>;
  scale: DescribedTensor;
  step: DescribedTensor;
  result: Described;
}>;

const finite = { type: "number", minimum: -Number.MAX_VALUE, maximum: Number.MAX_VALUE };

/** The `tf-gradients` check (see the module comment). */
export const tfGradientsCheck: CaseCheck = defineCheck<TfGradientsOptions, Report>({
  name: "tf-gradients",
  options: tfOptionsSchema({ seed: finite, step: finite, rtol: finite }),
  report: objectOf({
    missing: STRINGS,
    error: STRING,
    slopes: recordOf(objectOf({ analytic: NUMBER, numeric: NUMBER })),
    scale: NUMBER,
    step: NUMBER,
    result: ANY,
  }),
  probe({ submitted, fn, args, options }) {
    const tf = tfjs();
    const forward = gradedFunction(submitted, fn);
    const prepared = prepareInputs(args, options.inputs ?? ["float32", "variables"]);
    const parameters = prepared.inputs[1] as Record<string, Variable>;
    const keys = Object.keys(parameters);
    const rng = new RandomState(options.seed ?? 1);
    const h = options.step ?? 1e-3;
    const first = forward(...prepared.inputs) as Tensor;
    const result = copyOut(first);
    const G = tf.tensor(rng.randn(...(first.shape as [number, number])));
    first.dispose();
    const loss = () => tf.tidy(() => tf.sum(tf.mul(G, forward(...prepared.inputs) as Tensor)));
    const lossValue = () => {
      const L = loss();
      const value = L.dataSync()[0];
      L.dispose();
      return value;
    };
    let grads: Record<string, Tensor> = {};
    let error = "";
    try {
      grads = tf.variableGrads(
        loss as () => Scalar,
        keys.map((k) => parameters[k]),
      ).grads;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const slopes: Record<string, { analytic: number; numeric: number }> = {};
    const missing: string[] = [];
    for (const key of keys) {
      const P = parameters[key];
      const g = grads[P.name];
      if (!g) {
        missing.push(key);
        continue;
      }
      const D = tf.tensor(rng.randn(...(P.shape as [number, number])));
      const analytic = tf.tidy(() => tf.sum(tf.mul(g, D)).dataSync()[0]);
      const original = tf.clone(P);
      const lossAt = (t: number) => {
        const moved = tf.tidy(() => tf.add(original, tf.mul(D, t)));
        P.assign(moved);
        moved.dispose();
        return lossValue();
      };
      const plus = lossAt(h);
      const minus = lossAt(-h);
      P.assign(original);
      slopes[key] = { analytic, numeric: (plus - minus) / (2 * h) };
      tf.dispose([D, original]);
    }
    const scale = Math.abs(lossValue());
    tf.dispose([G, ...Object.values(grads)]);
    disposeAll(prepared, undefined);
    return { missing, error, slopes, scale, step: h, result };
  },
  judge(fixtureCase, fn, report, _argsAfter, options) {
    const { result, error, slopes, scale, step } = report.entries;
    const shapeProblem = judgeResultShape(fixtureCase, fn, result);
    if (shapeProblem) return shapeProblem;
    const missing = textsOf(report.entries.missing);
    // tfjs's words when no parameter at all reaches the loss; that case is reported as missing gradients.
    if (error.value !== "" && !/connection between any variable/.test(error.value)) {
      return passedWithNotes([`tf.variableGrads could not differentiate through ${fn.name}: ${error.value}`]);
    }
    if (missing.length > 0) {
      return passedWithNotes([
        `no gradient reaches ${missing.join(", ")} from the result of ${fn.name}`,
        "compute with the parameter tensors themselves: values copied out (arraySync, dataSync) and made into new tensors are constants to tf.variableGrads",
      ]);
    }
    const rtol = options.rtol ?? 1e-2;
    const noise = (scale.data[0] * FLOAT32_EPSILON * 8) / step.data[0];
    const wrong: string[] = [];
    for (const [key, s] of Object.entries(slopes.entries)) {
      const analytic = s?.entries.analytic.data[0] ?? NaN;
      const numeric = s?.entries.numeric.data[0] ?? NaN;
      const allowed = rtol * Math.max(Math.abs(analytic), Math.abs(numeric)) + noise;
      if (!(Math.abs(analytic - numeric) <= allowed)) wrong.push(`${key} (gradient ${analytic.toPrecision(4)}, finite difference ${numeric.toPrecision(4)})`);
    }
    if (wrong.length > 0) {
      return passedWithNotes([
        `the gradients disagree with finite differences of ${fn.name} itself along a random direction: ${wrong.join("; ")}`,
        "an op with a custom or missing gradient sits between the parameters and the result",
      ]);
    }
    return passedWithNotes([]);
  },
});
