import { InvalidArgumentError } from "commander";

/** Parses a positive whole-number option, naming the option in the error. */
export function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} expects a positive whole number, got "${value}"`);
    return n;
  };
}
