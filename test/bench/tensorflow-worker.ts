/**
 * The TensorFlow benchmark's TypeScript side on the WebAssembly backend, in a worker thread: the
 * backend starts asynchronously, and `npm run bench` runs each benchmark synchronously, so the
 * training lives in a worker and `TrainingWorker` (the main thread's side) waits for it with
 * `Atomics.wait`, taking its replies with `receiveMessageOnPort`. Only the training is timed: the
 * worker starts, loads the data and makes its tensors before the first run.
 */
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from "node:worker_threads";
import * as path from "node:path";
import type { Tensor2D } from "@tensorflow/tfjs-core";

/** What the worker is given: the flag it raises when it replies, its port, and the run's inputs. */
interface WorkerInput {
  signal: Int32Array;
  port: MessagePort;
  initialValues: Record<string, number[][]>;
  numEpochs: number;
}

/** A reply of the worker: ready (with its backend), a run's log lines, or why it failed. */
type Reply = { ready: string } | { lines: string[] } | { error: string };

/** The longest wait for one reply (the worker's start, or one run), ms. */
const REPLY_MS = 600_000;

/** The main thread's handle on the training worker: `run()` trains once and returns the log lines. */
export class TrainingWorker {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  /** The backend the worker runs on, e.g. "wasm (SIMD)". */
  readonly backend: string;

  /** Starts the worker and waits until it is ready (backend started, data loaded). */
  constructor(initialValues: Record<string, number[][]>, numEpochs: number) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const register = path.join(__dirname, "..", "..", "src", "loader", "register.js");
    const code = `require(${JSON.stringify(register)}); require(${JSON.stringify(__filename)});`;
    const input: WorkerInput = { signal: this.signal, port: port2, initialValues, numEpochs };
    this.worker = new Worker(code, { eval: true, workerData: input, transferList: [port2] });
    // The benchmark's process ends when the benchmarks do, whatever the worker is doing.
    this.worker.unref();
    const ready = this.reply();
    if (!("ready" in ready)) throw new Error(`the TensorFlow benchmark's worker did not start: ${"error" in ready ? ready.error : "no reply"}`);
    this.backend = ready.ready;
  }

  /** One training run; its log lines. */
  run(): string[] {
    this.port.postMessage("run");
    const reply = this.reply();
    if (!("lines" in reply)) throw new Error(`the TensorFlow benchmark's run failed: ${"error" in reply ? reply.error : "no reply"}`);
    return reply.lines;
  }

  private reply(): Reply {
    const deadline = Date.now() + REPLY_MS;
    for (;;) {
      const received = receiveMessageOnPort(this.port);
      if (received) return received.message as Reply;
      if (Date.now() > deadline) throw new Error(`the TensorFlow benchmark's worker did not answer within ${REPLY_MS / 1000} s`);
      Atomics.wait(this.signal, 0, 0, 1_000);
      Atomics.store(this.signal, 0, 0);
    }
  }
}

/** The worker's side: start the backend, build the tensors, then train on each "run". */
async function serve(input: WorkerInput): Promise<void> {
  const send = (reply: Reply): void => {
    input.port.postMessage(reply);
    Atomics.store(input.signal, 0, 1);
    Atomics.notify(input.signal, 0);
  };
  try {
    const { backendText, startTensorflow } = await import("../../src/course/week3/tf-backend");
    const backend = await startTensorflow("wasm");
    const { tf } = await import("../../src/course/week3/tfjs");
    const { model } = await import("../../src/course/week3/tensorflow");
    const reference = await import("../../reference/week3/tensorflow");
    const { loadDigitsData } = await import("../../src/datasets");
    const data = loadDigitsData();
    const oneHot = (labels: number[]) => tf.tidy(() => tf.transpose(tf.oneHot(tf.tensor1d(labels, "int32"), 6, 1, 0, "float32"))) as Tensor2D;
    const XTrain = tf.tensor2d(data.trainX);
    const XTest = tf.tensor2d(data.testX);
    const YTrain = oneHot(data.trainLabels);
    const YTest = oneHot(data.testLabels);
    input.port.on("message", () => {
      try {
        const lines: string[] = [];
        // Every run starts from the same initial values.
        const initializeParameters = () => Object.fromEntries(Object.entries(input.initialValues).map(([key, v]) => [key, tf.variable(tf.tensor2d(v))]));
        const { parameters } = model(XTrain, YTrain, XTest, YTest, {
          ...reference,
          initializeParameters,
          numEpochs: input.numEpochs,
          log: (line) => lines.push(line),
        });
        tf.dispose(Object.values(parameters));
        send({ lines });
      } catch (error) {
        send({ error: error instanceof Error ? error.message : String(error) });
      }
    });
    send({ ready: backendText(backend) });
  } catch (error) {
    send({ error: error instanceof Error ? error.message : String(error) });
  }
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.signal instanceof Int32Array) void serve(workerData as WorkerInput);
