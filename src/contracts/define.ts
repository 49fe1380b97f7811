/**
 * One assignment, declared once, beside the TypeScript interface of the module students write: its
 * name, title and module path, and for each graded function (in the notebook's order) the names of its
 * parameters. `defineAssignment<Module>()` ties the two: every function of the interface must be listed,
 * nothing else may be, and each must name exactly as many parameters as its signature has (optional
 * ones included), so a signature and its names cannot drift apart.
 */

/** A graded function: its export name and the names of its parameters, for messages. */
export interface FunctionContract {
  readonly name: string;
  readonly params: readonly string[];
}

/** An assignment as the rest of the harness sees it; `Module` is the type of the graded module. */
export interface AssignmentContract<Module = unknown> {
  /** `weekN/name`, e.g. `week1/initialization`. */
  readonly name: string;
  /** Notebook title, for reports. */
  readonly title: string;
  /** Path of the graded module inside a submission folder, without `.ts`/`.js`. */
  readonly module: string;
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
  name: string;
  title: string;
  module: string;
  /** Every graded function, in the notebook's order, with its parameters' names. */
  params: ParameterNamesOf<Module>;
}

/**
 * `defineAssignment<InitializationModule>()({ name, title, module, params: { initializeParametersZeros: ["layersDims"], … } })`:
 * the contract of one assignment, checked against its module's interface at compile time.
 */
export function defineAssignment<Module>() {
  return (declaration: AssignmentDeclaration<Module>): AssignmentContract<Module> => ({
    name: declaration.name,
    title: declaration.title,
    module: declaration.module,
    functions: Object.entries(declaration.params as Record<string, readonly string[]>).map(([name, params]) => ({ name, params: [...params] })),
  });
}
