/**
 * Validators compiled ahead of time. ajv compiles a schema into JavaScript; doing it at every start
 * costs more than grading an assignment's cases, so `npm run stubs` writes ajv's standalone code for
 * the harness's fixed schemas (the sandbox reply, the fixture files, every check's options and report)
 * into `*.generated.js` modules beside their users (`standalone.ts`), and tests fail while one is out
 * of date. A schema with no ahead-of-time validator (one a test defines) is compiled when first used,
 * and only then is ajv itself loaded.
 */
import type Ajv from "ajv";
import type { ErrorObject, Options } from "ajv";

/** A validator as ajv makes it: true when `data` follows the schema, else false with `errors` set. */
export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * The validators of a generated module (`require`d by its user, so that a module not yet generated
 * is an empty set rather than a crash), by export name.
 */
export function generatedValidators(load: () => unknown): Readonly<Record<string, Validator | undefined>> {
  try {
    return load() as Record<string, Validator>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") return {};
    throw error;
  }
}

/**
 * `schema` compiled now with `options`, for schemas no generated module holds (ajv is loaded only
 * then; each schema gets an instance of its own, so a schema with an `$id` may be compiled again).
 */
export function compileNow(schema: object, options: Options): Validator {
  const AjvClass = (require("ajv") as { default: typeof Ajv }).default;
  return new AjvClass(options).compile(schema) as Validator;
}
