import { InvalidArgumentError } from "commander";

/** Parses a positive whole-number option, naming the option in the error. */
export function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} expects a positive whole number, got "${value}"`);
    return n;
  };
}

/** Parses `--tf-backend`: auto (WebAssembly, the CPU backend when it cannot start), wasm or cpu. */
export function tensorflowBackendOption(value: string): "auto" | "wasm" | "cpu" {
  if (value === "auto" || value === "wasm" || value === "cpu") return value;
  throw new InvalidArgumentError(`--tf-backend expects auto, wasm or cpu, got "${value}"`);
}

/** Parses `--isolation`: strict, basic or auto. */
export function isolationOption(value: string): "strict" | "basic" | "auto" {
  if (value === "strict" || value === "basic" || value === "auto") return value;
  throw new InvalidArgumentError(`--isolation expects strict, basic or auto, got "${value}"`);
}
