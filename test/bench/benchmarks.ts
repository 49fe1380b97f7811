/** Every benchmark `npm run bench` runs, in course order (a list of its own, so that tests can read it without running it). */
import type { Benchmark } from "./benchmark";
import { batchNormBenchmark } from "./batch-norm.bench";
import { gradientCheckingBenchmark } from "./gradient-checking.bench";
import { initializationBenchmark } from "./initialization.bench";
import { optimizationBenchmark } from "./optimization.bench";
import { regularizationBenchmarks } from "./regularization.bench";
import { tensorflowBenchmark } from "./tensorflow.bench";

export const BENCHMARKS: Benchmark[] = [
  initializationBenchmark,
  ...regularizationBenchmarks,
  gradientCheckingBenchmark,
  optimizationBenchmark,
  batchNormBenchmark,
  tensorflowBenchmark,
];
