/**
 * One assignment, declared once, beside the TypeScript interface of the module students write: its
 * name, title, module path and place in its week, the npm packages it loads, and for each graded function (in the notebook's order) the names of its
 * parameters. `defineAssignment<Module>()` ties the two: every function of the interface must be listed,
 * nothing else may be, and each must name exactly as many parameters as its signature has (optional
 * ones included), so a signature and its names cannot drift apart.
 */

/** A graded function: its export name and the names of its parameters, for messages. */
export interface FunctionContract {
  readonly name: string;
  readonly params: readonly string[];
  /**
   * The seed a seed parameter stands for when a call leaves it out, by parameter name (`rng` for
   * `new RandomState(3)` is 3, `seed = 0` is 0): the reproducibility header records it.
   */
  readonly seedDefaults?: Readonly<Record<string, number>>;
}

/** An assignment as the rest of the harness sees it; `Module` is the type of the graded module. */
export interface AssignmentContract<Module = unknown> {
  /** `weekN/name`, e.g. `week1/initialization`. */
  readonly name: string;
  /** Notebook title, for reports. */
  readonly title: string;
  /** Path of the graded module inside a submission folder, without `.ts`/`.js`. */
  readonly module: string;
  /** The notebook's place in its week, from 1: with the week, the course order every list follows. */
  readonly position: number;
  /**
   * The npm packages that a submission and the course's code for this assignment load in the sandbox
   * (besides the harness's own); the sandbox shows no other package.
   */
  readonly packages: readonly string[];
  /** The graded exports, in the order the notebook introduces them. */
  readonly functions: readonly FunctionContract[];
  /** Never set: carries the module's type to whatever is declared from the contract (experiments). */
  readonly moduleType?: Module;
}

/** One name per parameter of `F`, optional parameters included. */
type ParameterNames<F> = F extends (...args: infer P) => unknown ? { readonly [I in keyof P]-?: string } : never;

/** For each graded function of `Module`, the names of its parameters. */
export type ParameterNamesOf<Module> = { readonly [K in keyof Module & string]: ParameterNames<Module[K]> };

/** The declaration of an assignment for `defineAssignment`. */
export interface AssignmentDeclaration<Module> {
  /** `weekN/name`. */
  name: string;
  /** Notebook title. */
  title: string;
  /** Path of the graded module inside a submission folder, without extension. */
  module: string;
  /** The notebook's place in its week, from 1 (the course order). */
  position: number;
  /** npm packages the submission or the course's code loads in the sandbox; none when left out. */
  packages?: readonly string[];
  /** Every graded function, in the notebook's order, with its parameters' names. */
  params: ParameterNamesOf<Module>;
  /** For a function whose seed or generator parameter is optional: the seed it defaults to, by parameter name. */
  seedDefaults?: { readonly [K in keyof Module & string]?: Readonly<Record<string, number>> };
}

/**
 * `defineAssignment<InitializationModule>()({ name, title, module, position, params: { initializeParametersZeros: ["layersDims"], … } })`:
 * the contract of one assignment, checked against its module's interface at compile time.
 */
export function defineAssignment<Module>() {
  return (declaration: AssignmentDeclaration<Module>): AssignmentContract<Module> => ({
    name: declaration.name,
    title: declaration.title,
    module: declaration.module,
    position: declaration.position,
    packages: [...(declaration.packages ?? [])],
    functions: Object.entries(declaration.params as Record<string, readonly string[]>).map(([name, params]) => {
      const seedDefaults = (declaration.seedDefaults as Record<string, Readonly<Record<string, number>>> | undefined)?.[name];
      return { name, params: [...params], ...(seedDefaults ? { seedDefaults: { ...seedDefaults } } : {}) };
    }),
  });
}
