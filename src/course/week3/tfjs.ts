/**
 * TensorFlow.js as week 3 uses it: `@tensorflow/tfjs-core` on the pure-JS CPU backend (the native
 * Node backend downloads a binary and cannot be installed). Importing this module, once:
 * - registers the CPU backend and selects it (a synchronous backend: no `await` is needed);
 * - registers the gradient of every op: tfjs-core's Node bundle registers none, and the bundle of
 *   `@tensorflow/tfjs-layers` (which also holds the Glorot initializers) registers them all on load;
 * - silences tfjs's console warnings, among them the banner that advises the native backend.
 *
 * Students import `@tensorflow/tfjs-core` (and `@tensorflow/tfjs-layers` for `initializers`) as usual;
 * they resolve to the same modules. Chained ops (`x.matMul(y)`) are not registered by tfjs-core's
 * Node bundle: write the functional form `tf.matMul(x, y)`.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import "@tensorflow/tfjs-layers";

tf.env().set("PROD", true);
// The CPU backend initialises synchronously, so the returned promise is already settled.
void tf.setBackend("cpu");

export { tf };
