/**
 * The README of a student pack: how to install and test, what each assignment asks, the course's
 * conventions as the graders check them, and how the work is graded.
 */
import type { AssignmentContract } from "../contracts";

/** A table row per assignment: the file to fill and its graded functions. */
function assignmentRows(assignments: readonly AssignmentContract[]): string {
  return assignments.map((a) => `| ${a.title} | \`student/${a.module}.ts\` | ${a.functions.map((f) => `\`${f.name}\``).join(", ")} |`).join("\n");
}

/** The README text for `assignments`; `publicCases` is how many public cases the pack holds. */
export function studentReadme(assignments: readonly AssignmentContract[], publicCases: number): string {
  const first = assignments[0];
  const firstFunction = first?.functions[first.functions.length - 1]?.name ?? "initializeParametersHe";
  return `# Improving Deep Neural Networks — programming assignments

The six programming assignments of course 2, in TypeScript, with their public tests (${publicCases} cases).
Each assignment is one file in \`student/\` whose functions throw "not implemented" until you write them.

## Set up and test

\`\`\`sh
npm install           # installs from vendor/, no network needed
npm test              # every public case of every assignment; a function you have not written fails once
npm test -- -t ${firstFunction}     # the cases of one function
npm test -- --watch   # re-runs an assignment when you save its file
npm run grade         # the points, per function and assignment
npm run typecheck     # your files against the assignments' types
npm run experiment -- initialization   # the notebook's training runs, on your functions
\`\`\`

Node 20 or newer. On Linux with \`bubblewrap\` installed (\`sudo apt-get install bubblewrap\`), your code
runs in the same sandbox as when it is graded; elsewhere a lighter one is used. Where the bundled
fast TypeScript transpiler (swc, built for Linux x64) cannot load, TypeScript's own transpiler is used
instead, with the same results.

## The assignments

| assignment | file | graded functions |
|---|---|---|
${assignmentRows(assignments)}

Each stub carries its function's contract in its comment: the shapes, the course's convention, what
to return. Import what you need from the harness:

\`\`\`ts
import { RandomState, np, type Params } from "dnn-autograder";
import { forwardPropagationN } from "dnn-autograder/course/week1/gradient-checking";   // the notebook's own code
import * as tf from "@tensorflow/tfjs-core";                                          // week 3
\`\`\`

## Conventions

- Matrices are \`number[][]\` in the course's layout: one column per example, biases are columns \`(n, 1)\`.
  Results may also be mathjs matrices, typed arrays or \`{ shape, data }\`.
- \`RandomState\` is numpy's legacy generator (\`np.random.seed\`, \`rand\`, \`randn\`, \`permutation\`,
  \`shuffle\`): the same seed gives the notebook's numbers, draw for draw.
- A graded function that draws takes its generator as its last argument, defaulting to the course's seed
  (\`rng = new RandomState(3)\`), except \`randomMiniBatches(X, Y, miniBatchSize, seed)\` and TensorFlow's
  \`initializeParameters(layersDims, seed)\`, which take a number, as the notebooks do.

## How you are graded

\`npm test\` runs the public cases: the notebook's own test values and a few more. Your work is graded
later on these and on hidden cases (other shapes, other seeds), with the same code; a hidden case's
message says where and how your result differs, never the expected numbers. Every case is all or
nothing. Your functions run in a sandbox, with a time limit per call.
`;
}
